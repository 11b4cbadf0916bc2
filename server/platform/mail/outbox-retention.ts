import { z } from 'zod';
import { defineJob } from '../jobs/registry.ts';
import { scheduleRecurring } from '../jobs/schedule.ts';
import { deleteOutboxBefore } from './outbox.repository.ts';

/** The outbox holds addresses (personal data): kept long enough to answer "was it sent?", then deleted. */
export const OUTBOX_RETENTION_DAYS = 90;

export const purgeOutboxJob = defineJob('mail.purge_outbox', z.object({}), async (_payload, ctx) => {
  const before = new Date(Date.now() - OUTBOX_RETENTION_DAYS * 86_400_000).toISOString();
  const deleted = await deleteOutboxBefore(ctx.db, before);
  ctx.logger.info({ deleted }, 'old outbox mails purged');
});

export const purgeOutboxSchedule = scheduleRecurring(
  'mail-purge-outbox',
  { dailyAt: '03:40' },
  purgeOutboxJob.type,
);
