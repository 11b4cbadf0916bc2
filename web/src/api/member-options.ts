import { useQuery } from '@tanstack/react-query';
import { ancestry } from '../features/orgs/org-tree';
import { api, unwrap } from './client';
import { isStatus } from './errors';
import { useAllOrgs } from './orgs';

export interface PersonOption {
  userId: string;
  name: string;
  email: string;
}

/**
 * People who work in an organisation, for pickers (assignee, owner): its members and the members
 * of its ancestors whose role includes the subtree. Listed once per person, by name.
 */
export function usePeopleOptions(orgId: string, enabled = true) {
  const orgs = useAllOrgs();
  // A role at the sector root never reaches into the subtree (DESIGN.md section 4).
  const orgIds = ancestry(orgId, orgs.data ?? [])
    .filter((org, index) => index === 0 || org.kind !== 'sector')
    .map((org) => org.id);
  if (orgIds.length === 0) orgIds.push(orgId);
  return useQuery({
    queryKey: ['members', orgId, 'people-options', orgIds] as const,
    enabled: enabled && orgs.isSuccess,
    staleTime: 60_000,
    queryFn: async () => {
      const people = new Map<string, PersonOption>();
      for (const [index, id] of orgIds.entries()) {
        try {
          const result = await unwrap(
            api.GET('/api/v1/orgs/{orgId}/members', {
              params: { path: { orgId: id }, query: { sort: 'name', limit: 500 } },
            }),
          );
          for (const member of result.items) {
            const reaches = index === 0 || member.includeSubtree;
            if (reaches && !people.has(member.userId)) {
              people.set(member.userId, { userId: member.userId, name: member.name, email: member.email });
            }
          }
        } catch (error) {
          // An ancestor the user may not list members of: skip it.
          if (!isStatus(error, 403, 404)) throw error;
        }
      }
      return [...people.values()].sort((a, b) => a.name.localeCompare(b.name, 'da'));
    },
  });
}
