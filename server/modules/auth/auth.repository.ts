import type { Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { UsersTable } from '../../db/schema.ts';

export async function findUserForLogin(db: Db, email: string) {
  return db
    .selectFrom('users')
    .select([
      'id',
      'name',
      'email',
      'password_hash',
      'disabled_at',
      'totp_secret',
      'totp_enabled_at',
      'totp_last_step',
    ])
    .where('email', '=', email)
    .executeTakeFirst();
}

export async function findPasswordHash(db: Db, userId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('users')
    .select('password_hash')
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.password_hash;
}

export async function updateUser(
  db: Db,
  userId: string,
  changes: Pick<
    Updateable<UsersTable>,
    | 'name'
    | 'name_key'
    | 'locale'
    | 'password_hash'
    | 'must_change_password'
    | 'totp_secret'
    | 'totp_pending_secret'
    | 'totp_enabled_at'
    | 'totp_last_step'
  >,
): Promise<void> {
  await db
    .updateTable('users')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1), updated_at: new Date().toISOString() }))
    .where('id', '=', userId)
    .execute();
}

export async function deleteSessionsOfUser(
  db: Db,
  userId: string,
  exceptSessionId?: string | null,
): Promise<number> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptSessionId) query = query.where('id', '!=', exceptSessionId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function findCsrfToken(db: Db, sessionId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('sessions')
    .select('csrf_token')
    .where('id', '=', sessionId)
    .executeTakeFirst();
  return row?.csrf_token;
}

export type LoginUser = NonNullable<Awaited<ReturnType<typeof findUserForLogin>>>;

export async function findTotpState(db: Db, userId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'totp_secret', 'totp_pending_secret', 'totp_enabled_at', 'totp_last_step'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
}

/** Records the accepted TOTP step only if it is newer than the last, so two racing logins cannot reuse a code. */
export async function advanceTotpStep(db: Db, userId: string, step: number): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ totp_last_step: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function consumeRecoveryCode(
  db: Db,
  userId: string,
  codeHash: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('recovery_codes')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function replaceRecoveryCodes(
  db: Db,
  userId: string,
  rows: { id: string; code_hash: string; created_at: string }[],
) {
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  if (rows.length)
    await db
      .insertInto('recovery_codes')
      .values(rows.map((row) => ({ ...row, user_id: userId })))
      .execute();
}

export async function countUnusedRecoveryCodes(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
