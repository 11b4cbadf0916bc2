import { createRoute } from '@tanstack/react-router';
import { DOCUMENT_KINDS } from '../api/documents';
import { AnnualCyclePage } from '../features/annual-cycle/annual-cycle-page';
import { DocumentPage } from '../features/documents/document-page';
import { type DocumentFilters, DocumentsPage } from '../features/documents/documents-page';
import { MyDocumentsPage } from '../features/documents/my-documents-page';
import { definedOnly, searchFlag, searchInt, searchOneOf } from '../lib/search-params';
import { authedRoute } from './authed';
import { orgRoute } from './org';

export const documentsRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/documents',
  validateSearch: (search: Record<string, unknown>): DocumentFilters =>
    definedOnly({
      kind: searchOneOf(DOCUMENT_KINDS, search.kind),
      reviewStatus: searchOneOf(['due', 'overdue'] as const, search.reviewStatus),
      archived: searchFlag(search.archived),
    }),
  component: function DocumentsRoute() {
    const { orgId } = documentsRoute.useParams();
    const filters = documentsRoute.useSearch();
    return <DocumentsPage orgId={orgId} filters={filters} />;
  },
});

export const documentRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/documents/$documentId',
  component: function DocumentRoute() {
    const { orgId, documentId } = documentRoute.useParams();
    return <DocumentPage key={documentId} orgId={orgId} documentId={documentId} />;
  },
});

export const myDocumentsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/my-documents',
  validateSearch: (search: Record<string, unknown>): { show?: 'all' } =>
    definedOnly({ show: searchOneOf(['all'] as const, search.show) }),
  component: function MyDocumentsRoute() {
    const { show } = myDocumentsRoute.useSearch();
    return <MyDocumentsPage show={show} />;
  },
});

export const annualCycleRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/annual-cycle',
  validateSearch: (search: Record<string, unknown>): { year?: number } =>
    definedOnly({ year: searchInt(search.year, 2000, 2100) }),
  component: function AnnualCycleRoute() {
    const { orgId } = annualCycleRoute.useParams();
    const { year } = annualCycleRoute.useSearch();
    return <AnnualCyclePage orgId={orgId} year={year} />;
  },
});

/** Document and årshjul routes under the organisation. */
export const documentOrgRoutes = [documentsRoute, documentRoute, annualCycleRoute] as const;
