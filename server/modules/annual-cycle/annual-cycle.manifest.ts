import type { ModuleManifest } from '../../platform/module.ts';
import { annualTasksJob, annualTasksSchedule } from './annual-cycle.jobs.ts';
import { annualCycleMessages } from './annual-cycle.messages.ts';
import { registerAnnualCycleRoutes } from './annual-cycle.routes.ts';

/** The årshjul: recurring ISMS activities that become tasks. */
export const annualCycleModule: ModuleManifest = {
  name: 'annual-cycle',
  routes: registerAnnualCycleRoutes,
  jobs: [annualTasksJob],
  schedules: [annualTasksSchedule],
  messages: annualCycleMessages,
};
