import { requireReadable } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { addMonthsToDate, nowIso, todayLocal } from '../../platform/clock.ts';
import { type Actor, type AppContext, type RequestContext, systemContext } from '../../platform/context.ts';
import { conflict, invalid, versionConflict } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { syncTaskBySource } from '../tasks/index.ts';
import type { AcceptanceInput, AcceptanceRevoke } from './risk-actions.schemas.ts';
import { isAboveTolerance } from './risk-matrix.rules.ts';
import { matrixOf } from './risk-matrix.service.ts';
import { acceptanceExpiredKey, RISK_ENTITY, raiseExpiredAcceptanceTask } from './risk-tasks.service.ts';
import { acceptanceRole, risksPolicy } from './risks.policy.ts';
import { presentAcceptance, presentRiskFor } from './risks.presenter.ts';
import * as repo from './risks.repository.ts';
import { loadRisk, presentOne } from './risks.service.ts';

/** An acceptance runs a year unless another expiry is chosen, and never more than three. */
export const ACCEPTANCE_MONTHS = 12;
export const MAX_ACCEPTANCE_MONTHS = 36;

/**
 * Signs the acceptance of a risk's current score (residual once assessed). Management signs
 * above the organisation's tolerance, the security officer or management at or below it, and
 * never the risk's own owner. It records who, when, why, in which role, the score and the
 * tolerance then, and the expiry. A new acceptance supersedes the previous one.
 */
export async function acceptRisk(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  riskId: string,
  input: AcceptanceInput,
) {
  const org = await requireReadable(ctx, actor, orgId, 'risks.read');
  const risk = await loadRisk(ctx.db, org.id, riskId);
  const matrix = await matrixOf(ctx.db, org.id);
  const above = isAboveTolerance(matrix, risk.score);
  risksPolicy.accept(actor, org, risk, above);
  if (risk.status !== 'open' && risk.status !== 'accepted') throw conflict('risk_not_acceptable');
  const today = todayLocal();
  const expiresOn = input.expiresOn ?? addMonthsToDate(today, ACCEPTANCE_MONTHS);
  if (expiresOn <= today || expiresOn > addMonthsToDate(today, MAX_ACCEPTANCE_MONTHS)) {
    throw invalid('invalid_request', [{ path: 'expiresOn', code: 'risk_acceptance_expiry' }], {
      months: MAX_ACCEPTANCE_MONTHS,
    });
  }
  return ctx.db.transaction().execute(async (trx) => {
    const now = nowIso();
    const previous = await repo.openAcceptanceOf(trx, risk.id);
    if (previous) {
      await repo.endAcceptance(trx, previous.id, {
        ended_at: now,
        ended_by: actor.id,
        end_reason: 'superseded',
        end_note: null,
      });
      await syncTaskBySource(trx, ctx, org.id, acceptanceExpiredKey(previous.id), { status: 'done' });
    }
    const id = newId();
    await repo.insertAcceptance(trx, {
      id,
      org_id: org.id,
      risk_id: risk.id,
      accepted_by: actor.id,
      accepted_by_name: actor.name,
      role: acceptanceRole(actor, org),
      reason: input.reason,
      score: risk.score,
      tolerance: matrix.tolerance,
      above_tolerance: above,
      accepted_at: now,
      expires_on: expiresOn,
      ended_at: null,
      ended_by: null,
      end_reason: null,
      end_note: null,
      expiry_task_at: null,
    });
    const changed = await repo.updateRisk(trx, risk.id, input.version, {
      status: 'accepted',
      updated_at: now,
    });
    if (!changed) throw versionConflict();
    const [acceptance] = await repo.acceptancesOf(trx, [risk.id]);
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'risk.accepted',
      entityType: RISK_ENTITY,
      entityId: risk.id,
      before: { status: risk.status, acceptanceId: previous?.id ?? null },
      after: acceptance && presentAcceptance(acceptance),
    });
    return presentRiskFor(actor, org, await presentOne(trx, await loadRisk(trx, org.id, risk.id)));
  });
}

