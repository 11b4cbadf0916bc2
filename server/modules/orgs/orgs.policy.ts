import { authorize, canFrom, type OrgRef } from '../../platform/access.ts';
import type { Actor } from '../../platform/context.ts';
import { invalid } from '../../platform/errors.ts';

type TreeOrg = OrgRef & { parent_id: string | null };

/** The sector root has no parent to move under. */
function assertMovable(org: TreeOrg) {
  if (org.parent_id === null) throw invalid('org_cycle', [{ path: 'parentId', code: 'org_cycle' }]);
}

export const orgsPolicy = {
  createChild: (actor: Actor, parent: OrgRef) => authorize(actor, 'org.manage', parent),
  update: (actor: Actor, org: OrgRef) => authorize(actor, 'org.manage', org),
  /** Moving needs the right over the organisation and, when known, over its new parent. */
  move: (actor: Actor, org: TreeOrg, newParent?: OrgRef) => {
    authorize(actor, 'org.manage', org);
    if (newParent) authorize(actor, 'org.manage', newParent);
    assertMovable(org);
  },
  manageMembers: (actor: Actor, org: OrgRef) => authorize(actor, 'members.manage', org),

  /** The `can` presented with an organisation. */
  can: (actor: Actor, org: TreeOrg) =>
    canFrom({
      update: () => orgsPolicy.update(actor, org),
      move: () => orgsPolicy.move(actor, org),
      createChild: () => orgsPolicy.createChild(actor, org),
      manageMembers: () => orgsPolicy.manageMembers(actor, org),
    }),
};
