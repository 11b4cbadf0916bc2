import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.ts';
import { keysetAfter } from '../../db/keyset.ts';
import type { IncidentTimelineTable } from '../../db/schema.ts';
import type { CursorValues } from '../../platform/pagination.ts';

export type TimelineRow = IncidentTimelineTable;

export async function insertTimelineEntry(db: Db, row: Insertable<IncidentTimelineTable>): Promise<void> {
  await db.insertInto('incident_timeline').values(row).execute();
}

/** The incident's timeline in the order things were recorded. */
export async function listTimeline(
  db: Db,
  incidentId: string,
  filter: { cursor?: CursorValues; limit: number; direction: 'asc' | 'desc' },
): Promise<TimelineRow[]> {
  let query = db.selectFrom('incident_timeline').selectAll().where('incident_id', '=', incidentId);
  if (filter.cursor) query = query.where(keysetAfter('at', 'id', filter.direction, filter.cursor));
  return query
    .orderBy('at', filter.direction)
    .orderBy('id', filter.direction)
    .limit(filter.limit + 1)
    .execute();
}

export async function allTimeline(db: Db, incidentId: string, limit = 2000): Promise<TimelineRow[]> {
  return db
    .selectFrom('incident_timeline')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('at')
    .orderBy('id')
    .limit(limit)
    .execute();
}
