import type { Me, Org, Role } from '../../api/types';

export interface OrgTreeEntry {
  org: Org;
  depth: number;
}

/**
 * Depth-first order of the organisations the user can see. Organisations whose parent is not
 * visible become roots; siblings keep the order the server gave (sorted by name, Danish rules).
 */
export function flattenOrgTree(orgs: readonly Org[]): OrgTreeEntry[] {
  const byId = new Map(orgs.map((org) => [org.id, org]));
  const children = new Map<string | null, Org[]>();
  for (const org of orgs) {
    const parentKey = org.parentId && byId.has(org.parentId) ? org.parentId : null;
    const siblings = children.get(parentKey) ?? [];
    siblings.push(org);
    children.set(parentKey, siblings);
  }
  const result: OrgTreeEntry[] = [];
  const seen = new Set<string>();
  const visit = (org: Org, depth: number) => {
    if (seen.has(org.id)) return;
    seen.add(org.id);
    result.push({ org, depth });
    for (const child of children.get(org.id) ?? []) visit(child, depth + 1);
  };
  for (const root of children.get(null) ?? []) visit(root, 0);
  // Anything left is in a parent cycle (should not happen); still list it.
  for (const org of orgs) visit(org, 0);
  return result;
}

/** The organisation and its visible ancestors, nearest first. */
export function ancestry(orgId: string, orgs: readonly Org[]): Org[] {
  const byId = new Map(orgs.map((org) => [org.id, org]));
  const chain: Org[] = [];
  let current = byId.get(orgId);
  while (current && !chain.includes(current)) {
    chain.push(current);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return chain;
}

export interface EffectiveRole {
  role: Role;
  /** The organisation where the membership is held, when it is inherited from an ancestor. */
  via: { orgId: string; orgName: string } | null;
}

/**
 * The user's roles in an organisation: memberships held there, plus memberships on ancestors
 * that include the subtree. A role at a sector root never reaches into the subtree (DESIGN §4).
 * This only shapes the UI; the server's policy layer decides.
 */
export function effectiveRoles(me: Me, orgId: string, orgs: readonly Org[]): EffectiveRole[] {
  const ancestors = ancestry(orgId, orgs).slice(1);
  const result: EffectiveRole[] = [];
  for (const membership of me.memberships) {
    if (membership.orgId === orgId) {
      result.push({ role: membership.role, via: null });
      continue;
    }
    const ancestor = ancestors.find((org) => org.id === membership.orgId);
    if (ancestor && membership.includeSubtree && ancestor.kind !== 'sector') {
      result.push({ role: membership.role, via: { orgId: ancestor.id, orgName: ancestor.name } });
    }
  }
  return result;
}

export function hasRole(roles: readonly EffectiveRole[], role: Role): boolean {
  return roles.some((entry) => entry.role === role);
}

/** The organisation to open after login: the first membership, else the first visible one. */
export function defaultOrgId(me: Me, orgs: readonly Org[]): string | undefined {
  return me.memberships[0]?.orgId ?? flattenOrgTree(orgs)[0]?.org.id;
}

const NBSP = '\u00a0';

export function indentLabel(name: string, depth: number): string {
  return `${NBSP.repeat(depth * 3)}${name}`;
}

/** A permission as the server names it (`risks.write`, `documents.approve`, …). */
export type Permission = Me['memberships'][number]['can']['here'][number];

/**
 * What the server says the user may do in an organisation: for each membership, its `here`
 * permissions where it is held and its `below` permissions in the organisations under it. The
 * web never derives permissions from roles; records carry their own `can` for record actions.
 */
export function permissionsAt(me: Me, orgId: string, orgs: readonly Org[]): ReadonlySet<Permission> {
  const ancestors = new Set(
    ancestry(orgId, orgs)
      .slice(1)
      .map((org) => org.id),
  );
  const result = new Set<Permission>();
  for (const membership of me.memberships) {
    const granted =
      membership.orgId === orgId
        ? membership.can.here
        : ancestors.has(membership.orgId)
          ? membership.can.below
          : [];
    for (const permission of granted) result.add(permission);
  }
  return result;
}
