import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import { type CursorValues, keysetAfter } from '../../db/keyset.ts';
import type { OrganisationRow, OrganisationsTable } from '../../db/schema.ts';
import { updateVersioned } from '../../db/versioned-update.ts';
import type { ActorMembership } from '../../platform/context.ts';
import { danishContainsPattern, likeEscaped } from '../../platform/danish-text.ts';

export async function hasRoot(db: Db): Promise<boolean> {
  const row = await db
    .selectFrom('organisations')
    .select('id')
    .where('parent_id', 'is', null)
    .executeTakeFirst();
  return Boolean(row);
}

export type OrgListFilter = {
  memberships: readonly ActorMembership[];
  q: string | undefined;
  direction: 'asc' | 'desc';
  cursor: CursorValues | undefined;
  limit: number;
};

/** Organisations the memberships reach: their own, and every descendant of a subtree membership. */
export async function listVisibleOrgs(db: Db, filter: OrgListFilter): Promise<OrganisationRow[]> {
  const direct = filter.memberships.map((m) => m.orgId);
  const prefixes = filter.memberships.filter((m) => m.includeSubtree).map((m) => `${m.orgPath}%`);
  if (direct.length === 0) return [];
  let query = db
    .selectFrom('organisations')
    .selectAll()
    .where((eb) => eb.or([eb('id', 'in', direct), ...prefixes.map((prefix) => eb('path', 'like', prefix))]));
  if (filter.q) query = query.where(likeEscaped('name_key', danishContainsPattern(filter.q)));
  if (filter.cursor) query = query.where(keysetAfter('name_key', 'id', filter.direction, filter.cursor));
  return query
    .orderBy('name_key', filter.direction)
    .orderBy('id', filter.direction)
    .limit(filter.limit + 1)
    .execute();
}

export async function insertOrg(db: Db, row: Insertable<OrganisationsTable>): Promise<void> {
  await db.insertInto('organisations').values(row).execute();
}

/** Updates when the stored version matches; returns false on a stale version. */
export async function updateOrg(
  db: Db,
  id: string,
  version: number,
  changes: Pick<
    Updateable<OrganisationsTable>,
    'name' | 'name_key' | 'cvr' | 'parent_id' | 'require_mfa' | 'updated_at'
  >,
): Promise<boolean> {
  return updateVersioned(db, 'organisations', id, version, changes);
}

/** Rewrites the materialised path of an organisation and all its descendants after a move. */
export async function movePaths(db: Db, oldPrefix: string, newPrefix: string): Promise<void> {
  const rows = await db
    .selectFrom('organisations')
    .select(['id', 'path'])
    .where('path', 'like', `${oldPrefix}%`)
    .execute();
  for (const row of rows) {
    await db
      .updateTable('organisations')
      .set({ path: newPrefix + row.path.slice(oldPrefix.length) })
      .where('id', '=', row.id)
      .execute();
  }
}

export async function findOrgByIdOrName(db: Db, ref: string): Promise<OrganisationRow | undefined> {
  return db
    .selectFrom('organisations')
    .selectAll()
    .where((eb) => eb.or([eb('id', '=', ref), eb('name', '=', ref)]))
    .executeTakeFirst();
}
