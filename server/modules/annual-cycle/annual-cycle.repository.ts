import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import { keysetAfter } from '../../db/keyset.ts';
import type { AnnualActivitiesTable, AnnualFrequency } from '../../db/schema.ts';
import { danishContainsPattern, likeEscaped } from '../../platform/danish-text.ts';
import type { CursorValues } from '../../platform/pagination.ts';

export type ActivityRow = Selectable<AnnualActivitiesTable>;

export type ActivityFilter = {
  frequency?: AnnualFrequency;
  responsibleRole?: string;
  active?: boolean;
  /** Activities falling due in this month (1-12). */
  month?: number;
  q?: string;
  direction: 'asc' | 'desc';
  cursor?: CursorValues;
  limit: number;
};

/** The organisation's activities in (title key, id) order: index annual_activities_org_title_idx. */
export async function listActivities(db: Db, orgId: string, filter: ActivityFilter): Promise<ActivityRow[]> {
  let query = db.selectFrom('annual_activities').selectAll().where('org_id', '=', orgId);
  if (filter.frequency) query = query.where('frequency', '=', filter.frequency);
  if (filter.responsibleRole) query = query.where('responsible_role', '=', filter.responsibleRole);
  if (filter.active !== undefined) query = query.where('active', '=', filter.active);
  if (filter.month) {
    // months is "3,6,9,12": match a whole number between commas.
    query = query.where(sql<string>`',' || months || ','`, 'like', `%,${filter.month},%`);
  }
  if (filter.q) query = query.where(likeEscaped('title_key', danishContainsPattern(filter.q)));
  if (filter.cursor) query = query.where(keysetAfter('title_key', 'id', filter.direction, filter.cursor));
  return query
    .orderBy('title_key', filter.direction)
    .orderBy('id', filter.direction)
    .limit(filter.limit + 1)
    .execute();
}

/** Every active activity of the organisation (a cycle has tens of activities). */
export async function activeActivities(db: Db, orgId: string): Promise<ActivityRow[]> {
  return db
    .selectFrom('annual_activities')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('active', '=', true)
    .orderBy('title_key')
    .orderBy('id')
    .limit(1000)
    .execute();
}

/** The organisations that have active activities, for the daily task job. */
export async function organisationsWithActivities(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('annual_activities')
    .select('org_id')
    .distinct()
    .where('active', '=', true)
    .orderBy('org_id')
    .execute();
  return rows.map((row) => row.org_id);
}

export async function findActivity(db: Db, orgId: string, id: string): Promise<ActivityRow | undefined> {
  return db
    .selectFrom('annual_activities')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Whether the activity exists in the organisation (link target for tasks and files). */
export async function activityExists(db: Db, orgId: string, id: string): Promise<boolean> {
  return (await findActivity(db, orgId, id)) !== undefined;
}

export async function insertActivity(db: Db, row: Insertable<AnnualActivitiesTable>): Promise<void> {
  await db.insertInto('annual_activities').values(row).execute();
}

export async function updateActivity(
  db: Db,
  id: string,
  version: number,
  changes: Omit<Updateable<AnnualActivitiesTable>, 'id' | 'org_id' | 'version'>,
): Promise<boolean> {
  const result = await db
    .updateTable('annual_activities')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteActivity(db: Db, id: string): Promise<void> {
  await db.deleteFrom('annual_activities').where('id', '=', id).execute();
}

/** Marks the organisation's cycle as pre-filled; false when another request did it first. */
export async function markSeeded(db: Db, orgId: string, at: string): Promise<boolean> {
  const result = await db
    .insertInto('annual_cycle_seeds')
    .values({ org_id: orgId, seeded_at: at })
    .onConflict((oc) => oc.column('org_id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function isSeeded(db: Db, orgId: string): Promise<boolean> {
  const row = await db
    .selectFrom('annual_cycle_seeds')
    .select('org_id')
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  return Boolean(row);
}
