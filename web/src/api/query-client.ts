import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { type ApiError, isApiError, isSessionError } from './errors';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: { skipSessionRedirect?: boolean };
  }
}

/** Query client whose every query and mutation reports "session gone" (401) to one handler. */
export function createAppQueryClient(onSessionLost: (error: ApiError) => void): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (isSessionError(error) && isApiError(error)) onSessionLost(error);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (mutation.meta?.skipSessionRedirect) return;
        if (isSessionError(error) && isApiError(error)) onSessionLost(error);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // 4xx answers will not change by asking again.
        retry: (failureCount, error) =>
          !(isApiError(error) && error.status >= 400 && error.status < 500) && failureCount < 2,
      },
    },
  });
}
