import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, compact, unwrap } from './client';
import { isApiError } from './errors';
import type { Body, Ok, paths, Query } from './openapi-helpers';

export type Soa = Ok<paths['/api/v1/orgs/{orgId}/soa']['get']>;
export type SoaEntry = Soa['items'][number];
export type SoaEntryDetail = Ok<paths['/api/v1/orgs/{orgId}/soa/{requirementId}']['get']>;
export type SoaStatus = SoaEntry['status'];
export type ImplementationStatus = SoaEntry['implementationStatus'];
export type FrameworkId = SoaEntry['frameworkId'];
export type AnnexTheme = NonNullable<SoaEntry['theme']>;
export type UpdateSoaEntryBody = Body<paths['/api/v1/orgs/{orgId}/soa/{requirementId}']['patch']>;
type SoaQuery = Query<paths['/api/v1/orgs/{orgId}/soa']['get']>;

export const IMPLEMENTATION_STATUSES = [
  'not_started',
  'planned',
  'partial',
  'implemented',
] as const satisfies readonly ImplementationStatus[];
export const SOA_STATUSES = [
  ...IMPLEMENTATION_STATUSES,
  'not_applicable',
] as const satisfies readonly SoaStatus[];
export const ANNEX_THEMES = [
  'organisational',
  'people',
  'physical',
  'technological',
] as const satisfies readonly AnnexTheme[];
export const FRAMEWORKS = [
  'iso27001_2022',
  'nis2_art21',
  'gdpr_art32',
  'clinic_nine',
  'cyberforsvar',
] as const satisfies readonly FrameworkId[];

export interface SoaFilters {
  framework?: FrameworkId;
  q?: string;
  status?: SoaStatus;
  justificationMissing?: boolean;
  withoutValidEvidence?: boolean;
  deviations?: boolean;
}

export const soaQueryKey = (orgId: string) => ['soa', orgId] as const;

export function useSoa(orgId: string, filters: SoaFilters) {
  return useQuery({
    queryKey: [...soaQueryKey(orgId), 'list', filters] as const,
    queryFn: () => {
      const query: SoaQuery = compact({
        framework: filters.framework,
        q: filters.q?.trim(),
        status: filters.status,
        justificationMissing: filters.justificationMissing ? ('true' as const) : undefined,
        withoutValidEvidence: filters.withoutValidEvidence ? ('true' as const) : undefined,
        deviations: filters.deviations ? ('true' as const) : undefined,
      });
      return unwrap(api.GET('/api/v1/orgs/{orgId}/soa', { params: { path: { orgId }, query } }));
    },
  });
}

export function useSoaEntry(orgId: string, requirementId: string | null) {
  return useQuery({
    queryKey: [...soaQueryKey(orgId), 'one', requirementId] as const,
    enabled: requirementId !== null,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/soa/{requirementId}', {
          params: { path: { orgId, requirementId: requirementId ?? '' } },
        }),
      ),
  });
}

export function useUpdateSoaEntry(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ requirementId, body }: { requirementId: string; body: UpdateSoaEntryBody }) =>
      unwrap(
        api.PATCH('/api/v1/orgs/{orgId}/soa/{requirementId}', {
          params: { path: { orgId, requirementId } },
          body,
        }),
      ),
    onSettled: (_data, error) => {
      if (!error || isApiError(error)) void queryClient.invalidateQueries({ queryKey: soaQueryKey(orgId) });
    },
  });
}

export const soaExportUrl = (orgId: string, format: 'xlsx' | 'pdf', framework?: FrameworkId) => {
  const base = `/api/v1/orgs/${encodeURIComponent(orgId)}/soa.${format}`;
  return framework ? `${base}?framework=${framework}` : base;
};
