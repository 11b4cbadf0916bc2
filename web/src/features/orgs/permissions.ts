import { useOrgContext } from './use-org-context';

export type { Permission } from './org-tree';

/** The user's permissions in the organisation of a page (collection actions such as "new risk"). */
export function usePermissions(orgId: string) {
  return useOrgContext(orgId).permissions;
}
