import type { OrganisationRow } from '../../db/schema.ts';

export type { Org } from './orgs.schemas.ts';

import type { Actor } from '../../platform/context.ts';
import { orgsPolicy } from './orgs.policy.ts';
import type { Org, OrgView } from './orgs.schemas.ts';

/** The organisation without `can`: what the audit log keeps and what the CLI and seed get back. */
export function orgRecord(row: OrganisationRow): Org {
  return {
    id: row.id,
    parentId: row.parent_id,
    kind: row.kind,
    name: row.name,
    cvr: row.cvr,
    requireMfa: Boolean(row.require_mfa),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function presentOrg(row: OrganisationRow, actor: Actor): OrgView {
  return { ...orgRecord(row), can: orgsPolicy.can(actor, row) };
}
