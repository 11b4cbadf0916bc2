import type { QueryClient } from '@tanstack/react-query';
import { createRouter } from '@tanstack/react-router';
import { authedRoute } from './authed';
import { documentOrgRoutes, myDocumentsRoute } from './documents';
import { homeRoute } from './home';
import { incidentOrgRoutes, myIncidentReportsRoute, publicVulnerabilityReportRoute } from './incidents';
import { ismsRoutes } from './isms';
import { loginRoute } from './login';
import { operationsRoute } from './operations';
import { auditRoute, orgAdminRoute, orgRoute, overviewRoute } from './org';
import { profileRoute } from './profile';
import { apiTokensRoute, twoFactorRoute } from './profile-security';
import { rootRoute } from './root';
import { myTasksRoute, orgTasksRoute } from './tasks';

export const routeTree = rootRoute.addChildren([
  loginRoute,
  publicVulnerabilityReportRoute,
  authedRoute.addChildren([
    myIncidentReportsRoute,
    myDocumentsRoute,
    homeRoute,
    profileRoute,
    twoFactorRoute,
    apiTokensRoute,
    myTasksRoute,
    operationsRoute,
    orgRoute.addChildren([
      overviewRoute,
      orgAdminRoute,
      auditRoute,
      orgTasksRoute,
      ...ismsRoutes,
      ...incidentOrgRoutes,
      ...documentOrgRoutes,
    ]),
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    // Query owns freshness; the router should always run loaders/beforeLoad against it.
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
