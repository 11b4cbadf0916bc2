import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { isApiError } from './errors';
import type { CreateOrgBody, Org, UpdateOrgBody } from './types';

const PAGE_SIZE = 500;
const MAX_PAGES = 100;

export const orgsQueryKey = ['orgs'] as const;

/** Every organisation the user can see, following `nextCursor` to the end. */
export function allOrgsQueryOptions() {
  return queryOptions({
    queryKey: [...orgsQueryKey, 'all'] as const,
    queryFn: async () => {
      const items: Org[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const query = cursor
          ? { limit: PAGE_SIZE, sort: 'name', cursor }
          : { limit: PAGE_SIZE, sort: 'name' };
        const result = await unwrap(api.GET('/api/v1/orgs', { params: { query } }));
        items.push(...result.items);
        if (!result.nextCursor) break;
        cursor = result.nextCursor;
      }
      return items;
    },
  });
}

export function useAllOrgs() {
  return useQuery(allOrgsQueryOptions());
}

export function orgQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: [...orgsQueryKey, 'one', orgId] as const,
    queryFn: () => unwrap(api.GET('/api/v1/orgs/{orgId}', { params: { path: { orgId } } })),
  });
}

export function useOrg(orgId: string) {
  return useQuery(orgQueryOptions(orgId));
}

export function useUpdateOrg(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateOrgBody) =>
      unwrap(api.PATCH('/api/v1/orgs/{orgId}', { params: { path: { orgId } }, body })),
    onSuccess: (org) => {
      queryClient.setQueryData(orgQueryOptions(orgId).queryKey, org);
      void queryClient.invalidateQueries({ queryKey: allOrgsQueryOptions().queryKey });
      void queryClient.invalidateQueries({ queryKey: ['me'] });
    },
    // Someone else saved first: load their version so the user can check it and save again.
    onError: (error) => {
      if (isApiError(error) && error.code === 'version_conflict') {
        void queryClient.invalidateQueries({ queryKey: orgQueryOptions(orgId).queryKey });
      }
    },
  });
}

export function useCreateOrg() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateOrgBody) => unwrap(api.POST('/api/v1/orgs', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: allOrgsQueryOptions().queryKey }),
  });
}
