import type { ModuleManifest } from '../../platform/module.ts';
import { membersMessages } from './members.messages.ts';
import { registerMemberRoutes } from './members.routes.ts';

/** Memberships: who holds which role where. */
export const membersModule: ModuleManifest = {
  name: 'members',
  routes: registerMemberRoutes,
  messages: membersMessages,
};
