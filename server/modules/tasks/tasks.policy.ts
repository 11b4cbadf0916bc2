import { authorize, can, canFrom, type OrgRef, rolesAt } from '../../platform/access.ts';
import type { Actor } from '../../platform/context.ts';
import { forbidden, notFound } from '../../platform/errors.ts';

type TaskRef = { assignee_user_id: string | null; assignee_role: string | null };

/** The actor is the assignee, personally or through the assigned role at this organisation. */
const isAssignee = (actor: Actor, org: OrgRef, task: TaskRef) =>
  task.assignee_user_id === actor.id ||
  (task.assignee_user_id === null &&
    task.assignee_role !== null &&
    rolesAt(actor.memberships, org).has(task.assignee_role as never));

const write = (actor: Actor, org: OrgRef) => {
  if (!can(actor, 'tasks.write', org)) throw forbidden();
};

export const tasksPolicy = {
  create: (actor: Actor, org: OrgRef) => authorize(actor, 'tasks.write', org),
  /** Readers of the list see every task; an assignee sees their own; anyone else gets 404. */
  read: (actor: Actor, org: OrgRef, task: TaskRef) => {
    if (isAssignee(actor, org, task) || can(actor, 'tasks.read', org)) return;
    throw notFound();
  },
  /** Change the task's fields (title, assignee, due date, …): writers. */
  update: (actor: Actor, org: OrgRef) => write(actor, org),
  /** Move the task along (its status, "done" included): writers and the assignee. */
  complete: (actor: Actor, org: OrgRef, task: TaskRef) => {
    if (can(actor, 'tasks.write', org) || isAssignee(actor, org, task)) return;
    throw forbidden();
  },
  delete: (actor: Actor, org: OrgRef) => write(actor, org),
  /** `can` presented with a task the actor reads. */
  can: (actor: Actor, org: OrgRef, task: TaskRef) =>
    canFrom({
      update: () => tasksPolicy.update(actor, org),
      delete: () => tasksPolicy.delete(actor, org),
      complete: () => tasksPolicy.complete(actor, org, task),
    }),
};

export type TaskCan = ReturnType<typeof tasksPolicy.can>;
