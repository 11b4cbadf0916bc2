import { registerFileRoutes } from './files/files.routes.ts';
import { purgeDoneJobsJob, purgeDoneJobsSchedule } from './jobs/housekeeping.ts';
import { auditChainHeadsJob, auditChainHeadsSchedule } from './mail/audit-head-mail.ts';
import { purgeOutboxJob, purgeOutboxSchedule } from './mail/outbox-retention.ts';
import { mailSendJob } from './mail/send-mail.ts';
import type { ModuleManifest } from './module.ts';

/** The platform's own routes and jobs: attachments, mail, the daily audit chain head, housekeeping. */
export const platformModule: ModuleManifest = {
  name: 'platform',
  routes: registerFileRoutes,
  jobs: [mailSendJob, auditChainHeadsJob, purgeOutboxJob, purgeDoneJobsJob],
  schedules: [auditChainHeadsSchedule, purgeOutboxSchedule, purgeDoneJobsSchedule],
};
