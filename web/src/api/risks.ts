import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, compact, unwrap } from './client';
import { isApiError } from './errors';
import { useInfiniteList } from './infinite-list';
import type { Body, Ok, paths } from './openapi-helpers';

export type Risk = Ok<paths['/api/v1/orgs/{orgId}/risks/{riskId}']['get']>;
export type RiskStatus = Risk['status'];
export type RiskTreatment = NonNullable<Risk['treatment']>;
export type RiskLevel = Risk['level'];
export type RiskAcceptance = NonNullable<Risk['acceptance']>;
export type CreateRiskBody = Body<paths['/api/v1/orgs/{orgId}/risks']['post']>;
export type UpdateRiskBody = Body<paths['/api/v1/orgs/{orgId}/risks/{riskId}']['patch']>;
export type AcceptRiskBody = Body<paths['/api/v1/orgs/{orgId}/risks/{riskId}/acceptance']['post']>;
export type RiskMatrix = Ok<paths['/api/v1/orgs/{orgId}/risk-matrix']['get']>;
export type Threat = Ok<paths['/api/v1/orgs/{orgId}/threats']['get']>['items'][number];
export type ThreatCategory = Threat['category'];
export type HeatMap = Ok<paths['/api/v1/orgs/{orgId}/risks/heat-map']['get']>;
export type HeatMapCell = HeatMap['inherent']['cells'][number];
export type RiskAction = Ok<paths['/api/v1/orgs/{orgId}/risks/{riskId}/actions']['get']>['items'][number];
export type CreateActionBody = Body<paths['/api/v1/orgs/{orgId}/risks/{riskId}/actions']['post']>;

export const RISK_STATUSES = ['draft', 'open', 'accepted', 'closed'] as const satisfies readonly RiskStatus[];
export const RISK_TREATMENTS = [
  'reduce',
  'accept',
  'avoid',
  'transfer',
] as const satisfies readonly RiskTreatment[];
export const THREAT_CATEGORIES = [
  'malicious',
  'insider',
  'supplier',
  'human_error',
  'technical',
  'physical',
  'environmental',
] as const satisfies readonly ThreatCategory[];

export type RiskSort = '-score' | 'score' | '-inherentScore' | 'title' | 'reviewDate';

export interface RiskFilters {
  q?: string;
  status?: RiskStatus;
  treatment?: RiskTreatment;
  assetId?: string;
  ownerUserId?: string;
  scoreMin?: number;
  reviewOverdue?: boolean;
  sort?: RiskSort;
}

const PAGE_SIZE = 50;
export const risksQueryKey = (orgId: string) => ['risks', orgId] as const;

export function useRisks(orgId: string, filters: RiskFilters) {
  return useInfiniteList({
    queryKey: [...risksQueryKey(orgId), 'list', filters] as const,
    fetchPage: (cursor) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/risks', {
          params: {
            path: { orgId },
            query: {
              limit: PAGE_SIZE,
              ...compact({
                q: filters.q?.trim(),
                status: filters.status,
                treatment: filters.treatment,
                assetId: filters.assetId,
                ownerUserId: filters.ownerUserId,
                scoreMin: filters.scoreMin,
                reviewOverdue: filters.reviewOverdue ? ('true' as const) : undefined,
                sort: filters.sort,
                cursor,
              }),
            },
          },
        }),
      ),
  });
}

export function useRisk(orgId: string, riskId: string) {
  return useQuery({
    queryKey: [...risksQueryKey(orgId), 'one', riskId] as const,
    queryFn: () =>
      unwrap(api.GET('/api/v1/orgs/{orgId}/risks/{riskId}', { params: { path: { orgId, riskId } } })),
  });
}

export function useRiskMatrix(orgId: string) {
  return useQuery({
    queryKey: [...risksQueryKey(orgId), 'matrix'] as const,
    queryFn: () => unwrap(api.GET('/api/v1/orgs/{orgId}/risk-matrix', { params: { path: { orgId } } })),
    staleTime: 5 * 60_000,
  });
}

