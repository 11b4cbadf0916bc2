import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, compact, unwrap } from './client';
import { useInfiniteList } from './infinite-list';
import type { Ok, paths, Query } from './openapi-helpers';

export type LoginLock = Ok<paths['/api/v1/admin/login-locks']['get']>['items'][number];
export type Job = Ok<paths['/api/v1/admin/jobs']['get']>['items'][number];
export type JobStatus = Job['status'];
export type OutboxMail = Ok<paths['/api/v1/admin/outbox']['get']>['items'][number];
export type OutboxStatus = NonNullable<Query<paths['/api/v1/admin/outbox']['get']>['status']>;

const PAGE_SIZE = 50;
const operationsKey = ['operations'] as const;

export function useLoginLocks() {
  return useQuery({
    queryKey: [...operationsKey, 'locks'] as const,
    queryFn: () => unwrap(api.GET('/api/v1/admin/login-locks')),
    select: (data) => data.items,
  });
}

export function useClearLoginLock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (key: string) =>
      unwrap(api.DELETE('/api/v1/admin/login-locks/{key}', { params: { path: { key } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...operationsKey, 'locks'] }),
  });
}

export function useJobs(status: JobStatus) {
  return useInfiniteList({
    queryKey: [...operationsKey, 'jobs', status] as const,
    fetchPage: (cursor) =>
      unwrap(
        api.GET('/api/v1/admin/jobs', {
          params: { query: { status, limit: PAGE_SIZE, ...compact({ cursor }) } },
        }),
      ),
  });
}

export function useRetryJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (jobId: string) =>
      unwrap(api.POST('/api/v1/admin/jobs/{jobId}/retry', { params: { path: { jobId } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...operationsKey, 'jobs'] }),
  });
}

export function useOutbox(status: OutboxStatus | undefined) {
  return useInfiniteList({
    queryKey: [...operationsKey, 'outbox', status ?? 'all'] as const,
    fetchPage: (cursor) =>
      unwrap(
        api.GET('/api/v1/admin/outbox', {
          params: { query: { limit: PAGE_SIZE, ...compact({ status, cursor }) } },
        }),
      ),
  });
}

/** Queues a test mail to the admin's own address, to check the mail set-up. */
export function useSendTestMail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/admin/outbox/test-mail')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...operationsKey, 'outbox'] }),
  });
}
