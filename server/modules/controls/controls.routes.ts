import type { ZodApp } from '../../platform/zod-app.ts';
import { registerBaselineRoutes } from './baseline.routes.ts';
import { registerCatalogueRoutes } from './catalogue.routes.ts';
import { registerCoverageRoutes } from './coverage.routes.ts';
import { registerEvidenceRoutes } from './evidence.routes.ts';
import { registerScopeRoutes } from './scope.routes.ts';
import { registerSoaRoutes } from './soa.routes.ts';
import { registerSoaExportRoutes } from './soa-export.routes.ts';

/** Controls and the Statement of Applicability: catalogue, scope, SoA, baseline, evidence, coverage, exports. */
export function registerControlRoutes(app: ZodApp): void {
  registerCatalogueRoutes(app);
  registerScopeRoutes(app);
  registerSoaRoutes(app);
  registerSoaExportRoutes(app);
  registerBaselineRoutes(app);
  registerEvidenceRoutes(app);
  registerCoverageRoutes(app);
}
