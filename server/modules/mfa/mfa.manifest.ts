import type { ModuleManifest } from '../../platform/module.ts';
import { mfaMessages } from './mfa.messages.ts';
import { registerMfaRoutes } from './mfa.routes.ts';

/** Two-factor sign-in (TOTP) with recovery codes. */
export const mfaModule: ModuleManifest = {
  name: 'mfa',
  routes: registerMfaRoutes,
  messages: mfaMessages,
};
