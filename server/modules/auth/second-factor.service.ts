import { nowIso } from '../../platform/clock.ts';
import type { RequestContext } from '../../platform/context.ts';
import { open } from '../../platform/secret-box.ts';
import { hashRecoveryCode, totpStep } from '../../platform/totp.ts';
import * as repo from './auth.repository.ts';

type SecondFactorUser = { id: string; totp_secret: string | null };

/**
 * Checks a TOTP code or a recovery code for a user with two-factor on. Returns the error code,
 * or null when accepted. A TOTP code is accepted once (its time step must be newer than the
 * last accepted one); a recovery code is marked used.
 */
export async function checkSecondFactor(
  ctx: RequestContext,
  user: SecondFactorUser,
  input: { totp?: string; recoveryCode?: string },
): Promise<'totp_invalid' | 'totp_reused' | 'recovery_code_invalid' | null> {
  if (input.recoveryCode) {
    const used = await repo.consumeRecoveryCode(
      ctx.db,
      user.id,
      hashRecoveryCode(input.recoveryCode),
      nowIso(),
    );
    return used ? null : 'recovery_code_invalid';
  }
  if (!user.totp_secret || !input.totp) return 'totp_invalid';
  const step = totpStep(open(ctx.config, user.totp_secret), input.totp.replace(/\s+/g, ''));
  if (step === null) return 'totp_invalid';
  return (await repo.advanceTotpStep(ctx.db, user.id, step)) ? null : 'totp_reused';
}
