import { i18n } from '../i18n';

export interface FieldError {
  path: string;
  code: string;
  message: string;
}

/** An error answered by the API (or a network failure, status 0), carrying the localized message. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];

  constructor(status: number, code: string, message: string, fields: FieldError[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }

  /** Build from a response status and the parsed body, which should be the error envelope. */
  static fromBody(status: number, body: unknown): ApiError {
    const envelope = isRecord(body) && isRecord(body.error) ? body.error : null;
    if (!envelope) return new ApiError(status, 'http_error', i18n.t('errors.generic'));
    const code = typeof envelope.code === 'string' ? envelope.code : 'http_error';
    const message =
      typeof envelope.message === 'string' && envelope.message ? envelope.message : i18n.t('errors.generic');
    const details = isRecord(envelope.details) ? envelope.details : null;
    const fields = Array.isArray(details?.fields) ? details.fields.filter(isFieldError) : [];
    return new ApiError(status, code, message, fields);
  }

  /** The message for one form field (by its path, e.g. "email"), if the server reported one. */
  fieldMessage(path: string): string | undefined {
    return this.fields.find((field) => field.path === path)?.message;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function isStatus(error: unknown, ...statuses: number[]): boolean {
  return isApiError(error) && statuses.includes(error.status);
}

/** A 401 that means "you are not (or no longer) logged in", as opposed to a failed login. */
export function isSessionError(error: unknown): boolean {
  return isApiError(error) && error.status === 401 && error.code !== 'invalid_credentials';
}

export function fieldError(error: unknown, path: string): string | undefined {
  return isApiError(error) ? error.fieldMessage(path) : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isFieldError(value: unknown): value is FieldError {
  return isRecord(value) && typeof value.path === 'string' && typeof value.message === 'string';
}
