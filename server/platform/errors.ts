/**
 * Typed domain errors. Services and policies throw them; one error handler (http-errors.ts)
 * turns them into the API envelope with a message in the request's language.
 */
import type { MessageKey } from './i18n.ts';

/** Every code the API answers with has a Danish and an English message (see `MessageKey`). */
export type ErrorCode = MessageKey;

/** A field's error: a catalog code, or a validator's own code with its message already written. */
export type FieldError =
  | { path: string; code: ErrorCode; message?: string }
  | { path: string; code: string; message: string };

export class DomainError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly params: Record<string, string | number>;
  readonly fields: FieldError[] | undefined;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    code: ErrorCode,
    options: {
      params?: Record<string, string | number>;
      fields?: FieldError[];
      headers?: Record<string, string>;
    } = {},
  ) {
    super(code);
    this.name = 'DomainError';
    this.status = status;
    this.code = code;
    this.params = options.params ?? {};
    this.fields = options.fields;
    this.headers = options.headers ?? {};
  }
}

export const notFound = () => new DomainError(404, 'not_found');
export const forbidden = (code: ErrorCode = 'forbidden') => new DomainError(403, code);
export const unauthenticated = (code: ErrorCode = 'unauthenticated') => new DomainError(401, code);
export const conflict = (code: ErrorCode, params?: Record<string, string | number>) =>
  new DomainError(409, code, { params });
export const invalid = (code: ErrorCode, fields?: FieldError[], params?: Record<string, string | number>) =>
  new DomainError(400, code, { fields, params });
export const versionConflict = () => conflict('version_conflict');
export const tooManyAttempts = (retryAfterSeconds: number) =>
  new DomainError(429, 'too_many_attempts', { headers: { 'retry-after': String(retryAfterSeconds) } });
