import { createRoute, Outlet } from '@tanstack/react-router';
import type { AuditFilters } from '../api/audit';
import { AuditPage } from '../features/audit/audit-page';
import { OrgAdminPage } from '../features/orgs/org-admin-page';
import { OverviewPage } from '../features/orgs/overview-page';
import { definedOnly, searchDate, searchText } from '../lib/search-params';
import { authedRoute } from './authed';

export const orgRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/o/$orgId',
  component: Outlet,
});

export const overviewRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/',
  component: function OverviewRoute() {
    const { orgId } = overviewRoute.useParams();
    return <OverviewPage orgId={orgId} />;
  },
});

export const orgAdminRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/admin',
  component: function OrgAdminRoute() {
    const { orgId } = orgAdminRoute.useParams();
    return <OrgAdminPage orgId={orgId} />;
  },
});

export const auditRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/audit',
  validateSearch: (search: Record<string, unknown>): AuditFilters =>
    definedOnly({
      action: searchText(search.action),
      entityType: searchText(search.entityType),
      from: searchDate(search.from),
      to: searchDate(search.to),
    }),
  component: function AuditRoute() {
    const { orgId } = auditRoute.useParams();
    const filters = auditRoute.useSearch();
    return <AuditPage orgId={orgId} filters={filters} />;
  },
});
