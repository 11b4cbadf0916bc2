import { annualCycleTemplates } from '../../catalog/annual-cycle.ts';
import type { AnnualActivityDefault, ModuleManifest } from '../../platform/module.ts';
import { ANNUAL_ACTIVITY_ENTITY } from './activity-tasks.service.ts';
import { annualTasksJob, annualTasksSchedule } from './annual-cycle.jobs.ts';
import { annualCycleMessages } from './annual-cycle.messages.ts';
import { activityExists } from './annual-cycle.repository.ts';
import { registerAnnualCycleRoutes } from './annual-cycle.routes.ts';

/** The årshjul: recurring ISMS activities that become tasks. */
export const annualCycleModule: ModuleManifest = {
  name: 'annual-cycle',
  routes: registerAnnualCycleRoutes,
  jobs: [annualTasksJob],
  schedules: [annualTasksSchedule],
  linkTargets: { [ANNUAL_ACTIVITY_ENTITY]: activityExists },
  messages: annualCycleMessages,
  /** The ISMS's own yearly steps; other modules add theirs in their manifests. */
  annualCycleDefaults: annualCycleTemplates satisfies readonly AnnualActivityDefault[],
};
