import { createRoute, redirect } from '@tanstack/react-router';
import { isSessionError } from '../api/errors';
import { meQueryOptions } from '../api/me';
import { AppLayout } from '../features/layout/app-layout';
import { rootRoute } from './root';

/** Pathless layout for every page that needs a signed-in user. */
export const authedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'authed',
  beforeLoad: async ({ context, location }) => {
    try {
      const me = await context.queryClient.ensureQueryData(meQueryOptions());
      if (me.mustChangePassword && location.pathname !== '/profile') {
        throw redirect({ to: '/profile' });
      }
      // An organisation requires two-factor: nothing else opens until it is set up.
      if (!me.mustChangePassword && me.mfaEnrolmentRequired && location.pathname !== '/profile/two-factor') {
        throw redirect({ to: '/profile/two-factor' });
      }
    } catch (error) {
      if (isSessionError(error)) {
        throw redirect({ to: '/login', search: { redirect: location.href } });
      }
      throw error;
    }
  },
  component: AppLayout,
});
