import { type ColumnDataType, type Expression, sql } from 'kysely';
import type { DialectName } from '../database.ts';

/**
 * Column type for Danish sort/search keys: compared byte by byte on both databases,
 * so the order the key encodes (see platform/danish-text.ts) is the order returned.
 */
export function sortKeyType(dialect: DialectName): ColumnDataType | Expression<unknown> {
  return dialect === 'postgres' ? sql`text collate "C"` : 'text';
}

/** CHECK constraint listing the allowed values of an enumerated text column. */
export function sqlIn(column: string, values: readonly string[]): Expression<unknown> {
  return sql`${sql.ref(column)} in (${sql.join(values.map((value) => sql.lit(value)))})`;
}
