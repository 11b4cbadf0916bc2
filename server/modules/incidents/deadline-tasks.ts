import { type DeadlineKind, deadlineLabels, deadlineRules } from '../../catalog/incidents.ts';
import type { Db } from '../../db/database.ts';
import type { TaskStatus } from '../../db/schema.ts';
import { writeAudit } from '../../platform/audit.ts';
import { nowIso, todayLocal } from '../../platform/clock.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Role } from '../../platform/roles.ts';
import { presentTask } from '../tasks/tasks.presenter.ts';
import * as tasksRepo from '../tasks/tasks.repository.ts';
import { ensureTask } from '../tasks/tasks.service.ts';
import { DEADLINE_TASK_SOURCE, deadlineTasksOf } from './deadline-tasks.repository.ts';
import type { Deadline } from './deadlines.ts';
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

type TaskRow = tasksRepo.TaskRow;

export type TaskChange =
  | { kind: 'create'; role: Role; key: string; deadline: Deadline; dueDate: string }
  | {
      kind: 'update';
      task: TaskRow;
      changes: { status?: TaskStatus; due_date?: string; description?: string };
    };

/**
 * What the deadline tasks of an incident need, as a pure function of its clocks and its
 * existing tasks: one task per running clock and responsible role (the one task model,
 * tasks.service.ts), created once per source key, its due date following the clock when the
 * awareness time moves, done when the notification is recorded, cancelled when the clock no
 * longer applies.
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
        if (!task) plan.push({ kind: 'create', role, key, deadline, dueDate });
        else if (!isOpenTask(task.status) || task.due_date !== dueDate) {
          plan.push({
            kind: 'update',
            task,
            changes: {
              status: isOpenTask(task.status) ? task.status : 'open',
              due_date: dueDate,
              description: `${dueText(deadline)} ${deadlineRules[deadline.kind].da}.`,
            },
          });
        }
      } else if (task && isOpenTask(task.status)) {
        plan.push({ kind: 'update', task, changes: { status: deadline.completedAt ? 'done' : 'cancelled' } });
      }
    }
  }
  // A clock that disappeared (e.g. the final report turned into a progress report) ends its task.
  for (const task of existing) {
    if (task.source_key && !current.has(task.source_key) && isOpenTask(task.status)) {
      plan.push({ kind: 'update', task, changes: { status: 'cancelled' } });
    }
  }
  return plan;
}

/** Carries out a plan in the caller's transaction; every change is audited there. */
export async function applyDeadlineTasks(
  trx: Db,
  ctx: RequestContext,
  incident: IncidentRow,
  plan: readonly TaskChange[],
): Promise<void> {
  const reference = referenceOf(incident);
  for (const change of plan) {
    if (change.kind === 'update') {
      await changeTask(trx, ctx, change.task, change.changes);
      continue;
    }
    await ensureTask(trx, ctx, incident.org_id, {
      title: `${deadlineLabels[change.deadline.kind].da}: ${reference}`,
      description: `${dueText(change.deadline)} ${deadlineRules[change.deadline.kind].da}.`,
      assigneeRole: change.role,
      dueDate: change.dueDate,
      priority: 'high',
      entityType: 'incident',
      entityId: incident.id,
      source: DEADLINE_TASK_SOURCE,
      sourceKey: change.key,
      createdBy: null,
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

/** Moves a generated task along (status, due date) with its audit event. */
export async function changeTask(
  trx: Db,
  ctx: RequestContext,
  task: TaskRow,
  changes: { status?: TaskStatus; due_date?: string; description?: string },
): Promise<void> {
  const closing = changes.status === 'done' || changes.status === 'cancelled';
  const changed = await tasksRepo.updateTask(trx, task.id, task.version, {
    ...changes,
    ...(changes.status !== undefined ? { completed_at: closing ? nowIso() : null } : {}),
    updated_at: nowIso(),
  });
  if (!changed) return;
  const after = await tasksRepo.findTask(trx, task.org_id, task.id);
  await writeAudit(trx, ctx, {
    orgId: task.org_id,
    action: 'task.updated',
    entityType: 'task',
    entityId: task.id,
    before: presentTask(task),
    after: after && presentTask(after),
  });
}
