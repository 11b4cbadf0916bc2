import type { Db } from '../../db/database.ts';

/** Chain heads with at least one event. */
export async function listChainHeads(db: Db) {
  return db.selectFrom('audit_heads').select(['chain', 'seq', 'hash']).where('seq', '>', 0).execute();
}

export async function listOrgsForHeads(db: Db) {
  return db.selectFrom('organisations').select(['id', 'name', 'path', 'kind']).execute();
}

/** Every admin membership of an active user, with what a mail needs. */
export async function listActiveAdmins(db: Db) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.org_id', 'm.include_subtree', 'u.id as user_id', 'u.email', 'u.locale'])
    .where('m.role', '=', 'admin')
    .where('u.disabled_at', 'is', null)
    .orderBy('u.id')
    .execute();
}
