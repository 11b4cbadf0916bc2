import { z } from 'zod';
import { orgKinds } from '../../db/tables/columns-and-access.ts';
import { isoInstant, versionField } from '../../platform/api-schemas.ts';

const name = z.string().trim().min(1).max(200);
const cvr = z
  .string()
  .regex(/^\d{8}$/, 'cvr_invalid')
  .nullable();

export const createOrgBody = z.object({
  parentId: z.uuid(),
  kind: z.enum(orgKinds).exclude(['sector']),
  name,
  cvr: cvr.optional(),
});
export type CreateOrgInput = z.infer<typeof createOrgBody>;

export const updateOrgBody = z.object({
  version: versionField,
  name: name.optional(),
  cvr: cvr.optional(),
  parentId: z.uuid().optional(),
  requireMfa: z.boolean().optional(),
});
export type UpdateOrgInput = z.infer<typeof updateOrgBody>;

/** The organisation as it is stored and audited. */
export const orgRecordSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  kind: z.enum(orgKinds),
  name: z.string(),
  cvr: z.string().nullable(),
  requireMfa: z.boolean().describe('Members must sign in with a second factor'),
  version: z.number().int(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
});
export type Org = z.infer<typeof orgRecordSchema>;

export const orgCanSchema = z
  .object({
    update: z.boolean().describe('Rename, change CVR and the two-factor requirement'),
    move: z.boolean().describe('Move under another parent (never the sector root)'),
    createChild: z.boolean().describe('Create an organisation below this one'),
    manageMembers: z.boolean().describe('Add, change and remove members and their roles'),
  })
  .describe('What the signed-in user may do with the organisation, computed by the server');

export const orgSchema = orgRecordSchema.extend({ can: orgCanSchema }).meta({ id: 'Organisation' });
export type OrgView = z.infer<typeof orgSchema>;
