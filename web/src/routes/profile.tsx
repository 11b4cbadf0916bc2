import { createRoute } from '@tanstack/react-router';
import { ProfilePage } from '../features/profile/profile-page';
import { authedRoute } from './authed';

export const profileRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/profile',
  component: ProfilePage,
});
