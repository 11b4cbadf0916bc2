import type { Db } from '../db/database.ts';
import type { OrganisationRow } from '../db/schema.ts';

/**
 * The organisation tree as the access layer reads it. Every record belongs to one organisation,
 * so every access check starts here; the orgs module owns the writes.
 */
export type OrgSummary = Pick<OrganisationRow, 'id' | 'path' | 'name' | 'kind' | 'parent_id'>;

export async function findOrg(db: Db, id: string): Promise<OrganisationRow | undefined> {
  return db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The organisation at `path` and every descendant (materialised path), by Danish name order. */
export async function subtreeOf(db: Db, path: string): Promise<OrgSummary[]> {
  return (
    db
      .selectFrom('organisations')
      .select(['id', 'path', 'name', 'kind', 'parent_id'])
      // Paths hold only UUIDs and slashes: nothing to escape for LIKE.
      .where('path', 'like', `${path}%`)
      .orderBy('name_key')
      .orderBy('id')
      .execute()
  );
}
