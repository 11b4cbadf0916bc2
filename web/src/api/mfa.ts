import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { meQueryKey } from './me';
import type { Body, Ok, paths } from './openapi-helpers';

export type MfaStatus = Ok<paths['/api/v1/me/mfa']['get']>;
export type TotpSetup = Ok<paths['/api/v1/me/mfa/totp/setup']['post']>;
export type DisableTotpBody = Body<paths['/api/v1/me/mfa/totp/disable']['post']>;

export const mfaQueryKey = ['me', 'mfa'] as const;

export function useMfaStatus() {
  return useQuery({
    queryKey: mfaQueryKey,
    queryFn: () => unwrap(api.GET('/api/v1/me/mfa')),
  });
}

function useRefreshMe() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: mfaQueryKey }),
      queryClient.invalidateQueries({ queryKey: meQueryKey, exact: true }),
    ]);
}

/** Step 1: a new secret and its QR code (pending until confirmed). */
export function useStartTotpSetup() {
  return useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/me/mfa/totp/setup')) });
}

/** Step 2: the first code turns two-factor on and returns the recovery codes, once. */
export function useConfirmTotp() {
  const refresh = useRefreshMe();
  return useMutation({
    mutationFn: (code: string) => unwrap(api.POST('/api/v1/me/mfa/totp/confirm', { body: { code } })),
    // The codes are shown before "me" changes, so the page does not jump away from them.
    onSuccess: () => void refresh(),
  });
}

export function useDisableTotp() {
  const refresh = useRefreshMe();
  return useMutation({
    mutationFn: (body: DisableTotpBody) => unwrap(api.POST('/api/v1/me/mfa/totp/disable', { body })),
    // Not awaited: the form's own onSuccess (its message) runs before the page swaps sections.
    onSuccess: () => void refresh(),
  });
}
