import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import { type CursorValues, keysetAfter } from '../../db/keyset.ts';
import type { MembershipsTable, UsersTable } from '../../db/schema.ts';
import { updateVersioned } from '../../db/versioned-update.ts';
import { danishContainsPattern, likeEscaped } from '../../platform/danish-text.ts';

const memberColumns = [
  'm.id',
  'm.user_id',
  'm.org_id',
  'm.role',
  'm.include_subtree',
  'm.version',
  'm.created_at',
  'u.email',
  'u.name',
  'u.name_key',
] as const;

export type MemberRow = {
  id: string;
  user_id: string;
  org_id: string;
  role: string;
  include_subtree: boolean | number;
  version: number;
  created_at: string;
  email: string;
  name: string;
  name_key: string;
};

export type MemberListFilter = {
  q: string | undefined;
  sortColumn: 'u.name_key' | 'u.email';
  direction: 'asc' | 'desc';
  cursor: CursorValues | undefined;
  limit: number;
};

export async function listMembers(db: Db, orgId: string, filter: MemberListFilter): Promise<MemberRow[]> {
  let query = db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(memberColumns)
    .where('m.org_id', '=', orgId);
  if (filter.q) {
    const pattern = danishContainsPattern(filter.q);
    query = query.where((eb) => eb.or([likeEscaped('u.name_key', pattern), likeEscaped('u.email', pattern)]));
  }
  if (filter.cursor)
    query = query.where(keysetAfter(filter.sortColumn, 'm.id', filter.direction, filter.cursor));
  return query
    .orderBy(filter.sortColumn, filter.direction)
    .orderBy('m.id', filter.direction)
    .limit(filter.limit + 1)
    .execute();
}

export async function findMember(db: Db, orgId: string, id: string): Promise<MemberRow | undefined> {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(memberColumns)
    .where('m.org_id', '=', orgId)
    .where('m.id', '=', id)
    .executeTakeFirst();
}

export async function findUserByEmail(db: Db, email: string) {
  return db.selectFrom('users').select(['id', 'email', 'name']).where('email', '=', email).executeTakeFirst();
}

export async function insertUser(db: Db, row: Insertable<UsersTable>): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

export async function membershipExists(
  db: Db,
  userId: string,
  orgId: string,
  role: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('memberships')
    .select('id')
    .where('user_id', '=', userId)
    .where('org_id', '=', orgId)
    .where('role', '=', role)
    .executeTakeFirst();
  return Boolean(row);
}

export async function insertMembership(db: Db, row: Insertable<MembershipsTable>): Promise<void> {
  await db.insertInto('memberships').values(row).execute();
}

export async function updateMembership(
  db: Db,
  id: string,
  version: number,
  changes: Pick<Updateable<MembershipsTable>, 'role' | 'include_subtree' | 'updated_at'>,
): Promise<boolean> {
  return updateVersioned(db, 'memberships', id, version, changes);
}

export async function deleteMembership(db: Db, id: string): Promise<void> {
  await db.deleteFrom('memberships').where('id', '=', id).execute();
}

/**
 * Administrators of the organisation: its own, and those of ancestors holding the subtree. A
 * sector admin manages the tree's structure but never the organisations' records (DESIGN.md
 * section 4), so it does not count as an organisation's administrator.
 */
export async function countAdminsReaching(db: Db, orgId: string, orgPath: string): Promise<number> {
  const ancestorIds = orgPath.split('/').filter((id) => id !== '' && id !== orgId);
  const row = await db
    .selectFrom('memberships as m')
    .innerJoin('organisations as o', 'o.id', 'm.org_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('m.role', '=', 'admin')
    .where((eb) =>
      eb.or([
        eb('m.org_id', '=', orgId),
        ...(ancestorIds.length > 0
          ? [
              eb.and([
                eb('m.org_id', 'in', ancestorIds),
                eb('m.include_subtree', '=', true),
                eb('o.kind', '!=', 'sector'),
              ]),
            ]
          : []),
      ]),
    )
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
