import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { FileLinkRow, FileLinksTable, FilesTable } from '../../db/schema.ts';

const fileColumns = [
  'f.id',
  'f.org_id',
  'f.name',
  'f.content_type',
  'f.size',
  'f.sha256',
  'f.storage_key',
  'f.uploaded_by',
  'f.created_at',
  'u.name as uploaded_by_name',
] as const;

export type FileWithUploader = {
  id: string;
  org_id: string;
  name: string;
  content_type: string;
  size: number;
  sha256: string;
  storage_key: string;
  uploaded_by: string | null;
  created_at: string;
  uploaded_by_name: string | null;
};

export async function insertFile(db: Db, row: Insertable<FilesTable>): Promise<void> {
  await db.insertInto('files').values(row).execute();
}

export async function findFile(db: Db, orgId: string, id: string): Promise<FileWithUploader | undefined> {
  return db
    .selectFrom('files as f')
    .leftJoin('users as u', 'u.id', 'f.uploaded_by')
    .select(fileColumns)
    .where('f.org_id', '=', orgId)
    .where('f.id', '=', id)
    .executeTakeFirst();
}

export type FileListFilter = {
  entity: { type: string; id: string } | undefined;
  /** Id of the last file of the previous page (newest first). */
  afterId: string | undefined;
  limit: number;
};

/** Newest first by id (UUIDv7); with an entity, only the files linked to it. */
export async function listFiles(db: Db, orgId: string, filter: FileListFilter): Promise<FileWithUploader[]> {
  let query = db
    .selectFrom('files as f')
    .leftJoin('users as u', 'u.id', 'f.uploaded_by')
    .select(fileColumns)
    .where('f.org_id', '=', orgId);
  if (filter.entity) {
    const { type, id } = filter.entity;
    query = query.where(
      'f.id',
      'in',
      db
        .selectFrom('file_links as l')
        .select('l.file_id')
        .where('l.org_id', '=', orgId)
        .where('l.entity_type', '=', type)
        .where('l.entity_id', '=', id),
    );
  }
  if (filter.afterId) query = query.where('f.id', '<', filter.afterId);
  return query
    .orderBy('f.id', 'desc')
    .limit(filter.limit + 1)
    .execute();
}

export async function linksOf(db: Db, fileIds: readonly string[]): Promise<FileLinkRow[]> {
  if (fileIds.length === 0) return [];
  return db
    .selectFrom('file_links')
    .selectAll()
    .where('file_id', 'in', fileIds)
    .orderBy('created_at')
    .orderBy('entity_type')
    .orderBy('entity_id')
    .execute();
}

export async function linkExists(
  db: Db,
  fileId: string,
  entityType: string,
  entityId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('file_links')
    .select('file_id')
    .where('file_id', '=', fileId)
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .executeTakeFirst();
  return Boolean(row);
}

export async function insertLink(db: Db, row: Insertable<FileLinksTable>): Promise<void> {
  await db.insertInto('file_links').values(row).execute();
}

export async function deleteLink(
  db: Db,
  fileId: string,
  entityType: string,
  entityId: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('file_links')
    .where('file_id', '=', fileId)
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function deleteFile(db: Db, id: string): Promise<void> {
  await db.deleteFrom('file_links').where('file_id', '=', id).execute();
  await db.deleteFrom('files').where('id', '=', id).execute();
}
