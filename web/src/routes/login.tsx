import { createRoute, redirect } from '@tanstack/react-router';
import { meQueryOptions } from '../api/me';
import { LoginPage, type LoginReason } from '../features/auth/login-page';
import { rootRoute } from './root';

interface LoginSearch {
  redirect?: string;
  reason?: LoginReason;
}

const reasons: readonly LoginReason[] = ['expired', 'logged_out', 'logged_out_all'];

export const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): LoginSearch => ({
    redirect: typeof search.redirect === 'string' ? search.redirect : undefined,
    reason: reasons.find((reason) => reason === search.reason),
  }),
  beforeLoad: ({ context }) => {
    // Already signed in (known from this tab's cache): go straight to the app.
    if (context.queryClient.getQueryData(meQueryOptions().queryKey)) throw redirect({ to: '/' });
  },
  component: function LoginRoute() {
    const search = loginRoute.useSearch();
    return <LoginPage redirectTo={search.redirect} reason={search.reason} />;
  },
});
