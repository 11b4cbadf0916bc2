import type { ModuleManifest } from '../../platform/module.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { registerJobRoutes } from './jobs.routes.ts';
import { registerLoginLockRoutes } from './login-locks.routes.ts';
import { registerOutboxRoutes } from './outbox.routes.ts';

/** Instance operations for the sector root's admins: job queue, mail outbox, sign-in locks. */
export const adminModule: ModuleManifest = {
  name: 'admin',
  routes: (app: ZodApp) => {
    registerJobRoutes(app);
    registerOutboxRoutes(app);
    registerLoginLockRoutes(app);
  },
};
