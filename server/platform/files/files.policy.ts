import { authorize, type OrgRef } from '../access.ts';
import type { Actor } from '../context.ts';

/** Files follow the organisation: whoever reads the ISMS records reads their attachments. */
export const filesPolicy = {
  read: (actor: Actor, org: OrgRef) => authorize(actor, 'files.read', org),
  /** Upload, link, unlink and delete. */
  write: (actor: Actor, org: OrgRef) => authorize(actor, 'files.write', org),
};
