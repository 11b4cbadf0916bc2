import { createRoute } from '@tanstack/react-router';
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
  component: function LoginRoute() {
    const search = loginRoute.useSearch();
    return <LoginPage redirectTo={search.redirect} reason={search.reason} />;
  },
});
