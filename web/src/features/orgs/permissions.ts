import { useMemo } from 'react';
import type { Me, Org } from '../../api/types';
import { ancestry } from './org-tree';
import { useOrgContext } from './use-org-context';

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

/** The user's permissions in the organisation of a page (collection actions such as "new risk"). */
export function usePermissions(orgId: string): ReadonlySet<Permission> {
  const { me, orgs } = useOrgContext(orgId);
  return useMemo(() => permissionsAt(me, orgId, orgs.data ?? []), [me, orgId, orgs.data]);
}
