import { createRoute } from '@tanstack/react-router';
import { ApiTokensPage } from '../features/security/api-tokens-page';
import { TwoFactorPage } from '../features/security/two-factor-page';
import { authedRoute } from './authed';

export const twoFactorRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/profile/two-factor',
  component: TwoFactorPage,
});

export const apiTokensRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/profile/tokens',
  component: ApiTokensPage,
});
