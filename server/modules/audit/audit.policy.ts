import { authorize, type OrgRef } from '../../platform/access.ts';
import type { Actor } from '../../platform/context.ts';

export const auditPolicy = {
  read: (actor: Actor, org: OrgRef) => authorize(actor, 'audit.read', org),
};
