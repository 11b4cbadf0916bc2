import { adminModule } from './modules/admin/index.ts';
import { annualCycleModule } from './modules/annual-cycle/index.ts';
import { assetsModule } from './modules/assets/index.ts';
import { auditModule } from './modules/audit/index.ts';
import { authModule } from './modules/auth/index.ts';
import { calendarModule } from './modules/calendar/index.ts';
import { controlsModule } from './modules/controls/index.ts';
import { documentsModule } from './modules/documents/index.ts';
import { incidentsModule } from './modules/incidents/index.ts';
import { membersModule } from './modules/members/index.ts';
import { orgsModule } from './modules/orgs/index.ts';
import { risksModule } from './modules/risks/index.ts';
import { tasksModule } from './modules/tasks/index.ts';
import { tokensModule } from './modules/tokens/index.ts';
import { vulnerabilityReportsModule } from './modules/vulnerability-reports/index.ts';
import { installModules, type ModuleManifest } from './platform/module.ts';
import { platformModule } from './platform/platform.manifest.ts';

/**
 * Every module of the server, in the order their routes register. app.ts, the job runner, the
 * CLI, the demo seeder and the dashboards iterate this list; a new module adds one line here.
 */
export const modules: readonly ModuleManifest[] = [
  authModule,
  orgsModule,
  membersModule,
  auditModule,
  platformModule,
  tokensModule,
  adminModule,
  tasksModule,
  assetsModule,
  risksModule,
  documentsModule,
  annualCycleModule,
  calendarModule,
  incidentsModule,
  vulnerabilityReportsModule,
  controlsModule,
];

/** Wires every module into this process (job types, schedules, link targets, messages). */
export function installAllModules(): readonly ModuleManifest[] {
  installModules(modules);
  return modules;
}
