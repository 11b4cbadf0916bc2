import { type Expression, type SqlBool, sql } from 'kysely';

/** The sort values of the last row of a page (sort key, then id), as a cursor carries them. */
export type CursorValues = (string | number)[];

/** Rows after the cursor in (key, id) order: the keyset condition for one sort column plus id. */
export function keysetAfter(
  keyColumn: string,
  idColumn: string,
  direction: 'asc' | 'desc',
  [key, id]: CursorValues,
): Expression<SqlBool> {
  const op = sql.raw(direction === 'asc' ? '>' : '<');
  const k = sql.ref(keyColumn);
  const i = sql.ref(idColumn);
  return sql<SqlBool>`(${k} ${op} ${key} or (${k} = ${key} and ${i} ${op} ${id}))`;
}
