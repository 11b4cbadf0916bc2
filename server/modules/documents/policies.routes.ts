import type { ZodApp } from '../../platform/zod-app.ts';
import { registerAcknowledgementRoutes } from './acknowledgements.routes.ts';
import { registerDocumentRoutes } from './documents.routes.ts';
import './policies.jobs.ts';
import { registerPublicDocumentApi } from './public-documents.routes.ts';
import { registerTemplateRoutes } from './templates.routes.ts';
import { registerVersionRoutes } from './versions.routes.ts';

export { registerPublicDocumentPages } from './public-documents.routes.ts';

/** Policies and documents under /api/v1: documents, versions, reviews, acknowledgements, templates, public JSON. */
export function registerPolicyRoutes(app: ZodApp): void {
  registerDocumentRoutes(app);
  registerTemplateRoutes(app);
  registerVersionRoutes(app);
  registerAcknowledgementRoutes(app);
  registerPublicDocumentApi(app);
}
