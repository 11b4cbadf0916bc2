import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, compact, unwrap } from './client';
import { isApiError } from './errors';
import { useInfiniteList } from './infinite-list';
import type { Body, Ok, paths } from './openapi-helpers';

export type Asset = Ok<paths['/api/v1/orgs/{orgId}/assets/{assetId}']['get']>;
export type AssetKind = Asset['kind'];
export type AssetHosting = NonNullable<Asset['hosting']>;
export type AssetRef = Asset['dependsOn'][number];
export type AssetImpact = Ok<paths['/api/v1/orgs/{orgId}/assets/{assetId}/impact']['get']>;
export type CreateAssetBody = Body<paths['/api/v1/orgs/{orgId}/assets']['post']>;
export type UpdateAssetBody = Body<paths['/api/v1/orgs/{orgId}/assets/{assetId}']['patch']>;

export const ASSET_KINDS = [
  'system',
  'process',
  'information',
  'device',
  'service',
  'location',
] as const satisfies readonly AssetKind[];

export const ASSET_HOSTINGS = [
  'on_premises',
  'shared_operations',
  'supplier_hosted',
  'cloud',
  'none',
] as const satisfies readonly AssetHosting[];

/** 1 low … 4 critical: criticality and the CIA ratings share the scale. */
export const RATINGS = [1, 2, 3, 4] as const;

export interface AssetFilters {
  q?: string;
  kind?: AssetKind;
  minCriticality?: number;
  clinicalCritical?: boolean;
  legacy?: boolean;
  healthData?: boolean;
  sort?: 'name' | '-criticality';
}

const PAGE_SIZE = 100;
export const assetsQueryKey = (orgId: string) => ['assets', orgId] as const;

export function useAssets(orgId: string, filters: AssetFilters) {
  return useInfiniteList({
    queryKey: [...assetsQueryKey(orgId), 'list', filters] as const,
    fetchPage: (cursor) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/assets', {
          params: {
            path: { orgId },
            query: {
              limit: PAGE_SIZE,
              ...compact({
                q: filters.q?.trim(),
                kind: filters.kind,
                minCriticality: filters.minCriticality,
                clinicalCritical: filters.clinicalCritical ? ('true' as const) : undefined,
                legacy: filters.legacy ? ('true' as const) : undefined,
                healthData: filters.healthData ? ('true' as const) : undefined,
                sort: filters.sort,
                cursor,
              }),
            },
          },
        }),
      ),
  });
}

/** Every asset of the organisation (for pickers): the register is hundreds, not millions. */
export function allAssetsQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: [...assetsQueryKey(orgId), 'all'] as const,
    queryFn: async () => {
      const items: Asset[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 20; page++) {
        const result = await unwrap(
          api.GET('/api/v1/orgs/{orgId}/assets', {
            params: { path: { orgId }, query: { limit: 500, ...compact({ cursor }) } },
          }),
        );
        items.push(...result.items);
        if (!result.nextCursor) break;
        cursor = result.nextCursor;
      }
      return items;
    },
  });
}

export function useAllAssets(orgId: string, enabled = true) {
  return useQuery({ ...allAssetsQueryOptions(orgId), enabled });
}

export function useAsset(orgId: string, assetId: string) {
  return useQuery({
    queryKey: [...assetsQueryKey(orgId), 'one', assetId] as const,
    queryFn: () =>
      unwrap(api.GET('/api/v1/orgs/{orgId}/assets/{assetId}', { params: { path: { orgId, assetId } } })),
  });
}

export function useAssetImpact(orgId: string, assetId: string) {
  return useQuery({
    queryKey: [...assetsQueryKey(orgId), 'impact', assetId] as const,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/assets/{assetId}/impact', { params: { path: { orgId, assetId } } }),
      ),
  });
}

export function useCreateAsset(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateAssetBody) =>
      unwrap(api.POST('/api/v1/orgs/{orgId}/assets', { params: { path: { orgId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assetsQueryKey(orgId) }),
  });
}

export function useUpdateAsset(orgId: string, assetId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateAssetBody) =>
      unwrap(
        api.PATCH('/api/v1/orgs/{orgId}/assets/{assetId}', { params: { path: { orgId, assetId } }, body }),
      ),
    onSettled: (_data, error) => {
      if (!error || isApiError(error))
        void queryClient.invalidateQueries({ queryKey: assetsQueryKey(orgId) });
    },
  });
}

const path = (orgId: string, rest: string) => `/api/v1/orgs/${encodeURIComponent(orgId)}/${rest}`;

export const assetExportUrl = (orgId: string) => path(orgId, 'assets/export.xlsx');
export const criticalProcessesExportUrl = (orgId: string) => path(orgId, 'assets/critical-processes.xlsx');
