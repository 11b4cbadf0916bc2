import type { ModuleManifest } from '../../platform/module.ts';
import { assetsMessages } from './assets.messages.ts';
import { assetExists } from './assets.repository.ts';
import { registerAssetRoutes } from './assets.routes.ts';

/** The asset register: systems, processes, information, devices and services with their dependencies. */
export const assetsModule: ModuleManifest = {
  name: 'assets',
  routes: registerAssetRoutes,
  linkTargets: { asset: assetExists },
  messages: assetsMessages,
};
