import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import { addMinutes, nowIso } from './clock.ts';
import { tooManyAttempts } from './errors.ts';

/**
 * Throttles failed sign-ins per account and per client address. Unknown e-mails are counted
 * exactly like real ones, so the 429 reveals nothing about which accounts exist.
 */
export type ThrottleKeys = { account: string; address: string };

export const throttleKeys = (email: string, address: string): ThrottleKeys => ({
  account: `account:${email.trim().toLowerCase()}`,
  address: `address:${address}`,
});

type Limits = Config['loginThrottle'];

const limitOf = (key: string, limits: Limits) =>
  key.startsWith('address:') ? limits.maxFailuresPerAddress : limits.maxFailures;

/** Throws 429 too_many_attempts with Retry-After while either key is locked. */
export async function assertNotThrottled(db: Db, keys: ThrottleKeys): Promise<void> {
  const now = nowIso();
  const rows = await db
    .selectFrom('login_throttles')
    .select(['locked_until'])
    .where('key', 'in', [keys.account, keys.address])
    .where('locked_until', '>', now)
    .execute();
  const until = rows
    .map((row) => row.locked_until as string)
    .sort()
    .at(-1);
  if (until) throw tooManyAttempts(Math.max(1, Math.ceil((Date.parse(until) - Date.parse(now)) / 1000)));
}

/**
 * Counts a failure for both keys; the one that reaches its limit within the window is locked.
 * Returns the keys that became locked now, for the audit log.
 */
export async function recordFailure(db: Db, keys: ThrottleKeys, limits: Limits): Promise<string[]> {
  const now = nowIso();
  const locked: string[] = [];
  for (const key of [keys.account, keys.address]) {
    const row = await db.selectFrom('login_throttles').selectAll().where('key', '=', key).executeTakeFirst();
    const windowOpen = row && addMinutes(row.window_started_at, limits.lockMinutes) > now;
    const failures = windowOpen ? row.failures + 1 : 1;
    const lockedUntil = failures >= limitOf(key, limits) ? addMinutes(now, limits.lockMinutes) : null;
    const values = {
      failures: lockedUntil ? 0 : failures,
      window_started_at: windowOpen ? row.window_started_at : now,
      locked_until: lockedUntil,
    };
    await db
      .insertInto('login_throttles')
      .values({ key, ...values })
      .onConflict((oc) => oc.column('key').doUpdateSet(values))
      .execute();
    if (lockedUntil) locked.push(key);
  }
  return locked;
}

/** A successful sign-in clears the account's failures; the address keeps its count. */
export async function clearAccount(db: Db, keys: ThrottleKeys): Promise<void> {
  await db.deleteFrom('login_throttles').where('key', '=', keys.account).execute();
}

export async function listLocks(db: Db) {
  return db
    .selectFrom('login_throttles')
    .selectAll()
    .where('locked_until', '>', nowIso())
    .orderBy('locked_until', 'desc')
    .limit(500)
    .execute();
}

export async function clearLock(db: Db, key: string): Promise<boolean> {
  const result = await db.deleteFrom('login_throttles').where('key', '=', key).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
