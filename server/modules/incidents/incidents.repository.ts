import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db, DialectName } from '../../db/database.ts';
import { keysetAfter } from '../../db/keyset.ts';
import type { IncidentsTable } from '../../db/schema.ts';
import { updateVersioned } from '../../db/versioned-update.ts';
import { danishContainsPattern, likeEscaped } from '../../platform/danish-text.ts';
import type { CursorValues } from '../../platform/pagination.ts';

export type IncidentRow = Selectable<IncidentsTable>;

/** The next reference number of the organisation in `year`, handed out atomically (upsert). */
export async function nextIncidentNumber(db: Db, orgId: string, year: number): Promise<number> {
  const row = await db
    .insertInto('incident_counters')
    .values({ org_id: orgId, year, last_number: 1 })
    .onConflict((oc) =>
      oc
        .columns(['org_id', 'year'])
        .doUpdateSet({ last_number: sql<number>`incident_counters.last_number + 1` }),
    )
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return Number(row.last_number);
}

export async function insertIncident(db: Db, row: Insertable<IncidentsTable>): Promise<void> {
  await db.insertInto('incidents').values(row).execute();
}

export async function findIncident(db: Db, orgId: string, id: string): Promise<IncidentRow | undefined> {
  return db
    .selectFrom('incidents')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findIncidentById(db: Db, id: string): Promise<IncidentRow | undefined> {
  return db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function incidentExists(db: Db, orgId: string, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('incidents')
    .select('id')
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Boolean(row);
}

/** Updates when the stored version matches; false on a stale version. */
export async function updateIncident(
  db: Db,
  id: string,
  version: number,
  changes: Omit<Updateable<IncidentsTable>, 'id' | 'org_id' | 'version'>,
): Promise<boolean> {
  return updateVersioned(db, 'incidents', id, version, changes);
}

export type IncidentListFilter = {
  dialect?: DialectName;
  status?: IncidentsTable['status'][];
  severity?: NonNullable<IncidentsTable['severity']>[];
  category?: NonNullable<IncidentsTable['category']>[];
  personalDataBreach?: boolean;
  q?: string;
  direction: 'asc' | 'desc';
  cursor?: CursorValues;
  limit: number;
};

/** Incidents of the given organisations in (reported_at, id) order (the query, for plans and paging). */
export function listIncidentsQuery(db: Db, orgIds: readonly string[], filter: IncidentListFilter) {
  // One organisation is compared with `=`, so the (org_id, …, reported_at, id) indexes also give
  // the order. Several (a subtree) are read newest first through (reported_at, id) and filtered;
  // SQLite, which keeps no table statistics here, is kept off the organisation index by a unary plus.
  let query = db.selectFrom('incidents').selectAll();
  if (orgIds.length === 1) query = query.where('org_id', '=', orgIds[0] as string);
  else if (filter.dialect === 'sqlite') query = query.where(sql<string>`+org_id`, 'in', [...orgIds]);
  else query = query.where('org_id', 'in', [...orgIds]);
  if (filter.status?.length) query = query.where('status', 'in', filter.status);
  if (filter.severity?.length) query = query.where('severity', 'in', filter.severity);
  if (filter.category?.length) query = query.where('category', 'in', filter.category);
  if (filter.personalDataBreach !== undefined) {
    query = query.where('personal_data_breach', '=', filter.personalDataBreach);
  }
  if (filter.q) query = query.where(likeEscaped('title_key', danishContainsPattern(filter.q)));
  if (filter.cursor) query = query.where(keysetAfter('reported_at', 'id', filter.direction, filter.cursor));
  return query
    .orderBy('reported_at', filter.direction)
    .orderBy('id', filter.direction)
    .limit(filter.limit + 1);
}

export async function listIncidents(db: Db, orgIds: readonly string[], filter: IncidentListFilter) {
  if (orgIds.length === 0) return [];
  return listIncidentsQuery(db, orgIds, filter).execute();
}

export type MyReportRow = Pick<
  IncidentsTable,
  'id' | 'org_id' | 'year' | 'number' | 'title' | 'reported_at' | 'status' | 'updated_at'
> & { org_name: string };

/** What a reporter sees of their own reports, newest first, across organisations. */
export async function listReportsBy(
  db: Db,
  userId: string,
  filter: { cursor?: CursorValues; limit: number },
): Promise<MyReportRow[]> {
  let query = db
    .selectFrom('incidents as i')
    .innerJoin('organisations as o', 'o.id', 'i.org_id')
    .select([
      'i.id',
      'i.org_id',
      'i.year',
      'i.number',
      'i.title',
      'i.reported_at',
      'i.status',
      'i.updated_at',
      'o.name as org_name',
    ])
    .where('i.reporter_user_id', '=', userId);
  if (filter.cursor) query = query.where(keysetAfter('i.reported_at', 'i.id', 'desc', filter.cursor));
  return query
    .orderBy('i.reported_at', 'desc')
    .orderBy('i.id', 'desc')
    .limit(filter.limit + 1)
    .execute();
}

const openStatuses = ['reported', 'in_progress', 'resolved'] as const;

/** Incidents whose clocks may still run, for the deadline dashboard of some organisations. */
export async function openIncidentsOf(
  db: Db,
  orgIds: readonly string[],
  limit: number,
): Promise<IncidentRow[]> {
  if (orgIds.length === 0) return [];
  return db
    .selectFrom('incidents')
    .selectAll()
    .where('org_id', 'in', [...orgIds])
    .where('status', 'in', [...openStatuses])
    .orderBy('reported_at', 'desc')
    .limit(limit)
    .execute();
}

/** Every open incident of the installation, page by page (id order), for the deadline job. */
export async function openIncidentsAfter(
  db: Db,
  afterId: string | null,
  limit: number,
): Promise<IncidentRow[]> {
  let query = db
    .selectFrom('incidents')
    .selectAll()
    .where('status', 'in', [...openStatuses]);
  if (afterId) query = query.where('id', '>', afterId);
  return query.orderBy('id').limit(limit).execute();
}

export async function orgName(db: Db, orgId: string): Promise<string> {
  const row = await db.selectFrom('organisations').select('name').where('id', '=', orgId).executeTakeFirst();
  return row?.name ?? '';
}

/** Bookkeeping of the escalation; the change that caused it carries the version bump. */
export async function markEscalated(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('incidents').set({ dpo_escalated_at: at }).where('id', '=', id).execute();
}
