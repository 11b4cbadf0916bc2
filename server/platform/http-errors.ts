import type {
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifySchemaCompiler,
} from 'fastify';
import type { ZodType } from 'zod';
import type { $ZodIssue } from 'zod/v4/core';
import { DomainError, type FieldError } from './errors.ts';
import { hasMessage, type Locale, localeFromHeader, translate, translateIssue } from './i18n.ts';

export class RequestValidationError extends Error {
  readonly issues: $ZodIssue[];
  validationContext?: string;
  constructor(issues: $ZodIssue[]) {
    super('invalid_request');
    this.issues = issues;
  }
}

/** Validates params, query, headers and body with zod, keeping the issues for translation. */
export const validatorCompiler: FastifySchemaCompiler<ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data, { reportInput: true });
    return result.success
      ? { value: result.data }
      : { error: new RequestValidationError(result.error.issues) };
  };

export type ErrorBody = {
  error: { code: string; message: string; details?: { fields?: Required<FieldError>[] } };
};

export function errorBody(
  locale: Locale,
  code: string,
  params: Record<string, string | number> = {},
  fields?: FieldError[],
): ErrorBody {
  const body: ErrorBody = { error: { code, message: translate(locale, code, params) } };
  if (fields?.length) {
    body.error.details = {
      fields: fields.map((f) => ({
        path: f.path,
        code: f.code,
        message: f.message ?? (hasMessage(f.code) ? translate(locale, f.code, params) : f.code),
      })),
    };
  }
  return body;
}

const fastifyCodes: Record<string, { status: number; code: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload_too_large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'invalid_request' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'invalid_json' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'invalid_json' },
};

const genericByStatus: Record<number, string> = {
  400: 'invalid_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'route_not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
};

function fieldPath(context: string | undefined, issue: $ZodIssue): string {
  const path = issue.path.map(String).join('.');
  if (context === 'body') return path;
  return [context, path].filter(Boolean).join('.');
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const locale = localeFromHeader(request.headers['accept-language']);
    if (error instanceof DomainError) {
      return reply
        .status(error.status)
        .headers(error.headers)
        .send(errorBody(locale, error.code, error.params, error.fields));
    }
    if (error instanceof RequestValidationError) {
      const fields = error.issues.map((issue) => {
        const missing = issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined;
        return {
          path: fieldPath(error.validationContext, issue),
          code: missing ? 'required' : hasMessage(issue.message) ? issue.message : issue.code,
          message: missing ? translate(locale, 'required') : translateIssue(locale, issue),
        };
      });
      return reply.status(400).send(errorBody(locale, 'invalid_request', {}, fields));
    }
    if (isUniqueViolation(error)) {
      // Two requests raced for the same unique value; the loser is told to try again.
      return reply.status(409).send(errorBody(locale, 'conflict'));
    }
    if (isDataException(error)) {
      // PostgreSQL refused a value the client sent (e.g. a crafted cursor of the wrong type).
      return reply.status(400).send(errorBody(locale, 'invalid_request'));
    }
    const known = error.code ? fastifyCodes[error.code] : undefined;
    if (known) return reply.status(known.status).send(errorBody(locale, known.code));
    if (error instanceof SyntaxError || (error.statusCode === 400 && /JSON/i.test(error.message))) {
      return reply.status(400).send(errorBody(locale, 'invalid_json'));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return reply.status(status).send(errorBody(locale, genericByStatus[status] ?? 'invalid_request'));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(errorBody(locale, 'internal_error'));
  });
}

/** PostgreSQL 23505, SQLite SQLITE_CONSTRAINT_UNIQUE / _PRIMARYKEY. */
function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: unknown; errcode?: unknown; message?: unknown };
  if (e.code === '23505') return true;
  return e.errcode === 2067 || e.errcode === 1555;
}

/** PostgreSQL class 22 "data exception": invalid text representation, out of range, bad datetime. */
function isDataException(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code);
}
