import { authorize, can, type OrgRef, rolesAt } from '../../platform/access.ts';
import type { Actor } from '../../platform/context.ts';
import { forbidden, notFound } from '../../platform/errors.ts';

type TaskRef = { assignee_user_id: string | null; assignee_role: string | null };

/** The actor is the assignee, personally or through the assigned role at this organisation. */
const isAssignee = (actor: Actor, org: OrgRef, task: TaskRef) =>
  task.assignee_user_id === actor.id ||
  (task.assignee_user_id === null &&
    task.assignee_role !== null &&
    rolesAt(actor.memberships, org).has(task.assignee_role as never));

export const tasksPolicy = {
  list: (actor: Actor, org: OrgRef) => authorize(actor, 'tasks.read', org),
  create: (actor: Actor, org: OrgRef) => authorize(actor, 'tasks.write', org),
  /** Readers of the list see every task; an assignee sees their own even without list rights. */
  read: (actor: Actor, org: OrgRef, task: TaskRef) => {
    if (isAssignee(actor, org, task)) return;
    authorize(actor, 'tasks.read', org);
  },
  /** Writers change anything; an assignee may move their own task along (status only). */
  update: (actor: Actor, org: OrgRef, task: TaskRef, onlyStatus: boolean) => {
    if (can(actor, 'tasks.write', org)) return;
    if (onlyStatus && isAssignee(actor, org, task)) return;
    if (!can(actor, 'tasks.read', org) && !isAssignee(actor, org, task)) throw notFound();
    throw forbidden();
  },
  delete: (actor: Actor, org: OrgRef) => authorize(actor, 'tasks.write', org),
};
