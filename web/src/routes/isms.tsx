import { createRoute } from '@tanstack/react-router';
import { AssetCreatePage } from '../features/assets/asset-create-page';
import { AssetDetailPage } from '../features/assets/asset-detail-page';
import { AssetsPage } from '../features/assets/assets-page';
import { HeatMapPage } from '../features/risks/heat-map-page';
import { RiskCreatePage } from '../features/risks/risk-create-page';
import { RiskDetailPage } from '../features/risks/risk-detail-page';
import { RisksPage } from '../features/risks/risks-page';
import { SoaPage } from '../features/soa/soa-page';
import { orgRoute } from './org';

/** `?created=true` after creating a record: the next page says it was saved. */
const createdSearch = (search: Record<string, unknown>): { created?: boolean } =>
  search.created === true || search.created === 'true' ? { created: true } : {};

export const assetsRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/assets',
  component: function AssetsRoute() {
    const { orgId } = assetsRoute.useParams();
    return <AssetsPage orgId={orgId} />;
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

export const risksRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/risks',
  component: function RisksRoute() {
    const { orgId } = risksRoute.useParams();
    return <RisksPage orgId={orgId} />;
  },
});

export const riskCreateRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/risks/new',
  validateSearch: (search: Record<string, unknown>): { threatId?: string } =>
    typeof search.threatId === 'string' && search.threatId ? { threatId: search.threatId } : {},
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

export const soaRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/soa',
  component: function SoaRoute() {
    const { orgId } = soaRoute.useParams();
    return <SoaPage orgId={orgId} />;
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
