import { authorize, canFrom, type OrgRef } from '../../platform/access.ts';
import type { Actor } from '../../platform/context.ts';

export const annualCyclePolicy = {
  read: (actor: Actor, org: OrgRef) => authorize(actor, 'annual_cycle.read', org),
  write: (actor: Actor, org: OrgRef) => authorize(actor, 'annual_cycle.write', org),
  update: (actor: Actor, org: OrgRef) => authorize(actor, 'annual_cycle.write', org),
  delete: (actor: Actor, org: OrgRef) => authorize(actor, 'annual_cycle.write', org),
  /** `can` presented with an activity. */
  can: (actor: Actor, org: OrgRef) =>
    canFrom({
      update: () => annualCyclePolicy.update(actor, org),
      delete: () => annualCyclePolicy.delete(actor, org),
    }),
};
