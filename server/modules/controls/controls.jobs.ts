import { z } from 'zod';
import { addDaysToDate, todayLocal } from '../../platform/clock.ts';
import { type AppContext, systemContext } from '../../platform/context.ts';
import { defineJob } from '../../platform/jobs/registry.ts';
import { scheduleRecurring } from '../../platform/jobs/schedule.ts';
import { syncTaskBySource } from '../tasks/index.ts';
import { EXPIRY_WARNING_DAYS } from './evidence.presenter.ts';
import { EXPIRY_SOURCE, evidenceNeedingExpiryTask } from './evidence.repository.ts';

const BATCH = 500;

/**
 * Raises a renewal task for every piece of evidence that runs out within the warning period
 * (or already has), due on its last valid day, for its owner or else the security officers.
 * One task per evidence and expiry date: a renewed date earns a new task, a rerun none.
 */
export async function raiseEvidenceExpiryTasks(
  app: AppContext,
  now = new Date(),
): Promise<{ raised: number }> {
  const until = addDaysToDate(todayLocal(now), EXPIRY_WARNING_DAYS);
  const ctx = systemContext(app, 'job:controls.evidence_expiry');
  let raised = 0;
  for (;;) {
    const due = await evidenceNeedingExpiryTask(app.db, until, BATCH);
    for (const evidence of due) {
      if (!evidence.valid_until) continue;
      const validUntil = evidence.valid_until;
      await app.db.transaction().execute((trx) =>
        syncTaskBySource(trx, ctx, evidence.org_id, `${EXPIRY_SOURCE}:${evidence.id}:${validUntil}`, {
          title: `Forny dokumentation: ${evidence.title}`.slice(0, 300),
          description:
            'Dokumentationen for en eller flere kontroller i anvendelseserklæringen udløber. Indhent ny dokumentation, og opdatér gyldighedsdatoen. / The evidence behind one or more SoA controls expires: obtain new evidence and update its validity date.',
          dueDate: validUntil,
          priority: 'normal',
          assigneeUserId: evidence.owner_user_id,
          assigneeRole: evidence.owner_user_id ? null : 'security_officer',
          entityType: 'control_evidence',
          entityId: evidence.id,
          source: EXPIRY_SOURCE,
          mode: 'create_only',
        }),
      );
      raised += 1;
    }
    if (due.length < BATCH) break;
  }
  return { raised };
}

export const evidenceExpiryJob = defineJob(
  'controls.evidence_expiry',
  z.object({}),
  async (_payload, ctx) => {
    await raiseEvidenceExpiryTasks(ctx);
  },
);

export const evidenceExpirySchedule = scheduleRecurring(
  'controls-evidence-expiry',
  { dailyAt: '06:15' },
  evidenceExpiryJob.type,
);
