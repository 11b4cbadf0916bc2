import type { OrgKind } from '../../db/schema.ts';
import type { ActorMembership } from '../../platform/context.ts';
import type { Role } from '../../platform/roles.ts';

/**
 * Who a document is for. The staff of an organisation are the people holding a role at the
 * organisation itself or at one of its units; a role reaching down from a region or ministry
 * does not make someone staff of a hospital. The audience is the whole staff, or the union of
 * the staff of the listed units (each with the units below it) and the staff holding one of
 * the listed roles.
 */
export type Audience = { wholeOrganisation: boolean; unitIds: string[]; roles: Role[] };

export type AudienceOrg = { id: string; path: string; kind: OrgKind };

/** Units belong to the organisation above them; groups and the sector root have no units. */
export const hasUnits = (org: AudienceOrg): boolean => org.kind === 'organisation' || org.kind === 'unit';

/** A membership at `membershipOrg` makes its holder staff of `org`. */
export function isStaffOrg(
  org: AudienceOrg,
  membership: { orgId: string; orgPath: string; orgKind: OrgKind },
) {
  if (membership.orgId === org.id) return true;
  return hasUnits(org) && membership.orgKind === 'unit' && membership.orgPath.startsWith(org.path);
}

/** The audience rule for one membership. */
export function membershipInAudience(
  org: AudienceOrg,
  audience: Audience,
  membership: { orgId: string; orgPath: string; orgKind: OrgKind; role: string },
): boolean {
  if (!isStaffOrg(org, membership)) return false;
  if (audience.wholeOrganisation) return true;
  if (audience.unitIds.some((unitId) => membership.orgPath.includes(`/${unitId}/`))) return true;
  return (audience.roles as string[]).includes(membership.role);
}

export function actorInAudience(
  memberships: readonly ActorMembership[],
  org: AudienceOrg,
  audience: Audience,
): boolean {
  return memberships.some((membership) => membershipInAudience(org, audience, membership));
}

export function parseAudience(row: {
  audience_all: boolean | number;
  audience_unit_ids: string;
  audience_roles: string;
}): Audience {
  return {
    wholeOrganisation: Boolean(row.audience_all),
    unitIds: parseStringArray(row.audience_unit_ids),
    roles: parseStringArray(row.audience_roles) as Role[],
  };
}

function parseStringArray(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}
