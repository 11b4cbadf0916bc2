import type { ModuleManifest } from '../../platform/module.ts';
import { authMessages } from './auth.messages.ts';
import { registerAuthRoutes } from './auth.routes.ts';
import { registerMfaRoutes } from './mfa.routes.ts';

/**
 * Sign-in, sign-out, the signed-in user (`/me`), their password and their second factor (TOTP
 * with recovery codes, `/me/mfa` and an admin's reset of a member's second factor).
 */
export const authModule: ModuleManifest = {
  name: 'auth',
  routes: (app) => {
    registerAuthRoutes(app);
    registerMfaRoutes(app);
  },
  messages: authMessages,
};
