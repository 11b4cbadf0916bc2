import type { OrgRef } from '../../platform/access.ts';
import type { Actor } from '../../platform/context.ts';
import { membersPolicy } from './members.policy.ts';
import type { MemberRow } from './members.repository.ts';
import type { Member, MemberView } from './members.schemas.ts';

/** The membership without `can`: what the audit log keeps and what the CLI and seed get back. */
export function memberRecord(row: MemberRow): Member {
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

export function presentMember(row: MemberRow, actor: Actor, org: OrgRef): MemberView {
  return { ...memberRecord(row), can: membersPolicy.can(actor, org, row.user_id) };
}
