import type { TaskPriority } from '../../db/schema.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { invalid } from '../../platform/errors.ts';
import type { Role } from '../../platform/roles.ts';
import { presentTask } from '../tasks/tasks.presenter.ts';
import * as tasksRepo from '../tasks/tasks.repository.ts';
import { ensureTask } from '../tasks/tasks.service.ts';
import { incidentsPolicy } from './incidents.policy.ts';
import { userReachesOrg } from './incidents.repository.ts';
import { visibleIncident } from './incidents.service.ts';
import { addTimelineEntry } from './timeline.ts';

/** Corrective actions are tasks (the one task model) linked to the incident. */
export const ACTION_TASK_SOURCE = 'incident.action';

export type ActionInput = {
  title: string;
  description?: string | null;
  assigneeUserId?: string | null;
  assigneeRole?: Role | null;
  dueDate: string;
  priority?: TaskPriority;
};

export async function listActions(ctx: RequestContext, actor: Actor, orgId: string, incidentId: string) {
  const { incident } = await visibleIncident(ctx, actor, orgId, incidentId);
  const rows = await tasksRepo.listTasks(
    ctx.db,
    { orgId: incident.org_id },
    {
      entityType: 'incident',
      entityId: incident.id,
      source: ACTION_TASK_SOURCE,
      direction: 'asc',
      limit: 500,
    },
  );
  const now = new Date();
  return { items: rows.slice(0, 500).map((row) => presentTask(row, now)) };
}

/**
 * A corrective action with an owner and a due date. It lives on as a task: the owner sees it
 * in "my tasks", gets reminders, and marks it done through the tasks API.
 */
export async function createAction(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  incidentId: string,
  input: ActionInput,
) {
  const { incident } = await visibleIncident(ctx, actor, orgId, incidentId, incidentsPolicy.manage);
  if (input.assigneeUserId && !(await userReachesOrg(ctx.db, input.assigneeUserId, incident.org_id))) {
    throw invalid('invalid_request', [{ path: 'assigneeUserId', code: 'not_found' }]);
  }
  return ctx.db.transaction().execute(async (trx) => {
    const taskId = await ensureTask(trx, ctx, incident.org_id, {
      title: input.title.trim(),
      description: input.description ?? null,
      assigneeUserId: input.assigneeUserId ?? null,
      assigneeRole: input.assigneeUserId ? null : (input.assigneeRole ?? 'security_officer'),
      dueDate: input.dueDate,
      priority: input.priority ?? 'normal',
      entityType: 'incident',
      entityId: incident.id,
      source: ACTION_TASK_SOURCE,
      sourceKey: null,
      createdBy: actor.id,
    });
    const task = await tasksRepo.findTask(trx, incident.org_id, taskId);
    if (!task) throw new Error('task vanished');
    await addTimelineEntry(trx, ctx, incident, {
      kind: 'action',
      text: `Korrigerende handling oprettet: ${task.title} (frist ${task.due_date}${task.assignee_name ? `, ansvarlig ${task.assignee_name}` : ''}).`,
      details: { taskId },
    });
    await writeAudit(trx, ctx, {
      orgId: incident.org_id,
      action: 'incident.action_added',
      entityType: 'incident',
      entityId: incident.id,
      after: {
        taskId,
        dueDate: task.due_date,
        assigneeUserId: task.assignee_user_id,
        assigneeRole: task.assignee_role,
      },
    });
    return presentTask(task);
  });
}
