import { z } from 'zod';
import { deleteDoneJobsBefore } from './jobs.repository.ts';
import { defineJob } from './registry.ts';
import { scheduleRecurring } from './schedule.ts';

/** Finished jobs are kept a month for operators to look back on; dead ones until someone acts. */
export const DONE_JOB_RETENTION_DAYS = 30;

export const purgeDoneJobsJob = defineJob('jobs.purge_done', z.object({}), async (_payload, ctx) => {
  const before = new Date(Date.now() - DONE_JOB_RETENTION_DAYS * 86_400_000).toISOString();
  const deleted = await deleteDoneJobsBefore(ctx.db, before);
  ctx.logger.info({ deleted }, 'finished jobs purged');
});

export const purgeDoneJobsSchedule = scheduleRecurring(
  'jobs-purge-done',
  { dailyAt: '03:30' },
  purgeDoneJobsJob.type,
);
