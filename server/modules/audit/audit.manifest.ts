import type { ModuleManifest } from '../../platform/module.ts';
import { registerAuditRoutes } from './audit.routes.ts';

/** The audit log as auditors read it. */
export const auditModule: ModuleManifest = {
  name: 'audit',
  routes: registerAuditRoutes,
};
