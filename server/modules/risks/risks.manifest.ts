import type { ModuleManifest } from '../../platform/module.ts';
import { assessmentExists } from './risk-assessments.repository.ts';
import { RISK_ENTITY } from './risk-tasks.service.ts';
import { seedAssetsAndRisksDemo } from './risks.demo.ts';
import { riskDailyJob, riskDailySchedule } from './risks.jobs.ts';
import { risksMessages } from './risks.messages.ts';
import { riskExists } from './risks.repository.ts';
import { registerRiskRoutes } from './risks.routes.ts';

/** Risk management: matrix, threats, scenarios, treatment, acceptance and the yearly assessment. */
export const risksModule: ModuleManifest = {
  name: 'risks',
  routes: registerRiskRoutes,
  jobs: [riskDailyJob],
  schedules: [riskDailySchedule],
  // The signed minutes of management's approval and the like belong to the assessment.
  linkTargets: { [RISK_ENTITY]: riskExists, risk_assessment: assessmentExists },
  messages: risksMessages,
  // Assets and risks in several organisations, a frozen yearly assessment, acceptances and actions.
  demo: ({ ctx, orgs }) => seedAssetsAndRisksDemo(ctx, orgs),
};
