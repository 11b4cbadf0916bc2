import { createHash } from 'node:crypto';
import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import type { SessionRow } from '../db/schema.ts';
import { addMinutes, nowIso } from './clock.ts';
import { newId, newSecret } from './ids.ts';

export const SESSION_COOKIE = 'skjold_session';

/** Only the hash of a session token is stored: a copy of the table lets nobody sign in. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export type NewSession = { token: string; session: SessionRow };

export async function createSession(db: Db, userId: string, config: Config): Promise<NewSession> {
  const token = newSecret();
  const now = nowIso();
  const session: SessionRow = {
    id: newId(),
    token_hash: hashToken(token),
    user_id: userId,
    csrf_token: newSecret(24),
    created_at: now,
    last_seen_at: now,
    absolute_expires_at: addMinutes(now, config.session.absoluteHours * 60),
  };
  await db.insertInto('sessions').values(session).execute();
  return { token, session };
}

export type SessionLookup = { status: 'valid'; session: SessionRow } | { status: 'expired' | 'unknown' };

/** Finds the session of a token; an expired one is deleted and reported as expired. */
export async function findSession(db: Db, token: string, config: Config): Promise<SessionLookup> {
  const session = await db
    .selectFrom('sessions')
    .selectAll()
    .where('token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!session) return { status: 'unknown' };
  const now = nowIso();
  const idleExpiry = addMinutes(session.last_seen_at, config.session.idleMinutes);
  if (now >= session.absolute_expires_at || now >= idleExpiry) {
    await db.deleteFrom('sessions').where('id', '=', session.id).execute();
    return { status: 'expired' };
  }
  // Refresh the idle clock at most once a minute, not on every request.
  if (Date.parse(now) - Date.parse(session.last_seen_at) > 60_000) {
    await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', session.id).execute();
  }
  return { status: 'valid', session };
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}
