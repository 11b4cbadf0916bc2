import { newApiToken } from '../../platform/api-tokens.ts';
import { writeAudit } from '../../platform/audit.ts';
import { endOfLocalDay, nowIso } from '../../platform/clock.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { presentToken } from './tokens.presenter.ts';
import * as repo from './tokens.repository.ts';
import type { CreateTokenInput } from './tokens.schemas.ts';

export async function listTokens(ctx: RequestContext, actor: Actor) {
  return { items: (await repo.listTokens(ctx.db, actor.id)).map(presentToken) };
}

/**
 * A personal token acts with exactly the rights of its user (the same policy checks run), so
 * it can never read more than the user may. The token text is returned here once.
 */
export async function createToken(ctx: RequestContext, actor: Actor, input: CreateTokenInput) {
  const expiresAt = input.expiresOn ? endOfLocalDay(input.expiresOn) : null;
  if (expiresAt && expiresAt <= nowIso()) {
    throw invalid('invalid_request', [{ path: 'expiresOn', code: 'date_in_past' }]);
  }
  const { token, hash, prefix } = newApiToken();
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertToken(trx, {
      id,
      user_id: actor.id,
      name: input.name,
      token_hash: hash,
      prefix,
      created_at: nowIso(),
      expires_at: expiresAt,
      last_used_at: null,
      revoked_at: null,
    });
    await writeAudit(trx, ctx, {
      orgId: null,
      action: 'api_token.created',
      entityType: 'api_token',
      entityId: id,
      after: { name: input.name, prefix, expiresAt },
    });
  });
  const row = await repo.findToken(ctx.db, actor.id, id);
  if (!row) throw notFound();
  return { token, apiToken: presentToken(row) };
}

export async function revokeToken(ctx: RequestContext, actor: Actor, id: string) {
  const row = await repo.findToken(ctx.db, actor.id, id);
  if (!row) throw notFound();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.revokeToken(trx, id, nowIso());
    await writeAudit(trx, ctx, {
      orgId: null,
      action: 'api_token.revoked',
      entityType: 'api_token',
      entityId: id,
      before: { name: row.name, prefix: row.prefix, revokedAt: row.revoked_at },
    });
  });
}
