import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { DocumentVersionStatus, DocumentVersionsTable } from '../../db/schema.ts';

export type VersionRow = Selectable<DocumentVersionsTable> & {
  created_by_name: string | null;
  last_edited_by_name: string | null;
  submitted_by_name: string | null;
  returned_by_name: string | null;
  approved_by_name: string | null;
  published_by_name: string | null;
  file_name: string | null;
  file_content_type: string | null;
  file_size: number | null;
};

function baseQuery(db: Db) {
  return db
    .selectFrom('document_versions as v')
    .leftJoin('users as cu', 'cu.id', 'v.created_by')
    .leftJoin('users as eu', 'eu.id', 'v.last_edited_by')
    .leftJoin('users as su', 'su.id', 'v.submitted_by')
    .leftJoin('users as ru', 'ru.id', 'v.returned_by')
    .leftJoin('users as au', 'au.id', 'v.approved_by')
    .leftJoin('users as pu', 'pu.id', 'v.published_by')
    .leftJoin('files as f', (join) =>
      join.onRef('f.id', '=', 'v.body_file_id').onRef('f.org_id', '=', 'v.org_id'),
    )
    .selectAll('v')
    .select([
      'cu.name as created_by_name',
      'eu.name as last_edited_by_name',
      'su.name as submitted_by_name',
      'ru.name as returned_by_name',
      'au.name as approved_by_name',
      'pu.name as published_by_name',
      'f.name as file_name',
      'f.content_type as file_content_type',
      'f.size as file_size',
    ]);
}

export async function findVersion(db: Db, documentId: string, id: string): Promise<VersionRow | undefined> {
  return baseQuery(db).where('v.document_id', '=', documentId).where('v.id', '=', id).executeTakeFirst();
}

/** Every version of a document, newest first (a document has tens of versions, not thousands). */
export async function listVersions(db: Db, documentId: string, limit = 1000): Promise<VersionRow[]> {
  return baseQuery(db)
    .where('v.document_id', '=', documentId)
    .orderBy('v.number', 'desc')
    .limit(limit)
    .execute();
}

/** The versions of several documents that are in force or on their way (for list summaries). */
export async function liveVersionsOf(db: Db, documentIds: readonly string[]) {
  if (documentIds.length === 0) return [];
  return baseQuery(db)
    .where('v.document_id', 'in', documentIds)
    .where('v.status', 'in', ['draft', 'in_review', 'approved', 'published'])
    .execute();
}

export async function latestVersion(db: Db, documentId: string): Promise<VersionRow | undefined> {
  return baseQuery(db).where('v.document_id', '=', documentId).orderBy('v.number', 'desc').executeTakeFirst();
}

const openStatuses: DocumentVersionStatus[] = ['draft', 'in_review', 'approved'];

/** The version being worked on (draft, in review or approved but not yet published), if any. */
export async function openVersion(db: Db, documentId: string): Promise<VersionRow | undefined> {
  return baseQuery(db)
    .where('v.document_id', '=', documentId)
    .where('v.status', 'in', openStatuses)
    .orderBy('v.number', 'desc')
    .executeTakeFirst();
}

export async function hasApprovedVersion(db: Db, documentId: string): Promise<boolean> {
  const row = await db
    .selectFrom('document_versions')
    .select('id')
    .where('document_id', '=', documentId)
    .where('status', 'in', ['approved', 'published', 'superseded'])
    .executeTakeFirst();
  return Boolean(row);
}

export async function nextVersionNumber(db: Db, documentId: string): Promise<number> {
  const row = await db
    .selectFrom('document_versions')
    .select((eb) => eb.fn.max('number').as('max'))
    .where('document_id', '=', documentId)
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

export async function insertVersion(db: Db, row: Insertable<DocumentVersionsTable>): Promise<void> {
  await db.insertInto('document_versions').values(row).execute();
}

type DraftVersionFields = Pick<
  Insertable<DocumentVersionsTable>,
  | 'id'
  | 'document_id'
  | 'org_id'
  | 'number'
  | 'body_html'
  | 'body_file_id'
  | 'change_summary'
  | 'created_by'
  | 'created_at'
>;

/** A new draft version: nothing submitted, returned, approved or published yet; last edited by its creator. */
export async function insertDraftVersion(db: Db, fields: DraftVersionFields): Promise<void> {
  await insertVersion(db, {
    ...fields,
    status: 'draft',
    last_edited_by: fields.created_by,
    submitted_by: null,
    submitted_at: null,
    returned_by: null,
    returned_at: null,
    return_comment: null,
    approved_by: null,
    approver_role: null,
    approved_at: null,
    approved_on: null,
    approval_note: null,
    published_by: null,
    published_at: null,
    superseded_at: null,
    requires_acknowledgement: true,
    version: 1,
    updated_at: fields.created_at,
  });
}

type VersionChanges = Omit<
  Updateable<DocumentVersionsTable>,
  'id' | 'document_id' | 'org_id' | 'number' | 'version'
>;

/**
 * Changes a version if it still has the version and status the caller read: a stale version
 * or a concurrent step of the workflow answers false.
 */
export async function updateVersion(
  db: Db,
  id: string,
  expected: { version: number; status: DocumentVersionStatus },
  changes: VersionChanges,
): Promise<boolean> {
  const result = await db
    .updateTable('document_versions')
    .set({ ...changes, version: expected.version + 1 })
    .where('id', '=', id)
    .where('version', '=', expected.version)
    .where('status', '=', expected.status)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The published version of a document becomes superseded when another is published. */
export async function supersedePublished(db: Db, documentId: string, at: string): Promise<string[]> {
  const rows = await db
    .selectFrom('document_versions')
    .select('id')
    .where('document_id', '=', documentId)
    .where('status', '=', 'published')
    .execute();
  if (rows.length === 0) return [];
  await db
    .updateTable('document_versions')
    .set((eb) => ({
      status: 'superseded',
      superseded_at: at,
      updated_at: at,
      version: eb('version', '+', 1),
    }))
    .where('document_id', '=', documentId)
    .where('status', '=', 'published')
    .execute();
  return rows.map((row) => row.id);
}

export async function deleteVersion(db: Db, id: string): Promise<void> {
  await db.deleteFrom('document_versions').where('id', '=', id).execute();
}

export async function versionExists(db: Db, orgId: string, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('document_versions')
    .select('id')
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Boolean(row);
}

export async function versionById(db: Db, id: string): Promise<VersionRow | undefined> {
  return baseQuery(db).where('v.id', '=', id).executeTakeFirst();
}
