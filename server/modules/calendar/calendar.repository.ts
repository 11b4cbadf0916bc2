import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { IcalFeedsTable } from '../../db/schema.ts';

export async function activeFeedOf(db: Db, userId: string) {
  return db
    .selectFrom('ical_feeds')
    .selectAll()
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

export async function insertFeed(db: Db, row: Insertable<IcalFeedsTable>): Promise<void> {
  await db.insertInto('ical_feeds').values(row).execute();
}

/** Revokes every active feed of the user; answers how many there were. */
export async function revokeFeeds(db: Db, userId: string, at: string): Promise<number> {
  const result = await db
    .updateTable('ical_feeds')
    .set({ revoked_at: at })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The live feed behind a secret (by its sha256), with its user if enabled. */
export async function feedBySecretHash(db: Db, secretHash: string) {
  return db
    .selectFrom('ical_feeds as f')
    .innerJoin('users as u', 'u.id', 'f.user_id')
    .select(['f.id', 'f.user_id', 'f.last_used_at', 'u.disabled_at'])
    .where('f.secret_hash', '=', secretHash)
    .where('f.revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function touchFeed(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('ical_feeds').set({ last_used_at: at }).where('id', '=', id).execute();
}
