import type { Db } from '../../db/database.ts';
import { assertMemberCanRead, requireReadable } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { nowIso } from '../../platform/clock.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { notFound, versionConflict } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { syncTaskBySource, type TaskSpec } from '../tasks/index.ts';
import type { ActionInput, ActionUpdate } from './risk-actions.schemas.ts';
import { RISK_ENTITY } from './risk-tasks.service.ts';
import { risksPolicy } from './risks.policy.ts';
import { type ActionRow, presentAction, presentActionFor } from './risks.presenter.ts';
import * as repo from './risks.repository.ts';
import { loadRisk } from './risks.service.ts';

/**
 * Treatment actions. Each action is carried by a task (source `risk_action`), so it shows in
 * its owner's "my tasks", gets the task reminders, and its owner can move it along there; the
 * action's owner, due date and status are read from that task.
 */

export const actionTaskKey = (actionId: string) => `risk-action:${actionId}`;

/** The task that carries an action: its owner's, or the security officers' when it has none. */
function actionTaskSpec(
  riskId: string,
  createdBy: string,
  fields: { title: string; description: string | null; ownerUserId: string | null; dueDate: string },
): TaskSpec {
  return {
    title: fields.title,
    description: fields.description,
    assigneeUserId: fields.ownerUserId,
    assigneeRole: fields.ownerUserId ? null : 'security_officer',
    dueDate: fields.dueDate,
    priority: 'normal',
    entityType: RISK_ENTITY,
    entityId: riskId,
    source: 'risk_action',
    createdBy,
  };
}

/** A removed action's task is cancelled, not deleted, so "my tasks" keeps the history. */
export async function cancelActionTask(
  trx: Db,
  ctx: RequestContext,
  orgId: string,
  action: Pick<ActionRow, 'id' | 'task_source_key'>,
): Promise<void> {
  await syncTaskBySource(trx, ctx, orgId, action.task_source_key ?? actionTaskKey(action.id), {
    status: 'cancelled',
  });
}

async function loadAction(db: RequestContext['db'], riskId: string, id: string): Promise<ActionRow> {
  const action = await repo.findAction(db, riskId, id);
  if (!action) throw notFound();
  return action;
}

export async function listActions(ctx: RequestContext, actor: Actor, orgId: string, riskId: string) {
  const org = await requireReadable(ctx, actor, orgId, 'risks.read');
  const risk = await loadRisk(ctx.db, org.id, riskId);
  const now = new Date();
  return {
    items: (await repo.actionsOf(ctx.db, [risk.id])).map((a) =>
      presentActionFor(actor, org, risk, presentAction(a, now)),
    ),
    nextCursor: null,
  };
}

export async function createAction(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  riskId: string,
  input: ActionInput,
) {
  const org = await requireReadable(ctx, actor, orgId, 'risks.read');
  const risk = await loadRisk(ctx.db, org.id, riskId);
  risksPolicy.update(actor, org, risk);
  await assertMemberCanRead(ctx, input.ownerUserId, org, 'risks.read');
  return ctx.db.transaction().execute(async (trx) => {
    const id = newId();
    const now = nowIso();
    const taskId = (await syncTaskBySource(
      trx,
      ctx,
      org.id,
      actionTaskKey(id),
      actionTaskSpec(risk.id, actor.id, {
        title: input.title,
        description: input.description ?? null,
        ownerUserId: input.ownerUserId ?? null,
        dueDate: input.dueDate,
      }),
    )) as string;
    await repo.insertAction(trx, {
      id,
      org_id: org.id,
      risk_id: risk.id,
      title: input.title,
      description: input.description ?? null,
      task_id: taskId,
      created_by: actor.id,
      version: 1,
      created_at: now,
      updated_at: now,
    });
    const action = presentAction(await loadAction(trx, risk.id, id));
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'risk.action_created',
      entityType: RISK_ENTITY,
      entityId: risk.id,
      after: action,
    });
    return presentActionFor(actor, org, risk, action);
  });
}

export async function updateAction(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  riskId: string,
  id: string,
  input: ActionUpdate,
) {
  const org = await requireReadable(ctx, actor, orgId, 'risks.read');
  const risk = await loadRisk(ctx.db, org.id, riskId);
  const current = await loadAction(ctx.db, risk.id, id);
  risksPolicy.update(actor, org, risk);
  if (input.ownerUserId !== undefined) await assertMemberCanRead(ctx, input.ownerUserId, org, 'risks.read');
  return ctx.db.transaction().execute(async (trx) => {
    const now = nowIso();
    const changed = await repo.updateAction(trx, id, input.version, {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      updated_at: now,
    });
    if (!changed) throw versionConflict();
    const ownerUserId = input.ownerUserId !== undefined ? input.ownerUserId : current.assignee_user_id;
    const spec = actionTaskSpec(risk.id, actor.id, {
      title: input.title ?? current.title,
      description: input.description !== undefined ? input.description : current.description,
      ownerUserId,
      dueDate: input.dueDate ?? current.due_date ?? now.slice(0, 10),
    });
    const status = input.status ?? current.task_status ?? 'open';
    // The task was deleted by hand: the action gets a new one under its key.
    const key =
      current.task_status === null ? actionTaskKey(id) : (current.task_source_key ?? actionTaskKey(id));
    // The action carries its task: status and owner follow the action, reopening or handing back too.
    const taskId = await syncTaskBySource(trx, ctx, org.id, key, { ...spec, status, mode: 'follow' });
    if (taskId && taskId !== current.task_id) await repo.setActionTask(trx, id, taskId);
    const after = presentAction(await loadAction(trx, risk.id, id));
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'risk.action_updated',
      entityType: RISK_ENTITY,
      entityId: risk.id,
      before: presentAction(current),
      after,
    });
    return presentActionFor(actor, org, risk, after);
  });
}

/** Removes the action; its task is cancelled, not deleted, so "my tasks" keeps the history. */
export async function deleteAction(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  riskId: string,
  id: string,
) {
  const org = await requireReadable(ctx, actor, orgId, 'risks.read');
  const risk = await loadRisk(ctx.db, org.id, riskId);
  const current = await loadAction(ctx.db, risk.id, id);
  risksPolicy.update(actor, org, risk);
  await ctx.db.transaction().execute(async (trx) => {
    await cancelActionTask(trx, ctx, org.id, current);
    await repo.deleteAction(trx, id);
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'risk.action_deleted',
      entityType: RISK_ENTITY,
      entityId: risk.id,
      before: presentAction(current),
    });
  });
}
