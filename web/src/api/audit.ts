import { useQuery } from '@tanstack/react-query';
import { api, compact, unwrap } from './client';
import { isStatus } from './errors';
import { useInfiniteList } from './infinite-list';

const PAGE_SIZE = 50;

export interface AuditFilters {
  action?: string;
  entityType?: string;
  from?: string;
  to?: string;
}

export function useAuditEvents(orgId: string, filters: AuditFilters) {
  return useInfiniteList({
    queryKey: ['audit', orgId, filters] as const,
    fetchPage: (cursor) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/audit-events', {
          params: {
            path: { orgId },
            query: { ...compact({ ...filters, cursor }), limit: PAGE_SIZE },
          },
        }),
      ),
  });
}

/** Whether the user may read this organisation's audit log: we simply ask for one event. */
export function useAuditAccess(orgId: string | undefined) {
  return useQuery({
    queryKey: ['audit-access', orgId] as const,
    enabled: Boolean(orgId),
    staleTime: 5 * 60_000,
    queryFn: async () => {
      try {
        await unwrap(
          api.GET('/api/v1/orgs/{orgId}/audit-events', {
            params: { path: { orgId: orgId ?? '' }, query: { limit: 1 } },
          }),
        );
        return true;
      } catch (error) {
        if (isStatus(error, 403, 404)) return false;
        throw error;
      }
    },
  });
}

export function auditCsvUrl(orgId: string, filters: AuditFilters): string {
  const query = new URLSearchParams(compact({ ...filters })).toString();
  const path = `/api/v1/orgs/${encodeURIComponent(orgId)}/audit-events.csv`;
  return query ? `${path}?${query}` : path;
}
