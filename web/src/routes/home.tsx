import { createRoute, redirect } from '@tanstack/react-router';
import { meQueryOptions } from '../api/me';
import { allOrgsQueryOptions } from '../api/orgs';
import { NoOrgsPage } from '../features/orgs/no-orgs-page';
import { defaultOrgId } from '../features/orgs/org-tree';
import { lastOrg } from '../lib/last-org';
import { authedRoute } from './authed';

/** "/" sends the user to the overview of the organisation they last used, or their first. */
export const homeRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/',
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions());
    const orgs = await context.queryClient.ensureQueryData(allOrgsQueryOptions());
    const remembered = lastOrg();
    const orgId =
      remembered && orgs.some((org) => org.id === remembered) ? remembered : defaultOrgId(me, orgs);
    if (orgId) throw redirect({ to: '/o/$orgId', params: { orgId }, replace: true });
  },
  component: NoOrgsPage,
});
