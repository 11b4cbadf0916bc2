import type { Db } from '../../db/database.ts';
import { addDaysToDate, todayLocal } from '../../platform/clock.ts';
import type { RequestContext } from '../../platform/context.ts';
import { translate } from '../../platform/i18n.ts';
import { closeGeneratedTask, ensureTask, updateGeneratedTask } from '../tasks/tasks.service.ts';
import type { RiskRow } from './risks.presenter.ts';
import * as repo from './risks.repository.ts';

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
 * Makes sure the task exists, is open and has the wanted assignee and title: a source key
 * used before (a review date set back to an earlier value) reopens the old task.
 */
async function ensureOpenTask(
  trx: Db,
  ctx: RequestContext,
  orgId: string,
  input: Parameters<typeof ensureTask>[3] & Assignee,
): Promise<string> {
  const id = await ensureTask(trx, ctx, orgId, input);
  const task = await repo.taskBySourceKey(trx, input.sourceKey as string);
  if (!task) return id;
  const closed = task.status === 'done' || task.status === 'cancelled';
  const reassigned =
    task.assignee_user_id !== input.assigneeUserId ||
    (input.assigneeUserId === null && task.assignee_role !== input.assigneeRole);
  if (closed || reassigned || task.title !== input.title || task.due_date !== input.dueDate) {
    await updateGeneratedTask(trx, ctx, orgId, task.id, {
      ...(closed ? { status: 'open' } : {}),
      title: input.title,
      dueDate: input.dueDate,
      assigneeUserId: input.assigneeUserId,
      assigneeRole: input.assigneeRole,
    });
  }
  return id;
}

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
  if (oldKey && oldKey !== newKey) await closeGeneratedTask(trx, ctx, oldKey, closeAs);
  if (!newKey) return;
  await ensureOpenTask(trx, ctx, after.org_id, {
    title: clip(translate('da', 'task.risk_review', { title: after.title })),
    description: translate('da', 'task.risk_review_description', {}),
    dueDate: after.review_date,
    priority: 'normal',
    entityType: RISK_ENTITY,
    entityId: after.id,
    source: 'risk_review',
    sourceKey: newKey,
    createdBy: null,
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
  await ensureTask(trx, ctx, acceptance.org_id, {
    title: clip(translate('da', 'task.risk_acceptance_expired', { title: acceptance.risk_title })),
    description: translate('da', 'task.risk_acceptance_expired_description', {
      expiresOn: acceptance.expires_on,
    }),
    dueDate: acceptance.expires_on,
    priority: 'high',
    entityType: RISK_ENTITY,
    entityId: acceptance.risk_id,
    source: 'risk_acceptance_expired',
    sourceKey: acceptanceExpiredKey(acceptance.id),
    createdBy: null,
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
  await ensureTask(trx, ctx, orgId, {
    title: clip(translate('da', 'task.risk_assessment_approval', { title: assessment.title })),
    description: translate('da', 'task.risk_assessment_approval_description', {}),
    assigneeRole: 'management',
    dueDate: addDaysToDate(todayLocal(), APPROVAL_DAYS),
    priority: 'high',
    entityType: 'risk_assessment',
    entityId: assessment.id,
    source: 'risk_assessment',
    sourceKey: assessmentApprovalKey(assessment.id),
    createdBy: null,
  });
}
