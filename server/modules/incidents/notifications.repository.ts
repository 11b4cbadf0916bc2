import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { IncidentNotificationsTable } from '../../db/schema.ts';
import { updateVersioned } from '../../db/versioned-update.ts';

export type NotificationRow = IncidentNotificationsTable;

export const NOTIFICATION_FILE_ENTITY = 'incident_notification';

export async function insertNotification(db: Db, row: Insertable<IncidentNotificationsTable>): Promise<void> {
  await db.insertInto('incident_notifications').values(row).execute();
}

export async function findNotification(
  db: Db,
  incidentId: string,
  id: string,
): Promise<NotificationRow | undefined> {
  return db
    .selectFrom('incident_notifications')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function notificationExists(db: Db, orgId: string, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('incident_notifications')
    .select('id')
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Boolean(row);
}

/** The register of one incident, in the order the notifications were sent. */
export async function listNotifications(db: Db, incidentId: string): Promise<NotificationRow[]> {
  return db
    .selectFrom('incident_notifications')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('sent_at')
    .orderBy('id')
    .limit(1000)
    .execute();
}

/** What the clocks need of the notifications of several incidents at once. */
export async function sentNotificationsOf(db: Db, incidentIds: readonly string[]) {
  if (incidentIds.length === 0) return [];
  return db
    .selectFrom('incident_notifications')
    .select(['incident_id', 'recipient', 'stage', 'sent_at'])
    .where('incident_id', 'in', [...incidentIds])
    .execute();
}

export async function updateNotification(
  db: Db,
  id: string,
  version: number,
  changes: Pick<
    Updateable<IncidentNotificationsTable>,
    'reference' | 'summary' | 'delay_reason' | 'updated_at'
  >,
): Promise<boolean> {
  return updateVersioned(db, 'incident_notifications', id, version, changes);
}

/** Files of the organisation, for linking attachments (must exist there). */
export async function filesOfOrg(db: Db, orgId: string, fileIds: readonly string[]) {
  if (fileIds.length === 0) return [];
  return db
    .selectFrom('files')
    .select(['id', 'name'])
    .where('org_id', '=', orgId)
    .where('id', 'in', [...fileIds])
    .execute();
}

export async function linkFiles(
  db: Db,
  orgId: string,
  notificationId: string,
  fileIds: readonly string[],
  at: string,
) {
  for (const fileId of fileIds) {
    await db
      .insertInto('file_links')
      .values({
        file_id: fileId,
        org_id: orgId,
        entity_type: NOTIFICATION_FILE_ENTITY,
        entity_id: notificationId,
        created_at: at,
      })
      .onConflict((oc) => oc.columns(['file_id', 'entity_type', 'entity_id']).doNothing())
      .execute();
  }
}

/** Attachments of notifications, through the platform's file links. */
export async function attachmentsOf(db: Db, orgId: string, notificationIds: readonly string[]) {
  if (notificationIds.length === 0) return [];
  return db
    .selectFrom('file_links as l')
    .innerJoin('files as f', 'f.id', 'l.file_id')
    .select(['l.entity_id', 'f.id', 'f.name', 'f.content_type', 'f.size'])
    .where('l.org_id', '=', orgId)
    .where('l.entity_type', '=', NOTIFICATION_FILE_ENTITY)
    .where('l.entity_id', 'in', [...notificationIds])
    .orderBy('f.id')
    .execute();
}

/** The GDPR notifications (Datatilsynet, data subjects) of breaches, earliest first. */
export async function breachNotificationsOf(db: Db, incidentIds: readonly string[]) {
  if (incidentIds.length === 0) return [];
  return db
    .selectFrom('incident_notifications')
    .select(['incident_id', 'recipient', 'stage', 'sent_at', 'reference', 'delay_reason'])
    .where('incident_id', 'in', [...incidentIds])
    .where('recipient', 'in', ['datatilsynet', 'data_subjects'])
    .orderBy('sent_at')
    .execute();
}
