import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { Ok } from './path-types';
import type { paths } from './schema';

export type FeedStatus = Ok<paths['/api/v1/me/ical']['get']>;
export type FeedCreated = Ok<paths['/api/v1/me/ical']['post']>;

const feedKey = ['me', 'ical'] as const;

export function useCalendarFeed() {
  return useQuery({
    queryKey: feedKey,
    queryFn: () => unwrap(api.GET('/api/v1/me/ical')),
  });
}

export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/me/ical')),
    onSuccess: (created) => queryClient.setQueryData(feedKey, created.feed),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/me/ical')),
    onSettled: () => queryClient.invalidateQueries({ queryKey: feedKey }),
  });
}
