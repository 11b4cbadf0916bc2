import { authorize, canFrom, type OrgRef } from '../../platform/access.ts';
import type { Actor } from '../../platform/context.ts';
import { forbidden } from '../../platform/errors.ts';

export const membersPolicy = {
  list: (actor: Actor, org: OrgRef) => authorize(actor, 'members.read', org),
  add: (actor: Actor, org: OrgRef) => authorize(actor, 'members.manage', org),
  /** Nobody grants, changes or removes their own roles: an admin cannot make themselves an approver. */
  change: (actor: Actor, org: OrgRef, memberUserId: string) => {
    authorize(actor, 'members.manage', org);
    if (memberUserId === actor.id) throw forbidden('segregation_of_duties');
  },

  /** The `can` presented with a membership. */
  can: (actor: Actor, org: OrgRef, memberUserId: string) =>
    canFrom({
      update: () => membersPolicy.change(actor, org, memberUserId),
      delete: () => membersPolicy.change(actor, org, memberUserId),
    }),
};
