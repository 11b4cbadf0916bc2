import { createRoute } from '@tanstack/react-router';
import { AnnualCyclePage } from '../features/annual-cycle/annual-cycle-page';
import { DocumentPage } from '../features/documents/document-page';
import { DocumentsPage } from '../features/documents/documents-page';
import { MyDocumentsPage } from '../features/documents/my-documents-page';
import { authedRoute } from './authed';
import { orgRoute } from './org';

export const documentsRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/documents',
  component: function DocumentsRoute() {
    const { orgId } = documentsRoute.useParams();
    return <DocumentsPage orgId={orgId} />;
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
  component: MyDocumentsPage,
});

export const annualCycleRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/annual-cycle',
  validateSearch: (search: Record<string, unknown>): { year?: number } => {
    const year = Number(search.year);
    return { year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined };
  },
  component: function AnnualCycleRoute() {
    const { orgId } = annualCycleRoute.useParams();
    const { year } = annualCycleRoute.useSearch();
    return <AnnualCyclePage orgId={orgId} year={year} />;
  },
});

/** Document and årshjul routes under the organisation. */
export const documentOrgRoutes = [documentsRoute, documentRoute, annualCycleRoute] as const;
