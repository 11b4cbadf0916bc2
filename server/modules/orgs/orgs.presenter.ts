import { z } from 'zod';
import type { OrganisationRow } from '../../db/schema.ts';
import { isoInstant } from '../../platform/api-schemas.ts';

export const orgKinds = ['sector', 'group', 'organisation', 'unit'] as const;

export const orgSchema = z
  .object({
    id: z.string(),
    parentId: z.string().nullable(),
    kind: z.enum(orgKinds),
    name: z.string(),
    cvr: z.string().nullable(),
    requireMfa: z.boolean().describe('Members must sign in with a second factor'),
    version: z.number().int(),
    createdAt: isoInstant,
    updatedAt: isoInstant,
  })
  .meta({ id: 'Organisation' });

export type Org = z.infer<typeof orgSchema>;

export function presentOrg(row: OrganisationRow): Org {
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
