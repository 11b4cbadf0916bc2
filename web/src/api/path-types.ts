// Helpers that derive request and response types from `paths` in schema.d.ts, so they survive
// regenerating the client (the same approach as types.ts).
export type JsonBody<R> = R extends { content: { 'application/json': infer T } } ? T : never;
export type Ok<Op> = Op extends { responses: { 200: infer R } }
  ? JsonBody<R>
  : Op extends { responses: { 201: infer R } }
    ? JsonBody<R>
    : never;
export type Body<Op> = Op extends { requestBody?: infer B } ? JsonBody<NonNullable<B>> : never;
export type Query<Op> = Op extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
