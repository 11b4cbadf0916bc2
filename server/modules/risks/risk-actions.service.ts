import type { TaskStatus } from '../../db/schema.ts';
import { writeAudit } from '../../platform/audit.ts';
import { nowIso } from '../../platform/clock.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { notFound, versionConflict } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { assertOwnerCanRead } from '../assets/record-owner.ts';
import { loadOrg } from '../orgs/orgs.service.ts';
import { ensureTask, updateGeneratedTask } from '../tasks/tasks.service.ts';
import { RISK_ENTITY } from './risk-tasks.ts';
import { risksPolicy } from './risks.policy.ts';
import { type ActionRow, presentAction } from './risks.presenter.ts';
import * as repo from './risks.repository.ts';
import { loadRisk } from './risks.service.ts';

/**
 * Treatment actions. Each action is carried by a task (source `risk_action`), so it shows in
 * its owner's "my tasks", gets the task reminders, and its owner can move it along there; the
 * action's owner, due date and status are read from that task.
 */

export type ActionInput = {
  title: string;
  description?: string | null;
  ownerUserId?: string | null;
  dueDate: string;
};

export type ActionUpdate = Partial<ActionInput> & { version: number; status?: TaskStatus };

export const actionTaskKey = (actionId: string) => `risk-action:${actionId}`;

async function loadAction(db: RequestContext['db'], riskId: string, id: string): Promise<ActionRow> {
  const action = await repo.findAction(db, riskId, id);
  if (!action) throw notFound();
  return action;
}

export async function listActions(ctx: RequestContext, actor: Actor, orgId: string, riskId: string) {
  const org = await loadOrg(ctx.db, actor, orgId);
  risksPolicy.read(actor, org);
  const risk = await loadRisk(ctx.db, org.id, riskId);
  const now = new Date();
  return {
    items: (await repo.actionsOf(ctx.db, [risk.id])).map((a) => presentAction(a, now)),
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
  const org = await loadOrg(ctx.db, actor, orgId);
  risksPolicy.read(actor, org);
  const risk = await loadRisk(ctx.db, org.id, riskId);
  risksPolicy.update(actor, org, risk);
  await assertOwnerCanRead(ctx.db, input.ownerUserId, org, 'risks.read');
  return ctx.db.transaction().execute(async (trx) => {
    const id = newId();
    const now = nowIso();
    const taskId = await ensureTask(trx, ctx, org.id, {
      title: input.title,
      description: input.description ?? null,
      assigneeUserId: input.ownerUserId ?? null,
      assigneeRole: input.ownerUserId ? null : 'security_officer',
      dueDate: input.dueDate,
      priority: 'normal',
      entityType: RISK_ENTITY,
      entityId: risk.id,
      source: 'risk_action',
      sourceKey: actionTaskKey(id),
      createdBy: actor.id,
    });
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
    return action;
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
  const org = await loadOrg(ctx.db, actor, orgId);
  risksPolicy.read(actor, org);
  const risk = await loadRisk(ctx.db, org.id, riskId);
  const current = await loadAction(ctx.db, risk.id, id);
  risksPolicy.update(actor, org, risk);
  if (input.ownerUserId !== undefined) await assertOwnerCanRead(ctx.db, input.ownerUserId, org, 'risks.read');
  return ctx.db.transaction().execute(async (trx) => {
    const now = nowIso();
    const changed = await repo.updateAction(trx, id, input.version, {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      updated_at: now,
    });
    if (!changed) throw versionConflict();
    const owner =
      input.ownerUserId !== undefined
        ? {
            assigneeUserId: input.ownerUserId,
            assigneeRole: input.ownerUserId ? null : ('security_officer' as const),
          }
        : {};
    const taskChanges = {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.dueDate !== undefined ? { dueDate: input.dueDate } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
      ...owner,
    };
    let taskId = current.task_id;
    const carried = taskId ? await updateGeneratedTask(trx, ctx, org.id, taskId, taskChanges) : false;
    if (!carried) {
      // The task was deleted by hand: the action gets a new one.
      taskId = await ensureTask(trx, ctx, org.id, {
        title: input.title ?? current.title,
        description: input.description !== undefined ? input.description : current.description,
        assigneeUserId: input.ownerUserId !== undefined ? input.ownerUserId : current.assignee_user_id,
        assigneeRole: (input.ownerUserId !== undefined ? input.ownerUserId : current.assignee_user_id)
          ? null
          : 'security_officer',
        dueDate: input.dueDate ?? current.due_date ?? now.slice(0, 10),
        priority: 'normal',
        entityType: RISK_ENTITY,
        entityId: risk.id,
        source: 'risk_action',
        sourceKey: `${actionTaskKey(id)}:${now}`,
        createdBy: actor.id,
      });
      await repo.setActionTask(trx, id, taskId);
      if (input.status && input.status !== 'open') {
        await updateGeneratedTask(trx, ctx, org.id, taskId, { status: input.status });
      }
    }
    const after = presentAction(await loadAction(trx, risk.id, id));
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'risk.action_updated',
      entityType: RISK_ENTITY,
      entityId: risk.id,
      before: presentAction(current),
      after,
    });
    return after;
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
  const org = await loadOrg(ctx.db, actor, orgId);
  risksPolicy.read(actor, org);
  const risk = await loadRisk(ctx.db, org.id, riskId);
  const current = await loadAction(ctx.db, risk.id, id);
  risksPolicy.update(actor, org, risk);
  await ctx.db.transaction().execute(async (trx) => {
    const open = current.task_status === 'open' || current.task_status === 'in_progress';
    if (current.task_id && open)
      await updateGeneratedTask(trx, ctx, org.id, current.task_id, { status: 'cancelled' });
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
