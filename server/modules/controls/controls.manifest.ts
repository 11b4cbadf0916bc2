import type { ModuleManifest } from '../../platform/module.ts';
import { evidenceExpiryJob, evidenceExpirySchedule } from './controls.jobs.ts';
import { controlsMessages } from './controls.messages.ts';
import { registerControlRoutes } from './controls.routes.ts';
import { EVIDENCE_ENTITY, evidenceExists } from './evidence.repository.ts';

/** Frameworks, the Statement of Applicability, evidence and coverage. */
export const controlsModule: ModuleManifest = {
  name: 'controls',
  routes: registerControlRoutes,
  jobs: [evidenceExpiryJob],
  schedules: [evidenceExpirySchedule],
  linkTargets: { [EVIDENCE_ENTITY]: evidenceExists },
  messages: controlsMessages,
};