export function useThreats(orgId: string) {
  return useQuery({
    queryKey: [...risksQueryKey(orgId), 'threats'] as const,
    queryFn: () => unwrap(api.GET('/api/v1/orgs/{orgId}/threats', { params: { path: { orgId } } })),
    staleTime: 5 * 60_000,
  });
}

export function useHeatMap(orgId: string) {
  return useQuery({
    queryKey: [...risksQueryKey(orgId), 'heat-map'] as const,
    queryFn: () => unwrap(api.GET('/api/v1/orgs/{orgId}/risks/heat-map', { params: { path: { orgId } } })),
  });
}

export function useRiskActions(orgId: string, riskId: string) {
  return useQuery({
    queryKey: [...risksQueryKey(orgId), 'actions', riskId] as const,
    queryFn: () =>
      unwrap(api.GET('/api/v1/orgs/{orgId}/risks/{riskId}/actions', { params: { path: { orgId, riskId } } })),
  });
}

function useInvalidateRisks(orgId: string) {
  const queryClient = useQueryClient();
  return (_data: unknown, error: unknown) => {
    if (error && !isApiError(error)) return;
    void queryClient.invalidateQueries({ queryKey: risksQueryKey(orgId) });
    // Actions and acceptances raise or close tasks.
    void queryClient.invalidateQueries({ queryKey: ['tasks'] });
  };
}

export function useCreateRisk(orgId: string) {
  const invalidate = useInvalidateRisks(orgId);
  return useMutation({
    mutationFn: (body: CreateRiskBody) =>
      unwrap(api.POST('/api/v1/orgs/{orgId}/risks', { params: { path: { orgId } }, body })),
    onSettled: invalidate,
  });
}

export function useUpdateRisk(orgId: string, riskId: string) {
  const invalidate = useInvalidateRisks(orgId);
  return useMutation({
    mutationFn: (body: UpdateRiskBody) =>
      unwrap(api.PATCH('/api/v1/orgs/{orgId}/risks/{riskId}', { params: { path: { orgId, riskId } }, body })),
    onSettled: invalidate,
  });
}

export function useAcceptRisk(orgId: string, riskId: string) {
  const invalidate = useInvalidateRisks(orgId);
  return useMutation({
    mutationFn: (body: AcceptRiskBody) =>
      unwrap(
        api.POST('/api/v1/orgs/{orgId}/risks/{riskId}/acceptance', {
          params: { path: { orgId, riskId } },
          body,
        }),
      ),
    onSettled: invalidate,
  });
}

export function useCreateRiskAction(orgId: string, riskId: string) {
  const invalidate = useInvalidateRisks(orgId);
  return useMutation({
    mutationFn: (body: CreateActionBody) =>
      unwrap(
        api.POST('/api/v1/orgs/{orgId}/risks/{riskId}/actions', {
          params: { path: { orgId, riskId } },
          body,
        }),
      ),
    onSettled: invalidate,
  });
}

const path = (orgId: string, rest: string) => `/api/v1/orgs/${encodeURIComponent(orgId)}/${rest}`;

export const treatmentPlanUrl = (orgId: string, format: 'xlsx' | 'pdf') =>
  path(orgId, `risks/treatment-plan.${format}`);

/** Titles of the live risks (open and accepted), to name the risks in a heat-map cell. */
export function useLiveRiskTitles(orgId: string) {
  return useQuery({
    queryKey: [...risksQueryKey(orgId), 'live-titles'] as const,
    queryFn: async () => {
      const titles = new Map<string, Risk>();
      let cursor: string | undefined;
      for (let page = 0; page < 20; page++) {
        const result = await unwrap(
          api.GET('/api/v1/orgs/{orgId}/risks', {
            params: {
              path: { orgId },
              query: { status: 'open,accepted', limit: 500, ...compact({ cursor }) },
            },
          }),
        );
        for (const risk of result.items) titles.set(risk.id, risk);
        if (!result.nextCursor) break;
        cursor = result.nextCursor;
      }
      return titles;
    },
  });
}
