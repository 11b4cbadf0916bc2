import { createRoute } from '@tanstack/react-router';
import { ASSET_KINDS, type AssetFilters, RATINGS } from '../api/assets';
import { RISK_STATUSES, RISK_TREATMENTS, type RiskFilters, type RiskSort } from '../api/risks';
import { FRAMEWORKS, SOA_STATUSES, type SoaFilters } from '../api/soa';
import { AssetCreatePage } from '../features/assets/asset-create-page';
import { AssetDetailPage } from '../features/assets/asset-detail-page';
import { AssetsPage } from '../features/assets/assets-page';
import { HeatMapPage } from '../features/risks/heat-map-page';
import { RiskCreatePage } from '../features/risks/risk-create-page';
import { RiskDetailPage } from '../features/risks/risk-detail-page';
import { RisksPage } from '../features/risks/risks-page';
import { SoaPage } from '../features/soa/soa-page';
import { definedOnly, searchFlag, searchId, searchInt, searchOneOf, searchText } from '../lib/search-params';
import { orgRoute } from './org';

/** `?created=true` after creating a record: the next page says it was saved. */
const createdSearch = (search: Record<string, unknown>): { created?: boolean } =>
  definedOnly({ created: searchFlag(search.created) });

const assetSearch = (search: Record<string, unknown>): AssetFilters =>
  definedOnly({
    q: searchText(search.q),
    kind: searchOneOf(ASSET_KINDS, search.kind),
    minCriticality: searchInt(search.minCriticality, 1, RATINGS.length),
    clinicalCritical: searchFlag(search.clinicalCritical),
    legacy: searchFlag(search.legacy),
    healthData: searchFlag(search.healthData),
    sort: searchOneOf(['name', '-criticality'] as const, search.sort),
  });

export const assetsRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/assets',
  validateSearch: assetSearch,
  component: function AssetsRoute() {
    const { orgId } = assetsRoute.useParams();
    const filters = assetsRoute.useSearch();
    return <AssetsPage orgId={orgId} filters={filters} />;
  },
});

export const assetCreateRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/assets/new',
  component: function AssetCreateRoute() {
    const { orgId } = assetCreateRoute.useParams();
    return <AssetCreatePage orgId={orgId} />;
  },
});

export const assetDetailRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/assets/$assetId',
  validateSearch: createdSearch,
  component: function AssetDetailRoute() {
    const { orgId, assetId } = assetDetailRoute.useParams();
    const { created } = assetDetailRoute.useSearch();
    return <AssetDetailPage key={assetId} orgId={orgId} assetId={assetId} created={created} />;
  },
});

const RISK_SORTS: readonly RiskSort[] = ['-score', '-inherentScore', 'title', 'reviewDate'];

const riskSearch = (search: Record<string, unknown>): RiskFilters =>
  definedOnly({
    q: searchText(search.q),
    status: searchOneOf(RISK_STATUSES, search.status),
    treatment: searchOneOf(RISK_TREATMENTS, search.treatment),
    assetId: searchId(search.assetId),
    ownerUserId: searchId(search.ownerUserId),
    scoreMin: searchInt(search.scoreMin, 1, 25),
    reviewOverdue: searchFlag(search.reviewOverdue),
    sort: searchOneOf(RISK_SORTS, search.sort),
  });

export const risksRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/risks',
  validateSearch: riskSearch,
  component: function RisksRoute() {
    const { orgId } = risksRoute.useParams();
    const filters = risksRoute.useSearch();
    return <RisksPage orgId={orgId} filters={filters} />;
  },
});

export const riskCreateRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/risks/new',
  validateSearch: (search: Record<string, unknown>): { threatId?: string } =>
    definedOnly({ threatId: searchText(search.threatId) }),
  component: function RiskCreateRoute() {
    const { orgId } = riskCreateRoute.useParams();
    const { threatId } = riskCreateRoute.useSearch();
    return <RiskCreatePage orgId={orgId} threatId={threatId} />;
  },
});

export const riskDetailRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/risks/$riskId',
  validateSearch: createdSearch,
  component: function RiskDetailRoute() {
    const { orgId, riskId } = riskDetailRoute.useParams();
    const { created } = riskDetailRoute.useSearch();
    return <RiskDetailPage key={riskId} orgId={orgId} riskId={riskId} created={created} />;
  },
});

export const heatMapRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/heat-map',
  component: function HeatMapRoute() {
    const { orgId } = heatMapRoute.useParams();
    return <HeatMapPage orgId={orgId} />;
  },
});

const soaSearch = (search: Record<string, unknown>): SoaFilters =>
  definedOnly({
    framework: searchOneOf(FRAMEWORKS, search.framework),
    q: searchText(search.q),
    status: searchOneOf(SOA_STATUSES, search.status),
    justificationMissing: searchFlag(search.justificationMissing),
    withoutValidEvidence: searchFlag(search.withoutValidEvidence),
    deviations: searchFlag(search.deviations),
  });

export const soaRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/soa',
  validateSearch: soaSearch,
  component: function SoaRoute() {
    const { orgId } = soaRoute.useParams();
    const filters = soaRoute.useSearch();
    return <SoaPage orgId={orgId} filters={filters} />;
  },
});

export const ismsRoutes = [
  assetsRoute,
  assetCreateRoute,
  assetDetailRoute,
  risksRoute,
  riskCreateRoute,
  riskDetailRoute,
  heatMapRoute,
  soaRoute,
] as const;
