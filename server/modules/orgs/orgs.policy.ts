import { authorize, type OrgRef } from '../../platform/access.ts';
import type { Actor } from '../../platform/context.ts';

export const orgsPolicy = {
  read: (actor: Actor, org: OrgRef) => authorize(actor, 'org.read', org),
  createChild: (actor: Actor, parent: OrgRef) => authorize(actor, 'org.manage', parent),
  update: (actor: Actor, org: OrgRef) => authorize(actor, 'org.manage', org),
  /** Moving needs the right over the organisation and over its new parent. */
  move: (actor: Actor, org: OrgRef, newParent: OrgRef) => {
    authorize(actor, 'org.manage', org);
    authorize(actor, 'org.manage', newParent);
  },
};
