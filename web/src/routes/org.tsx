import { createRoute, Outlet } from '@tanstack/react-router';
import type { AuditFilters } from '../api/audit';
import { AuditPage } from '../features/audit/audit-page';
import { OrgAdminPage } from '../features/orgs/org-admin-page';
import { OverviewPage } from '../features/orgs/overview-page';
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

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim()
    ? value.trim()
    : typeof value === 'number'
      ? String(value)
      : undefined;
const date = (value: unknown): string | undefined => {
  const candidate = text(value);
  return candidate && /^\d{4}-\d{2}-\d{2}$/.test(candidate) ? candidate : undefined;
};

export const auditRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/audit',
  validateSearch: (search: Record<string, unknown>): AuditFilters => ({
    action: text(search.action),
    entityType: text(search.entityType),
    from: date(search.from),
    to: date(search.to),
  }),
  component: function AuditRoute() {
    const { orgId } = auditRoute.useParams();
    const filters = auditRoute.useSearch();
    return <AuditPage orgId={orgId} filters={filters} />;
  },
});
