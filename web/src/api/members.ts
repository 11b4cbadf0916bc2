import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { useInfiniteList } from './infinite-list';
import { meQueryKey } from './me';
import type { AddMemberBody, UpdateMemberBody } from './types';

const PAGE_SIZE = 50;

export function membersQueryKey(orgId: string) {
  return ['members', orgId] as const;
}

export function useMembers(orgId: string, q: string) {
  return useInfiniteList({
    queryKey: [...membersQueryKey(orgId), q] as const,
    fetchPage: (cursor) => {
      const query = {
        sort: 'name' as const,
        limit: PAGE_SIZE,
        ...(q ? { q } : {}),
        ...(cursor ? { cursor } : {}),
      };
      return unwrap(api.GET('/api/v1/orgs/{orgId}/members', { params: { path: { orgId }, query } }));
    },
  });
}

function useInvalidateMembers(orgId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: membersQueryKey(orgId) }),
      // The user's own memberships may have changed.
      queryClient.invalidateQueries({ queryKey: meQueryKey }),
    ]);
}

export function useAddMember(orgId: string) {
  const invalidate = useInvalidateMembers(orgId);
  return useMutation({
    mutationFn: (body: AddMemberBody) =>
      unwrap(api.POST('/api/v1/orgs/{orgId}/members', { params: { path: { orgId } }, body })),
    onSuccess: invalidate,
  });
}

export function useUpdateMember(orgId: string) {
  const invalidate = useInvalidateMembers(orgId);
  return useMutation({
    mutationFn: ({ memberId, body }: { memberId: string; body: UpdateMemberBody }) =>
      unwrap(
        api.PATCH('/api/v1/orgs/{orgId}/members/{memberId}', {
          params: { path: { orgId, memberId } },
          body,
        }),
      ),
    onSettled: invalidate,
  });
}

export function useRemoveMember(orgId: string) {
  const invalidate = useInvalidateMembers(orgId);
  return useMutation({
    mutationFn: (memberId: string) =>
      unwrap(
        api.DELETE('/api/v1/orgs/{orgId}/members/{memberId}', { params: { path: { orgId, memberId } } }),
      ),
    onSettled: invalidate,
  });
}
