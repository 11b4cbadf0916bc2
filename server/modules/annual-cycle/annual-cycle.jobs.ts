import { z } from 'zod';
import { type AppContext, systemContext } from '../../platform/context.ts';
import { defineJob } from '../../platform/jobs/registry.ts';
import { scheduleRecurring } from '../../platform/jobs/schedule.ts';
import { syncActivityTasks } from './activity-tasks.service.ts';
import * as repo from './annual-cycle.repository.ts';

/**
 * Daily: every active activity of every organisation gets its tasks for the occurrences due
 * within the horizon; a task exists once per occurrence, so running again adds nothing.
 */
export async function materialiseAnnualTasks(app: AppContext, now = new Date()) {
  const ctx = systemContext(app, 'job:annual_cycle.materialise');
  let activities = 0;
  for (const orgId of await repo.organisationsWithActivities(app.db)) {
    await app.db.transaction().execute(async (trx) => {
      for (const activity of await repo.activeActivities(trx, orgId)) {
        await syncActivityTasks(trx, ctx, activity, { now, update: false });
        activities += 1;
      }
    });
  }
  return { activities };
}

export const annualTasksJob = defineJob('annual_cycle.materialise', z.object({}), async (_payload, ctx) => {
  await materialiseAnnualTasks(ctx);
});

export const annualTasksSchedule = scheduleRecurring(
  'annual-cycle-tasks',
  { dailyAt: '05:30' },
  annualTasksJob.type,
);
