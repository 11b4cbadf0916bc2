import type { ModuleManifest } from '../../platform/module.ts';
import { registerAuthRoutes } from './auth.routes.ts';

/** Sign-in, sign-out, the signed-in user (`/me`) and their password. */
export const authModule: ModuleManifest = {
  name: 'auth',
  routes: registerAuthRoutes,
};
