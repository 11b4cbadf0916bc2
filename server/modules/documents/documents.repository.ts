import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import { keysetAfter } from '../../db/keyset.ts';
import type { DocumentClassification, DocumentKind, DocumentsTable } from '../../db/schema.ts';
import { updateVersioned } from '../../db/versioned-update.ts';
import { danishContainsPattern, likeEscaped } from '../../platform/danish-text.ts';
import type { CursorValues } from '../../platform/pagination.ts';

export type DocumentRow = Selectable<DocumentsTable> & {
  owner_name: string | null;
  org_name: string;
  org_path: string;
  org_kind: 'sector' | 'group' | 'organisation' | 'unit';
};

function baseQuery(db: Db) {
  return db
    .selectFrom('documents as d')
    .innerJoin('organisations as o', 'o.id', 'd.org_id')
    .leftJoin('users as ow', 'ow.id', 'd.owner_user_id')
    .selectAll('d')
    .select(['ow.name as owner_name', 'o.name as org_name', 'o.path as org_path', 'o.kind as org_kind']);
}

export async function findDocument(db: Db, orgId: string, id: string): Promise<DocumentRow | undefined> {
  return baseQuery(db).where('d.org_id', '=', orgId).where('d.id', '=', id).executeTakeFirst();
}

export async function findDocumentById(db: Db, id: string): Promise<DocumentRow | undefined> {
  return baseQuery(db).where('d.id', '=', id).executeTakeFirst();
}

export async function findDocumentByPublicId(db: Db, publicId: string): Promise<DocumentRow | undefined> {
  return baseQuery(db).where('d.public_id', '=', publicId).executeTakeFirst();
}

export type DocumentSortField = 'title' | 'nextReview';

export type DocumentFilter = {
  kind?: DocumentKind;
  classification?: DocumentClassification;
  /** Next review on or before this date (reviews due or overdue). */
  reviewDueBy?: string;
  archived: boolean;
  isTemplate?: boolean;
  ownerUserId?: string;
  q?: string;
  sort: DocumentSortField;
  direction: 'asc' | 'desc';
  cursor?: CursorValues;
  limit: number;
};

/**
 * Documents of the given organisations in (title key, id) or (next review, id) order; the
 * indexes documents_org_title_idx, documents_org_kind_title_idx and documents_org_review_idx
 * match these filters and sorts. Sorted by next review, the list holds the documents that
 * have one (published at least once).
 */
export async function listDocuments(db: Db, orgIds: readonly string[], filter: DocumentFilter) {
  if (orgIds.length === 0) return [];
  const sortColumn = filter.sort === 'title' ? 'd.title_key' : 'd.next_review_on';
  let query = baseQuery(db).where('d.org_id', 'in', orgIds);
  query = filter.archived
    ? query.where('d.archived_at', 'is not', null)
    : query.where('d.archived_at', 'is', null);
  if (filter.sort === 'nextReview') query = query.where('d.next_review_on', 'is not', null);
  if (filter.kind) query = query.where('d.kind', '=', filter.kind);
  if (filter.classification) query = query.where('d.classification', '=', filter.classification);
  if (filter.reviewDueBy) query = query.where('d.next_review_on', '<=', filter.reviewDueBy);
  if (filter.isTemplate !== undefined) query = query.where('d.is_template', '=', filter.isTemplate);
  if (filter.ownerUserId) query = query.where('d.owner_user_id', '=', filter.ownerUserId);
  if (filter.q) query = query.where(likeEscaped('d.title_key', danishContainsPattern(filter.q)));
  if (filter.cursor) query = query.where(keysetAfter(sortColumn, 'd.id', filter.direction, filter.cursor));
  return query
    .orderBy(sortColumn, filter.direction)
    .orderBy('d.id', filter.direction)
    .limit(filter.limit + 1)
    .execute();
}

export async function insertDocument(db: Db, row: Insertable<DocumentsTable>): Promise<void> {
  await db.insertInto('documents').values(row).execute();
}

type DocumentChanges = Omit<Updateable<DocumentsTable>, 'id' | 'org_id' | 'version' | 'public_id'>;

/** A user's change: only when the stored version matches; false on a stale version. */
export async function updateDocument(db: Db, id: string, version: number, changes: DocumentChanges) {
  return updateVersioned(db, 'documents', id, version, changes);
}

/** A change made by the workflow (publication, review): bumps the version unconditionally. */
export async function touchDocument(db: Db, id: string, changes: DocumentChanges): Promise<void> {
  await db
    .updateTable('documents')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export async function deleteDocument(db: Db, id: string): Promise<void> {
  await db.deleteFrom('document_acknowledgements').where('document_id', '=', id).execute();
  await db.deleteFrom('document_reviews').where('document_id', '=', id).execute();
  await db.deleteFrom('document_versions').where('document_id', '=', id).execute();
  await db.deleteFrom('documents').where('id', '=', id).execute();
}

/** Documents in force whose next review falls on or before `until` (for the review task job). */
export async function documentsWithReviewBy(db: Db, until: string) {
  return db
    .selectFrom('documents')
    .select(['id', 'org_id'])
    .where('next_review_on', '<=', until)
    .where('archived_at', 'is', null)
    .orderBy('next_review_on')
    .limit(10_000)
    .execute();
}

/** Published, not archived documents of the organisations: candidates for "my documents". */
export async function publishedDocumentsOf(db: Db, orgIds: readonly string[]): Promise<DocumentRow[]> {
  if (orgIds.length === 0) return [];
  return baseQuery(db)
    .where('d.org_id', 'in', orgIds)
    .where('d.current_version_id', 'is not', null)
    .where('d.archived_at', 'is', null)
    .orderBy('d.title_key')
    .orderBy('d.id')
    .limit(1000)
    .execute();
}

/** Published templates of the given organisations (groups above the one adopting). */
export async function publishedTemplatesOf(db: Db, orgIds: readonly string[]): Promise<DocumentRow[]> {
  if (orgIds.length === 0) return [];
  return baseQuery(db)
    .where('d.org_id', 'in', orgIds)
    .where('d.is_template', '=', true)
    .where('d.current_version_id', 'is not', null)
    .where('d.archived_at', 'is', null)
    .orderBy('d.title_key')
    .orderBy('d.id')
    .limit(500)
    .execute();
}

/** The documents adopted from a template, across the member organisations. */
export async function adoptionsOf(db: Db, templateId: string): Promise<DocumentRow[]> {
  return baseQuery(db)
    .where('d.template_document_id', '=', templateId)
    .orderBy('o.name_key')
    .orderBy('d.id')
    .limit(5000)
    .execute();
}

export async function organisationsByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('organisations')
    .select(['id', 'path', 'kind', 'name'])
    .where('id', 'in', ids)
    .execute();
}
