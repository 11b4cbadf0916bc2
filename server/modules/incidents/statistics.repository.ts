import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

export type CountRow = {
  org_id: string;
  reported_month: string;
  category: string | null;
  severity: string | null;
  personal_data_breach: boolean | number | null;
  nis2_significant: boolean | number | null;
  count: number;
};

/**
 * Counts of reported incidents (dismissed reports left out) per organisation, month, category,
 * severity and the two legal flags; one grouped query over the statistics index.
 */
export async function countIncidents(
  db: Db,
  orgIds: readonly string[],
  range: { from: string; to: string },
): Promise<CountRow[]> {
  if (orgIds.length === 0) return [];
  const rows = await db
    .selectFrom('incidents')
    .select([
      'org_id',
      'reported_month',
      'category',
      'severity',
      'personal_data_breach',
      'nis2_significant',
      sql<number>`count(*)`.as('count'),
    ])
    .where('org_id', 'in', [...orgIds])
    .where('reported_month', '>=', range.from)
    .where('reported_month', '<=', range.to)
    .where('status', '!=', 'dismissed')
    .groupBy(['org_id', 'reported_month', 'category', 'severity', 'personal_data_breach', 'nis2_significant'])
    .execute();
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}
