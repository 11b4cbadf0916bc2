import type { Db } from '../db/database.ts';
import { nowIso } from './clock.ts';
import { newSecret } from './ids.ts';
import { hashToken } from './sessions.ts';

/** Personal API tokens: `skj_` + 43 random characters; only the sha256 is stored. */
export const TOKEN_PREFIX = 'skj_';

export function newApiToken(): { token: string; hash: string; prefix: string } {
  const token = `${TOKEN_PREFIX}${newSecret()}`;
  return { token, hash: hashToken(token), prefix: token.slice(0, TOKEN_PREFIX.length + 6) };
}

export type TokenLookup =
  | { status: 'valid'; userId: string; tokenId: string }
  | { status: 'invalid' | 'revoked' | 'expired' };

export async function resolveApiToken(db: Db, token: string): Promise<TokenLookup> {
  if (!token.startsWith(TOKEN_PREFIX)) return { status: 'invalid' };
  const row = await db
    .selectFrom('api_tokens')
    .select(['id', 'user_id', 'expires_at', 'revoked_at', 'last_used_at'])
    .where('token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row) return { status: 'invalid' };
  if (row.revoked_at) return { status: 'revoked' };
  const now = nowIso();
  if (row.expires_at && row.expires_at <= now) return { status: 'expired' };
  // Last use is shown to the owner; a minute's precision keeps writes off the hot path.
  if (!row.last_used_at || Date.parse(now) - Date.parse(row.last_used_at) > 60_000) {
    await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', row.id).execute();
  }
  return { status: 'valid', userId: row.user_id, tokenId: row.id };
}
