import '@mantine/core/styles.css';
import './styles.css';
import './i18n';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setCsrfToken } from './api/client';
import { type ApiError, isApiError } from './api/errors';
import { meQueryKey } from './api/me';
import { createAppQueryClient } from './api/query-client';
import { createAppRouter } from './routes/tree';
import { cssVariablesResolver, theme } from './theme';

let leaving = false;

/**
 * Any 401 while using the app (session expired, or ended on another device): forget the session
 * and ask the user to log in again, then come back to the same page.
 */
function onSessionLost(_error: ApiError): void {
  const { pathname, href } = router.state.location;
  // Without a known user this is a first visit: the authenticated layout redirects by itself.
  const wasSignedIn = queryClient.getQueryData(meQueryKey) !== undefined;
  if (leaving || !wasSignedIn || pathname === '/login') return;
  leaving = true;
  setCsrfToken(null);
  void router
    .navigate({ to: '/login', search: { redirect: href, reason: 'expired' }, replace: true })
    .finally(() => {
      queryClient.clear();
      leaving = false;
    });
}

const queryClient = createAppQueryClient(onSessionLost);
const router = createAppRouter(queryClient);

/**
 * An organisation of the user started requiring two-factor while they work (the server answers
 * 403 mfa_enrolment_required): reload "me" and open the enrolment page, which explains why.
 */
function onMfaEnrolmentRequired(error: unknown): void {
  if (!isApiError(error) || error.code !== 'mfa_enrolment_required') return;
  if (router.state.location.pathname === '/profile/two-factor') return;
  void queryClient
    .invalidateQueries({ queryKey: meQueryKey, exact: true })
    .then(() => router.navigate({ to: '/profile/two-factor' }));
}
queryClient.getQueryCache().subscribe((event) => {
  if (event.type === 'updated' && event.action.type === 'error') onMfaEnrolmentRequired(event.action.error);
});
queryClient.getMutationCache().subscribe((event) => {
  if (event.type === 'updated' && event.action.type === 'error') onMfaEnrolmentRequired(event.action.error);
});

const container = document.getElementById('root');
if (!container) throw new Error('#root missing in index.html');

createRoot(container).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
