import type { Db } from '../../db/database.ts';
import { addDaysToDate, todayLocal } from '../../platform/clock.ts';
import type { RequestContext } from '../../platform/context.ts';
import { translate } from '../../platform/i18n.ts';
import { syncTaskBySource } from '../tasks/index.ts';
import type { RiskRow } from './risks.presenter.ts';
import type * as repo from './risks.repository.ts';

/**
 * The tasks risk management puts in "my tasks": the next review of each live risk (due on
 * its review date, so an overdue review is an overdue task), an acceptance that expired, and
 * management's approval of a frozen yearly assessment. Each has a source key, so it is made
 * once; titles are in Danish, the organisation's working language.
 */

export const RISK_ENTITY = 'risk_scenario';

const clip = (text: string) => (text.length > 300 ? `${text.slice(0, 299)}…` : text);

const isLive = (risk: Pick<RiskRow, 'status'>) => risk.status === 'open' || risk.status === 'accepted';

export const reviewTaskKey = (riskId: string, reviewDate: string) => `risk-review:${riskId}:${reviewDate}`;

type Assignee = { assigneeUserId: string | null; assigneeRole: 'security_officer' | 'management' | null };

const ownerOrOfficer = (ownerUserId: string | null): Assignee =>
  ownerUserId
    ? { assigneeUserId: ownerUserId, assigneeRole: null }
    : { assigneeUserId: null, assigneeRole: 'security_officer' };

/**
 * Keeps the review task in step with the risk: a live risk has one open task due on its review
 * date, assigned to its owner (the security officers when it has none). A changed date closes
 * the old task: done when the risk was reviewed, cancelled otherwise.
 */
export async function syncReviewTask(
  trx: Db,
  ctx: RequestContext,
  before: RiskRow | null,
  after: RiskRow,
  closeAs: 'done' | 'cancelled' = 'cancelled',
): Promise<void> {
  const oldKey = before && isLive(before) ? reviewTaskKey(before.id, before.review_date) : null;
  const newKey = isLive(after) ? reviewTaskKey(after.id, after.review_date) : null;
  if (oldKey && oldKey !== newKey)
    await syncTaskBySource(trx, ctx, after.org_id, oldKey, { status: closeAs });
  if (!newKey) return;
  await syncTaskBySource(trx, ctx, after.org_id, newKey, {
    title: clip(translate('da', 'task.risk_review', { title: after.title })),
    description: translate('da', 'task.risk_review_description', {}),
    dueDate: after.review_date,
    priority: 'normal',
    entityType: RISK_ENTITY,
    entityId: after.id,
    source: 'risk_review',
    ...ownerOrOfficer(after.owner_user_id),
  });
}

export const acceptanceExpiredKey = (acceptanceId: string) => `risk-acceptance-expired:${acceptanceId}`;

/** An expired acceptance: a task due on the expiry date, so it is overdue from the day after. */
export async function raiseExpiredAcceptanceTask(
  trx: Db,
  ctx: RequestContext,
  acceptance: repo.ExpiredAcceptance,
): Promise<void> {
  await syncTaskBySource(trx, ctx, acceptance.org_id, acceptanceExpiredKey(acceptance.id), {
    mode: 'create_only',
    title: clip(translate('da', 'task.risk_acceptance_expired', { title: acceptance.risk_title })),
    description: translate('da', 'task.risk_acceptance_expired_description', {
      expiresOn: acceptance.expires_on,
    }),
    dueDate: acceptance.expires_on,
    priority: 'high',
    entityType: RISK_ENTITY,
    entityId: acceptance.risk_id,
    source: 'risk_acceptance_expired',
    ...ownerOrOfficer(acceptance.risk_owner),
  });
}

export const assessmentApprovalKey = (assessmentId: string) => `risk-assessment-approval:${assessmentId}`;

/** Days management has to approve a frozen assessment before the task is overdue. */
export const APPROVAL_DAYS = 30;

export async function raiseAssessmentApprovalTask(
  trx: Db,
  ctx: RequestContext,
  orgId: string,
  assessment: { id: string; title: string },
): Promise<void> {
  await syncTaskBySource(trx, ctx, orgId, assessmentApprovalKey(assessment.id), {
    mode: 'create_only',
    title: clip(translate('da', 'task.risk_assessment_approval', { title: assessment.title })),
    description: translate('da', 'task.risk_assessment_approval_description', {}),
    assigneeRole: 'management',
    dueDate: addDaysToDate(todayLocal(), APPROVAL_DAYS),
    priority: 'high',
    entityType: 'risk_assessment',
    entityId: assessment.id,
    source: 'risk_assessment',
  });
}
