import { writeAudit } from '../../platform/audit.ts';
import { nowIso } from '../../platform/clock.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { conflict, DomainError, forbidden, invalid } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { verifyPassword } from '../../platform/password.ts';
import { open, seal } from '../../platform/secret-box.ts';
import {
  hashRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  totpEnrolment,
  totpStep,
} from '../../platform/totp.ts';
import { requireChangeableMember } from '../members/index.ts';
import * as authRepo from './auth.repository.ts';
import type { DisableTotpInput } from './auth.schemas.ts';
import { checkSecondFactor } from './second-factor.service.ts';

/** Step 1: a new secret, kept pending until the user proves their app shows the right code. */
export async function startTotpSetup(ctx: RequestContext, actor: Actor) {
  const state = await authRepo.findTotpState(ctx.db, actor.id);
  if (state.totp_enabled_at) throw conflict('totp_already_enabled');
  const secret = newTotpSecret();
  await ctx.db.transaction().execute(async (trx) => {
    await authRepo.updateUser(trx, actor.id, { totp_pending_secret: seal(ctx.config, secret) });
    await writeAudit(trx, ctx, {
      orgId: null,
      action: 'mfa.totp_setup_started',
      entityType: 'user',
      entityId: actor.id,
    });
  });
  const { uri, qrSvg } = await totpEnrolment(secret, actor.email);
  return { secret, otpauthUri: uri, qrSvg };
}

/** Step 2: the first code turns two-factor on and hands out the recovery codes, once. */
export async function confirmTotpSetup(ctx: RequestContext, actor: Actor, code: string) {
  const state = await authRepo.findTotpState(ctx.db, actor.id);
  if (state.totp_enabled_at) throw conflict('totp_already_enabled');
  if (!state.totp_pending_secret) throw conflict('totp_not_pending');
  const step = totpStep(open(ctx.config, state.totp_pending_secret), code.replace(/\s+/g, ''));
  if (step === null) throw invalid('totp_invalid', [{ path: 'code', code: 'totp_invalid' }]);
  const codes = newRecoveryCodes();
  await ctx.db.transaction().execute(async (trx) => {
    const now = nowIso();
    await authRepo.updateUser(trx, actor.id, {
      totp_secret: state.totp_pending_secret,
      totp_pending_secret: null,
      totp_enabled_at: now,
      totp_last_step: step,
    });
    await authRepo.replaceRecoveryCodes(
      trx,
      actor.id,
      codes.map((c) => ({ id: newId(), code_hash: hashRecoveryCode(c), created_at: now })),
    );
    await writeAudit(trx, ctx, {
      orgId: null,
      action: 'mfa.totp_enabled',
      entityType: 'user',
      entityId: actor.id,
    });
  });
  return { recoveryCodes: codes };
}

/** Turning two-factor off needs the password and a current code, and is refused where an organisation requires it. */
export async function disableTotp(ctx: RequestContext, actor: Actor, input: DisableTotpInput) {
  if (actor.mfaRequired) throw forbidden('mfa_required_by_org');
  const user = await authRepo.findUserForLogin(ctx.db, actor.email);
  if (!user?.totp_enabled_at) throw conflict('totp_not_enabled');
  if (!(await verifyPassword(input.password, user.password_hash))) {
    throw new DomainError(400, 'current_password_wrong', {
      fields: [{ path: 'password', code: 'current_password_wrong' }],
    });
  }
  const problem = await checkSecondFactor(ctx, user, input);
  if (problem)
    throw invalid(problem, [{ path: input.recoveryCode ? 'recoveryCode' : 'totp', code: problem }]);
  await clearTotp(ctx, actor.id, null, 'mfa.totp_disabled');
}

/** An admin resets a member's second factor (lost phone); the member enrols again at next sign-in. */
export async function resetMemberTotp(ctx: RequestContext, actor: Actor, orgId: string, memberId: string) {
  const { org, member } = await requireChangeableMember(ctx, actor, orgId, memberId);
  await clearTotp(ctx, member.user_id, org.id, 'mfa.totp_reset_by_admin');
}

async function clearTotp(ctx: RequestContext, userId: string, orgId: string | null, action: string) {
  await ctx.db.transaction().execute(async (trx) => {
    await authRepo.updateUser(trx, userId, {
      totp_secret: null,
      totp_pending_secret: null,
      totp_enabled_at: null,
      totp_last_step: null,
    });
    await authRepo.replaceRecoveryCodes(trx, userId, []);
    await writeAudit(trx, ctx, { orgId, action, entityType: 'user', entityId: userId });
  });
}

export async function mfaStatus(ctx: RequestContext, actor: Actor) {
  return {
    totpEnabled: actor.totpEnabled,
    required: actor.mfaRequired,
    recoveryCodesLeft: actor.totpEnabled ? await authRepo.countUnusedRecoveryCodes(ctx.db, actor.id) : 0,
  };
}
