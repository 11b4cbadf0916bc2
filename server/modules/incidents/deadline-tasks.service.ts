import { type DeadlineKind, deadlineLabels, deadlineRules } from '../../catalog/incidents.ts';
import type { Db } from '../../db/database.ts';
import type { TaskStatus } from '../../db/schema.ts';
import { todayLocal } from '../../platform/clock.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Role } from '../../platform/roles.ts';
import { syncTaskBySource, type TaskRow } from '../tasks/index.ts';
import { DEADLINE_TASK_SOURCE, deadlineTasksOf } from './deadline-tasks.repository.ts';
import type { Deadline } from './deadlines.rules.ts';
import { referenceOf } from './incidents.presenter.ts';
import type { IncidentRow } from './incidents.repository.ts';

/** Who answers for each clock: the DPO for the privacy notifications, the officer for all. */
const rolesByKind: Record<DeadlineKind, readonly Role[]> = {
  gdpr_authority: ['security_officer', 'dpo'],
  gdpr_data_subjects: ['security_officer', 'dpo'],
  nis2_early_warning: ['security_officer'],
  nis2_notification: ['security_officer'],
  nis2_progress_report: ['security_officer'],
  nis2_final_report: ['security_officer'],
  police_report: ['security_officer'],
};

export const rolesForDeadline = (kind: DeadlineKind) => rolesByKind[kind];

const sourceKey = (incidentId: string, kind: DeadlineKind, role: Role) =>
  `incident:${incidentId}:${kind}:${role}`;

const isOpenTask = (status: TaskStatus) => status === 'open' || status === 'in_progress';

const dueText = (deadline: Deadline) =>
  deadline.dueLocal
    ? `Frist: ${deadline.dueLocal.replace('T', ' kl. ').slice(0, 21)} (dansk tid).`
    : 'Frist: uden unødig forsinkelse.';

const descriptionOf = (deadline: Deadline) => `${dueText(deadline)} ${deadlineRules[deadline.kind].da}.`;

export type TaskChange =
  | { kind: 'sync'; key: string; role: Role; deadline: Deadline; dueDate: string }
  | { kind: 'close'; key: string; status: 'done' | 'cancelled' };

/**
 * What the deadline tasks of an incident need, as a pure function of its clocks and its
 * existing tasks: one task per running clock and responsible role, created once per source key,
 * its due date following the clock when the awareness time moves, done when the notification is
 * recorded, cancelled when the clock no longer applies. A closed task stays closed (the tasks
 * module never reopens one). Only what changes is planned, so the job skips quiet incidents.
 */
export function planDeadlineTasks(
  incidentId: string,
  deadlines: readonly Deadline[],
  existing: readonly TaskRow[],
  now: Date = new Date(),
): TaskChange[] {
  const byKey = new Map(existing.map((task) => [task.source_key, task]));
  const current = new Set<string>();
  const plan: TaskChange[] = [];
  for (const deadline of deadlines) {
    for (const role of rolesByKind[deadline.kind]) {
      const key = sourceKey(incidentId, deadline.kind, role);
      current.add(key);
      const task = byKey.get(key);
      const running = deadline.status === 'open' || (deadline.status === 'late' && !deadline.completedAt);
      if (running) {
        const dueDate = deadline.dueAt
          ? todayLocal(new Date(deadline.dueAt))
          : (task?.due_date ?? todayLocal(now));
        const stale =
          task &&
          isOpenTask(task.status) &&
          (task.due_date !== dueDate || task.description !== descriptionOf(deadline));
        if (!task || stale) plan.push({ kind: 'sync', key, role, deadline, dueDate });
      } else if (task && isOpenTask(task.status)) {
        plan.push({ kind: 'close', key, status: deadline.completedAt ? 'done' : 'cancelled' });
      }
    }
  }
  // A clock that disappeared (e.g. the final report turned into a progress report) ends its task.
  for (const task of existing) {
    if (task.source_key && !current.has(task.source_key) && isOpenTask(task.status)) {
      plan.push({ kind: 'close', key: task.source_key, status: 'cancelled' });
    }
  }
  return plan;
}

/** Carries out a plan in the caller's transaction through the tasks module's sync command. */
export async function applyDeadlineTasks(
  trx: Db,
  ctx: RequestContext,
  incident: IncidentRow,
  plan: readonly TaskChange[],
): Promise<void> {
  const reference = referenceOf(incident);
  for (const change of plan) {
    if (change.kind === 'close') {
      await syncTaskBySource(trx, ctx, incident.org_id, change.key, { status: change.status });
      continue;
    }
    await syncTaskBySource(trx, ctx, incident.org_id, change.key, {
      title: `${deadlineLabels[change.deadline.kind].da}: ${reference}`,
      description: descriptionOf(change.deadline),
      assigneeRole: change.role,
      dueDate: change.dueDate,
      priority: 'high',
      entityType: 'incident',
      entityId: incident.id,
      source: DEADLINE_TASK_SOURCE,
    });
  }
}

/** Brings the incident's deadline tasks in step with its clocks, in the caller's transaction. */
export async function syncDeadlineTasks(
  trx: Db,
  ctx: RequestContext,
  incident: IncidentRow,
  deadlines: readonly Deadline[],
  now: Date = new Date(),
): Promise<void> {
  const existing = await deadlineTasksOf(trx, [incident.id]);
  await applyDeadlineTasks(trx, ctx, incident, planDeadlineTasks(incident.id, deadlines, existing, now));
}
