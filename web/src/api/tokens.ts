import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { Body, Ok, paths } from './openapi-helpers';

export type ApiTokenList = Ok<paths['/api/v1/me/tokens']['get']>;
export type ApiToken = ApiTokenList['items'][number];
export type CreateTokenBody = Body<paths['/api/v1/me/tokens']['post']>;
export type CreatedToken = Ok<paths['/api/v1/me/tokens']['post']>;

export const tokensQueryKey = ['me', 'tokens'] as const;

export function useApiTokens() {
  return useQuery({
    queryKey: tokensQueryKey,
    queryFn: () => unwrap(api.GET('/api/v1/me/tokens')),
  });
}

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTokenBody) => unwrap(api.POST('/api/v1/me/tokens', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensQueryKey }),
  });
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: string) =>
      unwrap(api.DELETE('/api/v1/me/tokens/{tokenId}', { params: { path: { tokenId } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: tokensQueryKey }),
  });
}
