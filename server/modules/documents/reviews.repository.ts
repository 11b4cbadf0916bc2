import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { DocumentReviewsTable } from '../../db/schema.ts';

export type ReviewRow = Selectable<DocumentReviewsTable> & { reviewed_by_name: string | null };

export async function insertReview(db: Db, row: Insertable<DocumentReviewsTable>): Promise<void> {
  await db.insertInto('document_reviews').values(row).execute();
}

/** The recorded reviews of a document, oldest first (the revision table reads them in order). */
export async function listReviews(db: Db, documentId: string): Promise<ReviewRow[]> {
  return db
    .selectFrom('document_reviews as r')
    .leftJoin('users as u', 'u.id', 'r.reviewed_by')
    .selectAll('r')
    .select('u.name as reviewed_by_name')
    .where('r.document_id', '=', documentId)
    .orderBy('r.reviewed_on')
    .orderBy('r.id')
    .limit(1000)
    .execute();
}

export async function findReview(db: Db, documentId: string, id: string): Promise<ReviewRow | undefined> {
  return db
    .selectFrom('document_reviews as r')
    .leftJoin('users as u', 'u.id', 'r.reviewed_by')
    .selectAll('r')
    .select('u.name as reviewed_by_name')
    .where('r.document_id', '=', documentId)
    .where('r.id', '=', id)
    .executeTakeFirst();
}
