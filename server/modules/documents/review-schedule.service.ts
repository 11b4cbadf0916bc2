import type { Db } from '../../db/database.ts';
import { addDaysToDate, addMonthsToDate, todayLocal } from '../../platform/clock.ts';
import type { RequestContext } from '../../platform/context.ts';
import { listTasks, syncTaskBySource, type TaskSpec } from '../tasks/index.ts';
import { REVIEW_LEAD_DAYS } from './documents.presenter.ts';

/**
 * The review cycle (DESIGN.md section 6): the next review is the last approval or recorded
 * review plus the document's interval, with end-of-month clamping (29 February + 12 months =
 * 28 February). The review becomes a task REVIEW_LEAD_DAYS before it is due, once per
 * document and due date; recording the review or publishing a new version closes it.
 */

export const REVIEW_TASK_SOURCE = 'document_review';
export const reviewTaskKey = (documentId: string, dueDate: string) =>
  `document-review:${documentId}:${dueDate}`;

export const nextReviewDate = (basis: string, intervalMonths: number): string =>
  addMonthsToDate(basis, intervalMonths);

export type ReviewedDocument = {
  id: string;
  org_id: string;
  title: string;
  owner_user_id: string | null;
  next_review_on: string | null;
  archived_at: string | null;
  current_version_id: string | null;
};

/**
 * Brings the document's review task in line with its review date: creates it once the date
 * is within the lead time (or passed), cancels a task for a date that no longer applies.
 * With `update` (the document was changed) an open task takes the new title and owner; the
 * daily job only creates, so it never undoes a change made to the task by hand.
 */
export async function syncReviewTask(
  trx: Db,
  ctx: RequestContext,
  document: ReviewedDocument,
  options: { now?: Date; update?: boolean } = {},
): Promise<void> {
  const now = options.now ?? new Date();
  const due = document.archived_at || !document.current_version_id ? null : document.next_review_on;
  const key = due ? reviewTaskKey(document.id, due) : null;
  // A task for a review date that no longer applies (the interval changed, the document was archived).
  for (const stale of await openReviewTasks(trx, document)) {
    if (stale.source_key && stale.source_key !== key) {
      await syncTaskBySource(trx, ctx, document.org_id, stale.source_key, { status: 'cancelled' });
    }
  }
  if (!due || !key || addDaysToDate(todayLocal(now), REVIEW_LEAD_DAYS) < due) return;
  const task: TaskSpec = {
    title: `Revision af "${document.title}"`.slice(0, 300),
    description:
      'Gennemgå dokumentet, og registrér gennemgangen i Skjold – også når den ender uden ændringer. ' +
      'Kræver dokumentet ændringer, oprettes et nyt udkast, som skal godkendes.',
    assigneeUserId: document.owner_user_id,
    assigneeRole: document.owner_user_id ? null : 'security_officer',
    dueDate: due,
    priority: 'normal',
    entityType: 'document',
    entityId: document.id,
    source: REVIEW_TASK_SOURCE,
    mode: options.update === false ? 'create_only' : 'align',
  };
  await syncTaskBySource(trx, ctx, document.org_id, key, task);
}

const openReviewTasks = (trx: Db, document: ReviewedDocument) =>
  listTasks(
    trx,
    { orgId: document.org_id },
    {
      source: REVIEW_TASK_SOURCE,
      entityType: 'document',
      entityId: document.id,
      status: ['open', 'in_progress'],
      direction: 'asc',
      limit: 100,
    },
  );

/** The review was done (recorded, or a new version published): its open task is done. */
export async function completeReviewTasks(trx: Db, ctx: RequestContext, document: ReviewedDocument) {
  for (const task of await openReviewTasks(trx, document)) {
    if (task.source_key)
      await syncTaskBySource(trx, ctx, document.org_id, task.source_key, { status: 'done' });
  }
}
