import { authorize, type OrgRef } from '../../platform/access.ts';
import type { Actor } from '../../platform/context.ts';

export const annualCyclePolicy = {
  read: (actor: Actor, org: OrgRef) => authorize(actor, 'annual_cycle.read', org),
  write: (actor: Actor, org: OrgRef) => authorize(actor, 'annual_cycle.write', org),
};
