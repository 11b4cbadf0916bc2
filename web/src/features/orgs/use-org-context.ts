import { useMemo } from 'react';
import { useCurrentUser } from '../../api/me';
import { useAllOrgs, useOrg } from '../../api/orgs';
import { effectiveRoles, permissionsAt } from './org-tree';

/** The organisation of a page, the visible tree around it, and the user's roles there. */
export function useOrgContext(orgId: string) {
  const me = useCurrentUser();
  const org = useOrg(orgId);
  const orgs = useAllOrgs();
  const all = orgs.data ?? [];
  const roles = useMemo(() => effectiveRoles(me, orgId, orgs.data ?? []), [me, orgId, orgs.data]);
  const children = useMemo(() => (orgs.data ?? []).filter((o) => o.parentId === orgId), [orgs.data, orgId]);
  const parent = org.data?.parentId ? all.find((o) => o.id === org.data?.parentId) : undefined;
  const permissions = useMemo(() => permissionsAt(me, orgId, orgs.data ?? []), [me, orgId, orgs.data]);
  return { me, org, orgs, roles, children, parent, permissions, isAdmin: permissions.has('members.manage') };
}
