import type { Db } from '../../db/database.ts';
import { addDaysToDate, todayLocal } from '../../platform/clock.ts';
import type { RequestContext } from '../../platform/context.ts';
import { closeGeneratedTasks, ensureTask, syncGeneratedTask } from '../tasks/tasks.service.ts';
import { scheduleOf } from './annual-cycle.presenter.ts';
import type { ActivityRow } from './annual-cycle.repository.ts';
import { type Occurrence, occurrencesBetween } from './occurrences.ts';

/**
 * Occurrences of the årshjul become tasks in the platform's task model this many days before
 * they are due, once each (source key annual:<activityId>:<YYYY-MM>); the task reminder job
 * then reminds and chases them like any other task.
 */
export const ANNUAL_HORIZON_DAYS = 60;
export const ANNUAL_TASK_SOURCE = 'annual_cycle';

export const annualTaskKey = (activityId: string, occurrenceKey: string) =>
  `annual:${activityId}:${occurrenceKey}`;

const monthName = new Intl.DateTimeFormat('da-DK', { month: 'long', year: 'numeric', timeZone: 'UTC' });

function taskOf(activity: ActivityRow, occurrence: Occurrence) {
  const label = monthName.format(new Date(Date.UTC(occurrence.year, occurrence.month - 1, 1)));
  return {
    title: `${activity.title} – ${label}`.slice(0, 300),
    description: activity.description,
    assigneeRole: activity.responsible_role as never,
    dueDate: occurrence.dueDate,
    priority: 'normal' as const,
    entityType: 'annual_activity',
    entityId: activity.id,
    source: ANNUAL_TASK_SOURCE,
    sourceKey: annualTaskKey(activity.id, occurrence.key),
    createdBy: null,
  };
}

/**
 * Brings the activity's tasks in line with it: a task for each occurrence due from today to
 * the horizon, and the open future tasks of occurrences that no longer exist cancelled. Tasks
 * of past occurrences stay as they are. With `update` (the activity was edited) existing open
 * tasks take the new title, role and date; the daily job only creates, so it never undoes a
 * change made to a task by hand.
 */
export async function syncActivityTasks(
  trx: Db,
  ctx: RequestContext,
  activity: ActivityRow,
  options: { now?: Date; update?: boolean } = {},
) {
  const now = options.now ?? new Date();
  const today = todayLocal(now);
  const wanted = activity.active
    ? occurrencesBetween(scheduleOf(activity), today, addDaysToDate(today, ANNUAL_HORIZON_DAYS))
    : [];
  const keys: string[] = [];
  for (const occurrence of wanted) {
    const task = taskOf(activity, occurrence);
    keys.push(task.sourceKey);
    if (options.update === false) await ensureTask(trx, ctx, activity.org_id, task);
    else await syncGeneratedTask(trx, ctx, activity.org_id, task);
  }
  await closeGeneratedTasks(
    trx,
    ctx,
    activity.org_id,
    {
      source: ANNUAL_TASK_SOURCE,
      entityType: 'annual_activity',
      entityId: activity.id,
      keepSourceKeys: keys,
      dueFrom: today,
    },
    'cancelled',
  );
}
