import { z } from 'zod';
import { todayLocal } from '../../platform/clock.ts';
import { type AppContext, systemContext } from '../../platform/context.ts';
import { defineJob } from '../../platform/jobs/registry.ts';
import { scheduleRecurring } from '../../platform/jobs/schedule.ts';
import { handleExpiredAcceptances } from './risk-acceptance.service.ts';
import { syncReviewTask } from './risk-tasks.service.ts';
import * as repo from './risks.repository.ts';

/**
 * Every morning: expired risk acceptances become overdue tasks (and their risks open again),
 * and every live risk past its review date has its review task, also risks that came in by
 * import or seed without one.
 */
export async function runRiskDaily(app: AppContext, requestId: string) {
  const expired = await handleExpiredAcceptances(app, requestId);
  const ctx = systemContext(app, requestId);
  let reviews = 0;
  for (const risk of await repo.risksMissingReviewTask(ctx.db, todayLocal())) {
    await ctx.db.transaction().execute((trx) => syncReviewTask(trx, ctx, null, risk));
    reviews += 1;
  }
  return { expired, reviews };
}

export const riskDailyJob = defineJob('risks.daily', z.object({}), async (_payload, ctx) => {
  const result = await runRiskDaily(ctx, `job:${ctx.job.id}`);
  ctx.logger.info(result, 'risk acceptances and reviews checked');
});

export const riskDailySchedule = scheduleRecurring('risks-daily', { dailyAt: '06:30' }, riskDailyJob.type);
