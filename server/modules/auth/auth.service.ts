import { writeAudit } from '../../platform/audit.ts';
import { loadActor } from '../../platform/authenticate.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { danishKey } from '../../platform/danish-text.ts';
import { DomainError, invalid, unauthenticated } from '../../platform/errors.ts';
import {
  dummyPasswordHash,
  hashPassword,
  oneTimePassword,
  passwordMinLength,
  verifyPassword,
} from '../../platform/password.ts';
import { createSession } from '../../platform/sessions.ts';
import { presentMe } from './auth.presenter.ts';
import * as repo from './auth.repository.ts';

/**
 * Password login. Unknown e-mail, wrong password and disabled account answer the same
 * `invalid_credentials` after the same argon2 work, so the answer does not reveal accounts.
 */
export async function login(ctx: RequestContext, input: { email: string; password: string }) {
  const user = await repo.findUserForLogin(ctx.db, input.email.trim().toLowerCase());
  const hash = user?.password_hash ?? (await dummyPasswordHash(ctx.config.argon2));
  const valid = await verifyPassword(input.password, hash);
  if (!user || !valid || user.disabled_at) throw unauthenticated('invalid_credentials');
  const { token, session } = await ctx.db.transaction().execute(async (trx) => {
    const created = await createSession(trx, user.id, ctx.config);
    ctx.actor = await loadActor(trx, user.id, created.session.id);
    await writeAudit(trx, ctx, {
      orgId: null,
      action: 'auth.login',
      entityType: 'session',
      entityId: created.session.id,
    });
    return created;
  });
  const actor = ctx.actor as Actor;
  return { token, me: presentMe(actor, session.csrf_token), expiresAt: session.absolute_expires_at };
}

export async function me(ctx: RequestContext, actor: Actor) {
  const csrf = actor.sessionId ? await repo.findCsrfToken(ctx.db, actor.sessionId) : undefined;
  return presentMe(actor, csrf ?? '');
}

export async function logout(ctx: RequestContext, actor: Actor, everywhere: boolean) {
  await ctx.db.transaction().execute(async (trx) => {
    const ended = everywhere
      ? await repo.deleteSessionsOfUser(trx, actor.id)
      : await trx
          .deleteFrom('sessions')
          .where('id', '=', actor.sessionId ?? '')
          .executeTakeFirst();
    await writeAudit(trx, ctx, {
      orgId: null,
      action: everywhere ? 'auth.logout_everywhere' : 'auth.logout',
      entityType: everywhere ? 'user' : 'session',
      entityId: everywhere ? actor.id : (actor.sessionId ?? actor.id),
      after: everywhere ? { sessionsEnded: ended } : undefined,
    });
  });
}

export async function updateProfile(
  ctx: RequestContext,
  actor: Actor,
  input: { name?: string; locale?: 'da' | 'en' },
) {
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateUser(trx, actor.id, {
      ...(input.name !== undefined ? { name: input.name, name_key: danishKey(input.name) } : {}),
      ...(input.locale !== undefined ? { locale: input.locale } : {}),
    });
    await writeAudit(trx, ctx, {
      orgId: null,
      action: 'user.profile_updated',
      entityType: 'user',
      entityId: actor.id,
      before: { name: actor.name, locale: actor.locale },
      after: { name: input.name ?? actor.name, locale: input.locale ?? actor.locale },
    });
  });
  const updated = await loadActor(ctx.db, actor.id, actor.sessionId);
  return me(ctx, updated as Actor);
}

/** Changing the password ends the user's other sessions; the current one stays signed in. */
export async function changePassword(
  ctx: RequestContext,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
) {
  const hash = await repo.findPasswordHash(ctx.db, actor.id);
  if (!hash || !(await verifyPassword(input.currentPassword, hash))) {
    throw new DomainError(400, 'current_password_wrong', {
      fields: [{ path: 'currentPassword', code: 'current_password_wrong' }],
    });
  }
  if (input.newPassword.length < passwordMinLength) {
    throw invalid('password_too_short', [{ path: 'newPassword', code: 'password_too_short' }], {
      min: passwordMinLength,
    });
  }
  const newHash = await hashPassword(input.newPassword, ctx.config.argon2);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateUser(trx, actor.id, { password_hash: newHash, must_change_password: false });
    const ended = await repo.deleteSessionsOfUser(trx, actor.id, actor.sessionId);
    await writeAudit(trx, ctx, {
      orgId: null,
      action: 'user.password_changed',
      entityType: 'user',
      entityId: actor.id,
      after: { otherSessionsEnded: ended },
    });
  });
}

/** Operator reset (CLI): a new one-time password, every session ended; null for an unknown e-mail. */
export async function resetPassword(ctx: RequestContext, email: string): Promise<string | null> {
  const user = await repo.findUserForLogin(ctx.db, email.trim().toLowerCase());
  if (!user) return null;
  const otp = oneTimePassword();
  const hash = await hashPassword(otp, ctx.config.argon2);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateUser(trx, user.id, { password_hash: hash, must_change_password: true });
    const ended = await repo.deleteSessionsOfUser(trx, user.id);
    await writeAudit(trx, ctx, {
      orgId: null,
      action: 'user.password_reset',
      entityType: 'user',
      entityId: user.id,
      after: { sessionsEnded: ended },
    });
  });
  return otp;
}
