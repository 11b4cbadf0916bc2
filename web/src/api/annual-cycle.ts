import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { isApiError } from './errors';
import type { Body, Ok } from './path-types';
import type { paths } from './schema';

type ActivitiesPath = paths['/api/v1/orgs/{orgId}/annual-activities'];
type ActivityPath = paths['/api/v1/orgs/{orgId}/annual-activities/{activityId}'];

export type AnnualActivity = Ok<ActivityPath['get']>;
export type Frequency = AnnualActivity['frequency'];
export type CreateActivityBody = Body<ActivitiesPath['post']>;
export type UpdateActivityBody = Body<ActivityPath['patch']>;
export type AnnualCycle = Ok<paths['/api/v1/orgs/{orgId}/annual-cycle']['get']>;
export type Occurrence = AnnualCycle['months'][number]['occurrences'][number];

export const FREQUENCIES = [
  'monthly',
  'quarterly',
  'half_yearly',
  'yearly',
] as const satisfies readonly Frequency[];

const keys = {
  org: (orgId: string) => ['annual-cycle', orgId] as const,
  activities: (orgId: string) => ['annual-cycle', orgId, 'activities'] as const,
  cycle: (orgId: string, year: number) => ['annual-cycle', orgId, 'cycle', year] as const,
};

/** Every activity of the årshjul (a few dozen at most), following the cursor. */
export function useAnnualActivities(orgId: string) {
  return useQuery({
    queryKey: keys.activities(orgId),
    queryFn: async () => {
      const items: AnnualActivity[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 20; page++) {
        const result = await unwrap(
          api.GET('/api/v1/orgs/{orgId}/annual-activities', {
            params: { path: { orgId }, query: { limit: 200, sort: 'title', ...(cursor ? { cursor } : {}) } },
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

export function useAnnualCycle(orgId: string, year: number) {
  return useQuery({
    queryKey: keys.cycle(orgId, year),
    queryFn: () =>
      unwrap(api.GET('/api/v1/orgs/{orgId}/annual-cycle', { params: { path: { orgId }, query: { year } } })),
  });
}

function useInvalidate(orgId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: keys.org(orgId) });
}

export function useCreateActivity(orgId: string) {
  const invalidate = useInvalidate(orgId);
  return useMutation({
    mutationFn: (body: CreateActivityBody) =>
      unwrap(api.POST('/api/v1/orgs/{orgId}/annual-activities', { params: { path: { orgId } }, body })),
    onSuccess: invalidate,
  });
}

export function useUpdateActivity(orgId: string) {
  const invalidate = useInvalidate(orgId);
  return useMutation({
    mutationFn: ({ activityId, body }: { activityId: string; body: UpdateActivityBody }) =>
      unwrap(
        api.PATCH('/api/v1/orgs/{orgId}/annual-activities/{activityId}', {
          params: { path: { orgId, activityId } },
          body,
        }),
      ),
    onSuccess: invalidate,
    onError: (error) => {
      if (isApiError(error) && error.code === 'version_conflict') void invalidate();
    },
  });
}

export function useDeleteActivity(orgId: string) {
  const invalidate = useInvalidate(orgId);
  return useMutation({
    mutationFn: (activityId: string) =>
      unwrap(
        api.DELETE('/api/v1/orgs/{orgId}/annual-activities/{activityId}', {
          params: { path: { orgId, activityId } },
        }),
      ),
    onSettled: invalidate,
  });
}
