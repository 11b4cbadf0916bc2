import { z } from 'zod';
import { isoInstant } from '../../platform/api-schemas.ts';
import { roles } from '../../platform/roles.ts';
import type { MemberRow } from './members.repository.ts';

export const memberSchema = z
  .object({
    id: z.string(),
    userId: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(roles),
    includeSubtree: z.boolean(),
    version: z.number().int(),
    createdAt: isoInstant,
  })
  .meta({ id: 'Member' });

export type Member = z.infer<typeof memberSchema>;

export function presentMember(row: MemberRow): Member {
  return {
    id: row.id,
    userId: row.user_id,
    email: row.email,
    name: row.name,
    role: row.role as Member['role'],
    includeSubtree: Boolean(row.include_subtree),
    version: row.version,
    createdAt: row.created_at,
  };
}
