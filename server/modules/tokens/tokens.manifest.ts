import type { ModuleManifest } from '../../platform/module.ts';
import { registerTokenRoutes } from './tokens.routes.ts';

/** Personal API tokens. */
export const tokensModule: ModuleManifest = {
  name: 'tokens',
  routes: registerTokenRoutes,
};
