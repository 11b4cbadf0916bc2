import type { Db } from '../../db/database.ts';
import { addDaysToDate, todayLocal } from '../../platform/clock.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Role } from '../../platform/roles.ts';
import { openGeneratedTaskKeys, syncTaskBySource, type TaskSpec } from '../tasks/index.ts';
import { scheduleOf } from './annual-cycle.presenter.ts';
import type { ActivityRow } from './annual-cycle.repository.ts';
import { type Occurrence, occurrencesBetween } from './occurrences.rules.ts';

/**
 * Occurrences of the årshjul become tasks in the platform's task model this many days before
 * they are due, once each (source key annual:<activityId>:<YYYY-MM>); the task reminder job
 * then reminds and chases them like any other task.
 */
export const ANNUAL_HORIZON_DAYS = 60;
export const ANNUAL_TASK_SOURCE = 'annual_cycle';
export const ANNUAL_ACTIVITY_ENTITY = 'annual_activity';

export const annualTaskKey = (activityId: string, occurrenceKey: string) =>
  `annual:${activityId}:${occurrenceKey}`;

const monthName = new Intl.DateTimeFormat('da-DK', { month: 'long', year: 'numeric', timeZone: 'UTC' });

function taskOf(activity: ActivityRow, occurrence: Occurrence): TaskSpec {
  const label = monthName.format(new Date(Date.UTC(occurrence.year, occurrence.month - 1, 1)));
  return {
    title: `${activity.title} – ${label}`.slice(0, 300),
    description: activity.description,
    assigneeRole: activity.responsible_role as Role,
    dueDate: occurrence.dueDate,
    priority: 'normal',
    entityType: ANNUAL_ACTIVITY_ENTITY,
    entityId: activity.id,
    source: ANNUAL_TASK_SOURCE,
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
  const keys = new Set<string>();
  const mode = options.update === false ? 'create_only' : 'align';
  for (const occurrence of wanted) {
    const key = annualTaskKey(activity.id, occurrence.key);
    keys.add(key);
    await syncTaskBySource(trx, ctx, activity.org_id, key, { ...taskOf(activity, occurrence), mode });
  }
  const open = await openGeneratedTaskKeys(trx, activity.org_id, {
    source: ANNUAL_TASK_SOURCE,
    entityType: ANNUAL_ACTIVITY_ENTITY,
    entityId: activity.id,
    dueFrom: today,
  });
  for (const key of open) {
    if (!keys.has(key)) await syncTaskBySource(trx, ctx, activity.org_id, key, { status: 'cancelled' });
  }
}
