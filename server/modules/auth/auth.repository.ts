import type { Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { UsersTable } from '../../db/schema.ts';

export async function findUserForLogin(db: Db, email: string) {
  return db
    .selectFrom('users')
    .select(['id', 'name', 'password_hash', 'disabled_at'])
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
    'name' | 'name_key' | 'locale' | 'password_hash' | 'must_change_password'
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
