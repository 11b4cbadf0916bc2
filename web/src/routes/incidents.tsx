import { createRoute } from '@tanstack/react-router';
import { INCIDENT_STATUSES } from '../api/incidents';
import type { VulnerabilityReportStatus } from '../api/vulnerability-reports';
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
import {
  definedOnly,
  searchBoolean,
  searchFlag,
  searchId,
  searchOneOf,
  searchText,
} from '../lib/search-params';
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

const INCIDENT_STATUS_FILTERS = ['open', 'all', ...INCIDENT_STATUSES] as const;
const REPORT_STATUS_FILTERS = ['received', 'accepted', 'rejected', 'all'] as const satisfies readonly (
  | VulnerabilityReportStatus
  | 'all'
)[];

export const incidentsRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/incidents',
  validateSearch: (search: Record<string, unknown>): IncidentFilters =>
    definedOnly({
      status: searchOneOf(INCIDENT_STATUS_FILTERS, search.status),
      q: searchText(search.q),
      subtree: searchBoolean(search.subtree),
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
  validateSearch: (search: Record<string, unknown>): { subtree?: true } =>
    definedOnly({ subtree: searchFlag(search.subtree) }),
  component: function BreachLogRoute() {
    const { orgId } = breachLogRoute.useParams();
    const { subtree } = breachLogRoute.useSearch();
    return <BreachLogPage orgId={orgId} subtree={subtree} />;
  },
});

export const vulnerabilityReportsRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/vulnerability-reports',
  validateSearch: (search: Record<string, unknown>): { status?: VulnerabilityReportStatus | 'all' } =>
    definedOnly({ status: searchOneOf(REPORT_STATUS_FILTERS, search.status) }),
  component: function VulnerabilityReportsRoute() {
    const { orgId } = vulnerabilityReportsRoute.useParams();
    const { status } = vulnerabilityReportsRoute.useSearch();
    return <VulnerabilityInboxPage orgId={orgId} status={status} />;
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
  validateSearch: (search: Record<string, unknown>): { org?: string } =>
    definedOnly({ org: searchId(search.org) }),
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
