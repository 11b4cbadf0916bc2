import { createRoute } from '@tanstack/react-router';
import { INCIDENT_STATUSES } from '../api/incidents';
import { BreachLogPage } from '../features/incidents/breach-log-page';
import { IncidentPage } from '../features/incidents/incident-page';
import { type IncidentFilters, IncidentsPage } from '../features/incidents/incidents-page';
import { MyReportsPage } from '../features/incidents/my-reports-page';
import { ReportIncidentPage } from '../features/incidents/report-incident-page';
import {
  VulnerabilityInboxPage,
  VulnerabilityReportPage,
} from '../features/incidents/vulnerability-inbox-page';
import { VulnerabilityReportPublicPage } from '../features/public/vulnerability-report-page';
import { authedRoute } from './authed';
import { orgRoute } from './org';
import { rootRoute } from './root';

export const reportIncidentRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/report-incident',
  component: function ReportIncidentRoute() {
    const { orgId } = reportIncidentRoute.useParams();
    return <ReportIncidentPage orgId={orgId} />;
  },
});

export const myIncidentReportsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/my-incident-reports',
  component: MyReportsPage,
});

const statusFilter = (value: unknown): IncidentFilters['status'] =>
  value === 'open' || value === 'all' || INCIDENT_STATUSES.some((status) => status === value)
    ? (value as IncidentFilters['status'])
    : undefined;

export const incidentsRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/incidents',
  validateSearch: (search: Record<string, unknown>): IncidentFilters => ({
    status: statusFilter(search.status),
    q: typeof search.q === 'string' && search.q.trim() ? search.q.trim() : undefined,
    subtree: typeof search.subtree === 'boolean' ? search.subtree : undefined,
  }),
  component: function IncidentsRoute() {
    const { orgId } = incidentsRoute.useParams();
    const filters = incidentsRoute.useSearch();
    return <IncidentsPage orgId={orgId} filters={filters} />;
  },
});

export const incidentRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/incidents/$incidentId',
  component: function IncidentRoute() {
    const { orgId, incidentId } = incidentRoute.useParams();
    return <IncidentPage key={incidentId} orgId={orgId} incidentId={incidentId} />;
  },
});

export const breachLogRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/breach-log',
  component: function BreachLogRoute() {
    const { orgId } = breachLogRoute.useParams();
    return <BreachLogPage orgId={orgId} />;
  },
});

export const vulnerabilityReportsRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/vulnerability-reports',
  component: function VulnerabilityReportsRoute() {
    const { orgId } = vulnerabilityReportsRoute.useParams();
    return <VulnerabilityInboxPage orgId={orgId} />;
  },
});

export const vulnerabilityReportRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/vulnerability-reports/$reportId',
  component: function VulnerabilityReportRoute() {
    const { orgId, reportId } = vulnerabilityReportRoute.useParams();
    return <VulnerabilityReportPage key={reportId} orgId={orgId} reportId={reportId} />;
  },
});

/** The public vulnerability report form (no login); `?org=` preselects the organisation (security.txt). */
export const publicVulnerabilityReportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/p/vulnerability-report',
  validateSearch: (search: Record<string, unknown>): { org?: string } => ({
    org: typeof search.org === 'string' && /^[0-9a-f-]{36}$/i.test(search.org) ? search.org : undefined,
  }),
  component: function PublicVulnerabilityReportRoute() {
    const { org } = publicVulnerabilityReportRoute.useSearch();
    return <VulnerabilityReportPublicPage orgId={org} />;
  },
});

/** Incident routes under the organisation. */
export const incidentOrgRoutes = [
  reportIncidentRoute,
  incidentsRoute,
  incidentRoute,
  breachLogRoute,
  vulnerabilityReportsRoute,
  vulnerabilityReportRoute,
] as const;
