import { z } from 'zod';
import { isoInstant, orgParams, uuidParam, versionField } from '../../platform/api-schemas.ts';
import type { ListQuery } from '../../platform/pagination.ts';
import { roles } from '../../platform/roles.ts';

export const memberParams = orgParams.extend({ memberId: uuidParam });

/** `sort=name|-name|email|-email` on the member list. */
export const memberSortFields = ['name', 'email'] as const;
export type MemberListQuery = ListQuery & {
  field: (typeof memberSortFields)[number];
  direction: 'asc' | 'desc';
};

export const addMemberBody = z.object({
  email: z.email().max(254),
  name: z.string().trim().min(1).max(200),
  role: z.enum(roles),
  includeSubtree: z.boolean().optional(),
});
export type AddMemberInput = z.infer<typeof addMemberBody>;

export const updateMemberBody = z.object({
  version: versionField,
  role: z.enum(roles).optional(),
  includeSubtree: z.boolean().optional(),
});
export type UpdateMemberInput = z.infer<typeof updateMemberBody>;

/** The membership as it is stored and audited. */
export const memberRecordSchema = z.object({
  id: z.string(),
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(roles),
  includeSubtree: z.boolean(),
  version: z.number().int(),
  createdAt: isoInstant,
});
export type Member = z.infer<typeof memberRecordSchema>;

export const memberCanSchema = z
  .object({
    update: z.boolean().describe('Change the role or whether it covers the subtree'),
    delete: z.boolean().describe('Remove the role'),
  })
  .describe('What the signed-in user may do with the membership, computed by the server');

export const memberSchema = memberRecordSchema.extend({ can: memberCanSchema }).meta({ id: 'Member' });
export type MemberView = z.infer<typeof memberSchema>;

export const addMemberResponse = z.object({ member: memberSchema, oneTimePassword: z.string().nullable() });
