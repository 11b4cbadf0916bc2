import type { ModuleManifest } from '../../platform/module.ts';
import { orgsMessages } from './orgs.messages.ts';
import { registerOrgRoutes } from './orgs.routes.ts';

/** The organisation tree. */
export const orgsModule: ModuleManifest = {
  name: 'orgs',
  routes: registerOrgRoutes,
  messages: orgsMessages,
};
