import { assertMemberCanRead } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { findTask, listTasks, presentTask, syncTaskBySource } from '../tasks/index.ts';
import { incidentsPolicy } from './incidents.policy.ts';
import type { ActionInput } from './incidents.schemas.ts';
import { visibleIncident } from './incidents.service.ts';
import { addTimelineEntry } from './timeline-entries.service.ts';

/** Corrective actions are tasks (the one task model) linked to the incident. */
export const ACTION_TASK_SOURCE = 'incident.action';

export async function listActions(ctx: RequestContext, actor: Actor, orgId: string, incidentId: string) {
  const { incident } = await visibleIncident(ctx, actor, orgId, incidentId);
  const rows = await listTasks(
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
 * in "my tasks", gets reminders, and marks it done through the tasks API. So a named owner must
 * be a member who reads the organisation's tasks (`owner_not_member` otherwise).
 */
export async function createAction(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  incidentId: string,
  input: ActionInput,
) {
  const { org, incident } = await visibleIncident(ctx, actor, orgId, incidentId, incidentsPolicy.manage);
  await assertMemberCanRead(ctx, input.assigneeUserId, org, 'tasks.read', 'assigneeUserId');
  return ctx.db.transaction().execute(async (trx) => {
    const taskId = await syncTaskBySource(trx, ctx, incident.org_id, `incident_action:${newId()}`, {
      title: input.title.trim(),
      description: input.description ?? null,
      assigneeUserId: input.assigneeUserId ?? null,
      assigneeRole: input.assigneeUserId ? null : (input.assigneeRole ?? 'security_officer'),
      dueDate: input.dueDate,
      priority: input.priority ?? 'normal',
      entityType: 'incident',
      entityId: incident.id,
      source: ACTION_TASK_SOURCE,
      createdBy: actor.id,
    });
    const task = taskId ? await findTask(trx, incident.org_id, taskId) : undefined;
    if (!task) throw new Error('task vanished');
    await addTimelineEntry(trx, ctx, incident, {
      kind: 'action',
      text: `Korrigerende handling oprettet: ${task.title} (frist ${task.due_date}${task.assignee_name ? `, ansvarlig ${task.assignee_name}` : ''}).`,
      details: { taskId: task.id },
    });
    await writeAudit(trx, ctx, {
      orgId: incident.org_id,
      action: 'incident.action_added',
      entityType: 'incident',
      entityId: incident.id,
      after: {
        taskId: task.id,
        dueDate: task.due_date,
        assigneeUserId: task.assignee_user_id,
        assigneeRole: task.assignee_role,
      },
    });
    return presentTask(task);
  });
}
