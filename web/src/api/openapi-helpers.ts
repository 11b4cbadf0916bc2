import type { paths } from './schema';

// Types derive from `paths` (not from component names) so they survive regenerating schema.d.ts.
type JsonBody<R> = R extends { content: { 'application/json': infer T } } ? T : never;

/** The JSON body of an operation's 200 (or 201) answer. */
export type Ok<Op> = Op extends { responses: { 200: infer R } }
  ? JsonBody<R>
  : Op extends { responses: { 201: infer R } }
    ? JsonBody<R>
    : never;

/** The JSON request body of an operation. */
export type Body<Op> = Op extends { requestBody?: infer B } ? JsonBody<NonNullable<B>> : never;

/** The query parameters of an operation. */
export type Query<Op> = Op extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

export type { paths };
