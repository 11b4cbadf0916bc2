import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { IncidentLinksTable } from '../../db/schema.ts';

export async function linksOf(db: Db, incidentId: string): Promise<IncidentLinksTable[]> {
  return db
    .selectFrom('incident_links')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('kind')
    .orderBy('id')
    .execute();
}

export async function findLink(db: Db, incidentId: string, id: string) {
  return db
    .selectFrom('incident_links')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function sameLinkExists(
  db: Db,
  incidentId: string,
  link: { kind: string; targetId: string | null; label: string },
): Promise<boolean> {
  let query = db
    .selectFrom('incident_links')
    .select('id')
    .where('incident_id', '=', incidentId)
    .where('kind', '=', link.kind as IncidentLinksTable['kind']);
  query = link.targetId
    ? query.where('target_id', '=', link.targetId)
    : query.where('label', '=', link.label);
  return Boolean(await query.executeTakeFirst());
}

export async function insertLink(db: Db, row: Insertable<IncidentLinksTable>): Promise<void> {
  await db.insertInto('incident_links').values(row).execute();
}

export async function deleteLink(db: Db, id: string): Promise<void> {
  await db.deleteFrom('incident_links').where('id', '=', id).execute();
}
