/**
 * Every kind of background work this process runs. Importing a module registers its job
 * types and recurring schedules; a module that adds jobs adds its import here.
 */
import './platform/jobs/housekeeping.ts';
import './platform/mail/send-mail.ts';
import './platform/mail/outbox-retention.ts';
import './platform/mail/audit-head-mail.ts';
import './modules/tasks/tasks.reminders.ts';
import './modules/risks/risk-jobs.ts';
import './modules/incidents/deadline-alerts.ts';
import type { AppContext } from './platform/context.ts';
import { JobRunner, type JobRunnerOptions } from './platform/jobs/runner.ts';

export function createJobRunner(app: AppContext, options?: JobRunnerOptions): JobRunner {
  return new JobRunner(app, options);
}
