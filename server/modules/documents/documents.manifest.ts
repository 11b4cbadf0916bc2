import type { ModuleManifest } from '../../platform/module.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { registerAcknowledgementRoutes } from './acknowledgements.routes.ts';
import {
  acknowledgementRemindersJob,
  acknowledgementRemindersSchedule,
  reviewTasksJob,
  reviewTasksSchedule,
} from './documents.jobs.ts';
import { documentsMessages } from './documents.messages.ts';
import { findDocument } from './documents.repository.ts';
import { registerDocumentRoutes } from './documents.routes.ts';
import { VERSION_LINK_TYPE } from './documents.service.ts';
import { registerPublicDocumentApi, registerPublicDocumentPages } from './public-documents.routes.ts';
import { registerReviewRoutes } from './reviews.routes.ts';
import { registerTemplateRoutes } from './templates.routes.ts';
import { versionExists } from './versions.repository.ts';
import { registerVersionRoutes } from './versions.routes.ts';

/** Policies and documents: versions, approval, reviews, publication, acknowledgement, templates. */
export const documentsModule: ModuleManifest = {
  name: 'documents',
  routes: (app: ZodApp) => {
    registerDocumentRoutes(app);
    registerTemplateRoutes(app);
    registerVersionRoutes(app);
    registerReviewRoutes(app);
    registerAcknowledgementRoutes(app);
    registerPublicDocumentApi(app);
  },
  // Public pages of published documents classified public (server-rendered, no sign-in).
  rootRoutes: registerPublicDocumentPages,
  jobs: [reviewTasksJob, acknowledgementRemindersJob],
  schedules: [reviewTasksSchedule, acknowledgementRemindersSchedule],
  linkTargets: {
    [VERSION_LINK_TYPE]: versionExists,
    document: async (db, orgId, id) => Boolean(await findDocument(db, orgId, id)),
  },
  messages: documentsMessages,
};
