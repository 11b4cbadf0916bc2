import { writeAudit } from '../../platform/audit.ts';
import { loadActor } from '../../platform/authenticate.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { danishKey } from '../../platform/danish-text.ts';
import { DomainError, type ErrorCode, unauthenticated } from '../../platform/errors.ts';
import {
  assertNotThrottled,
  clearAccount,
  recordFailure,
  type ThrottleKeys,
  throttleKeys,
} from '../../platform/login-throttle.ts';
import { dummyPasswordHash, hashPassword, oneTimePassword, verifyPassword } from '../../platform/password.ts';
import { assertPasswordAcceptable } from '../../platform/password-policy.ts';
import { createSession } from '../../platform/sessions.ts';
import { presentMe } from './auth.presenter.ts';
import * as repo from './auth.repository.ts';
import type { ChangePasswordInput, LoginInput, UpdateMeInput } from './auth.schemas.ts';
import { checkSecondFactor } from './second-factor.service.ts';

/**
 * Password login with the second factor when the user has one. Unknown e-mail, wrong password
 * and disabled account answer the same `invalid_credentials` after the same argon2 work, and
 * count towards the same throttle, so neither the answer nor the 429 reveals accounts.
 */
export async function login(ctx: RequestContext, input: LoginInput, clientAddress: string) {
  const email = input.email.trim().toLowerCase();
  const keys = throttleKeys(email, clientAddress);
  await assertNotThrottled(ctx.db, keys);
  const user = await repo.findUserForLogin(ctx.db, email);
  const hash = user?.password_hash ?? (await dummyPasswordHash(ctx.config.argon2));
  const valid = await verifyPassword(input.password, hash);
  if (!user || !valid || user.disabled_at) await failLogin(ctx, keys, 'invalid_credentials');
  const account = user as NonNullable<typeof user>;
  if (account.totp_enabled_at) {
    if (!input.totp && !input.recoveryCode) throw unauthenticated('totp_required');
    const problem = await checkSecondFactor(ctx, account, input);
    if (problem) await failLogin(ctx, keys, problem);
  }
  await clearAccount(ctx.db, keys);
  const { token, session } = await ctx.db.transaction().execute(async (trx) => {
    const created = await createSession(trx, account.id, ctx.config);
    ctx.actor = await loadActor(trx, account.id, { sessionId: created.session.id });
    await writeAudit(trx, ctx, {
      orgId: null,
      action: 'auth.login',
      entityType: 'session',
      entityId: created.session.id,
      after: {
        secondFactor: account.totp_enabled_at ? (input.recoveryCode ? 'recovery_code' : 'totp') : 'none',
      },
    });
    return created;
  });
  const actor = ctx.actor as Actor;
  return { token, me: presentMe(actor, session.csrf_token), expiresAt: session.absolute_expires_at };
}

/** Counts the failure, audits a lock-out when one starts, and answers 401 with the reason. */
async function failLogin(ctx: RequestContext, keys: ThrottleKeys, code: ErrorCode): Promise<never> {
  const locked = await recordFailure(ctx.db, keys, ctx.config.loginThrottle);
  if (locked.length) {
    await ctx.db.transaction().execute(async (trx) => {
      for (const key of locked) {
        await writeAudit(trx, ctx, {
          orgId: null,
          action: 'auth.locked',
          entityType: 'login_throttle',
          entityId: key,
        });
      }
    });
  }
  throw unauthenticated(code);
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

export async function updateProfile(ctx: RequestContext, actor: Actor, input: UpdateMeInput) {
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
  const updated = await loadActor(ctx.db, actor.id, actor.sessionId ? { sessionId: actor.sessionId } : null);
  return me(ctx, updated as Actor);
}

/** Changing the password ends the user's other sessions; the current one stays signed in. */
export async function changePassword(ctx: RequestContext, actor: Actor, input: ChangePasswordInput) {
  const hash = await repo.findPasswordHash(ctx.db, actor.id);
  if (!hash || !(await verifyPassword(input.currentPassword, hash))) {
    throw new DomainError(400, 'current_password_wrong', {
      fields: [{ path: 'currentPassword', code: 'current_password_wrong' }],
    });
  }
  assertPasswordAcceptable(input.newPassword, 'newPassword', [actor.email, actor.name]);
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