/** Ends the acceptance in force before its expiry; the risk is open again. */
export async function revokeAcceptance(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  riskId: string,
  input: AcceptanceRevoke,
) {
  const org = await requireReadable(ctx, actor, orgId, 'risks.read');
  const risk = await loadRisk(ctx.db, org.id, riskId);
  risksPolicy.revokeAcceptance(actor, org);
  return ctx.db.transaction().execute(async (trx) => {
    const acceptance = await repo.openAcceptanceOf(trx, risk.id);
    if (!acceptance) throw conflict('risk_no_acceptance');
    const now = nowIso();
    await repo.endAcceptance(trx, acceptance.id, {
      ended_at: now,
      ended_by: actor.id,
      end_reason: 'revoked',
      end_note: input.note,
    });
    await syncTaskBySource(trx, ctx, org.id, acceptanceExpiredKey(acceptance.id), { status: 'cancelled' });
    const status = risk.status === 'accepted' ? 'open' : risk.status;
    const changed = await repo.updateRisk(trx, risk.id, input.version, { status, updated_at: now });
    if (!changed) throw versionConflict();
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'risk.acceptance_revoked',
      entityType: RISK_ENTITY,
      entityId: risk.id,
      before: presentAcceptance(acceptance),
      after: { status, note: input.note },
    });
    return presentRiskFor(actor, org, await presentOne(trx, await loadRisk(trx, org.id, risk.id)));
  });
}

export async function listAcceptances(ctx: RequestContext, actor: Actor, orgId: string, riskId: string) {
  const org = await requireReadable(ctx, actor, orgId, 'risks.read');
  const risk = await loadRisk(ctx.db, org.id, riskId);
  const now = new Date();
  return {
    items: (await repo.acceptancesOf(ctx.db, [risk.id])).map((a) => presentAcceptance(a, now)),
    nextCursor: null,
  };
}

/**
 * Handles acceptances whose expiry date has passed: the risk is open again and an overdue
 * task asks its owner (or the security officers) to renew or treat it. Each expiry is claimed
 * first, so the daily job, several instances and concurrent lists handle it once. Runs on the
 * operator's behalf (audited as system), for the given organisations or all of them.
 */
export async function handleExpiredAcceptances(
  app: AppContext,
  requestId: string,
  orgIds?: readonly string[],
) {
  const ctx = systemContext(app, requestId);
  const expired = await repo.unhandledExpiredAcceptances(ctx.db, todayLocal(), orgIds);
  let handled = 0;
  for (const acceptance of expired) {
    await ctx.db.transaction().execute(async (trx) => {
      const now = nowIso();
      if (!(await repo.claimExpiry(trx, acceptance.id, now))) return;
      // Only the acceptance a risk still stands on needs action; a closed risk's lapses quietly.
      if (acceptance.risk_status !== 'accepted') return;
      await raiseExpiredAcceptanceTask(trx, ctx, acceptance);
      const risk = await loadRisk(trx, acceptance.org_id, acceptance.risk_id);
      await repo.updateRisk(trx, risk.id, risk.version, { status: 'open', updated_at: now });
      await writeAudit(trx, ctx, {
        orgId: acceptance.org_id,
        action: 'risk.acceptance_expired',
        entityType: RISK_ENTITY,
        entityId: acceptance.risk_id,
        before: { status: 'accepted', acceptanceId: acceptance.id, expiresOn: acceptance.expires_on },
        after: { status: 'open' },
      });
      handled += 1;
    });
  }
  return handled;
}

/**
 * Lists see expired acceptances at once instead of waiting for the morning job. A failure
 * here must not cost the reader the list: it is logged and the job catches up.
 */
export async function syncExpiredAcceptances(ctx: RequestContext, orgIds: readonly string[]): Promise<void> {
  try {
    await handleExpiredAcceptances(ctx, ctx.requestId, orgIds);
  } catch (error) {
    ctx.logger.warn({ err: error }, 'expired risk acceptances not handled during list');
  }
}
