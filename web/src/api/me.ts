import { queryOptions, useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { api, setCsrfToken, unwrap } from './client';
import type { Me, UpdateMeBody } from './types';

export const meQueryKey = ['me'] as const;

export function meQueryOptions() {
  return queryOptions({
    queryKey: meQueryKey,
    queryFn: async () => {
      const me = await unwrap(api.GET('/api/v1/me'));
      setCsrfToken(me.csrfToken);
      return me;
    },
    staleTime: 60_000,
  });
}

/** The logged-in user. Only for pages under the authenticated layout, which loads it first. */
export function useCurrentUser(): Me {
  return useSuspenseQuery(meQueryOptions()).data;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; password: string; totp?: string; recoveryCode?: string }) =>
      unwrap(api.POST('/api/v1/auth/login', { body })),
    meta: { skipSessionRedirect: true },
    onSuccess: (me) => {
      queryClient.clear();
      setCsrfToken(me.csrfToken);
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}

export type SignOutReason = 'logged_out' | 'logged_out_all';

/**
 * Ends the session (or every session of the user), then leaves for the login page before the
 * cache is emptied, so no page is left rendering without a user.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const mutation = useMutation({
    mutationFn: (everywhere: boolean) =>
      unwrap(api.POST(everywhere ? '/api/v1/auth/logout-all' : '/api/v1/auth/logout')),
    meta: { skipSessionRedirect: true },
  });
  const signOut = async (everywhere: boolean) => {
    // Whatever the answer (even 401: already gone), this browser no longer has a session.
    await mutation.mutateAsync(everywhere).catch(() => undefined);
    const reason: SignOutReason = everywhere ? 'logged_out_all' : 'logged_out';
    await navigate({ to: '/login', search: { reason } });
    setCsrfToken(null);
    queryClient.clear();
  };
  return { signOut, isPending: mutation.isPending };
}

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateMeBody) => unwrap(api.PATCH('/api/v1/me', { body })),
    onSuccess: (me) => {
      setCsrfToken(me.csrfToken);
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      unwrap(api.POST('/api/v1/me/password', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}
