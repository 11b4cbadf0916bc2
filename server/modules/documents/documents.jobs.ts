import { z } from 'zod';
import { addDaysToDate, todayLocal } from '../../platform/clock.ts';
import { type AppContext, systemContext } from '../../platform/context.ts';
import { defineJob } from '../../platform/jobs/registry.ts';
import { scheduleRecurring } from '../../platform/jobs/schedule.ts';
import { sendMail } from '../../platform/mail/send-mail.ts';
import * as acksRepo from './acknowledgements.repository.ts';
import { audienceScopeOf } from './acknowledgements.service.ts';
import { REVIEW_LEAD_DAYS } from './documents.presenter.ts';
import * as repo from './documents.repository.ts';
import { syncReviewTask } from './review-schedule.service.ts';

/**
 * Daily: every document whose review is due within the lead time (or overdue) has exactly one
 * review task (the source key is per document and due date, so running again adds nothing).
 */
export async function materialiseReviewTasks(app: AppContext, now = new Date()) {
  const documents = await repo.documentsWithReviewBy(
    app.db,
    addDaysToDate(todayLocal(now), REVIEW_LEAD_DAYS),
  );
  const ctx = systemContext(app, 'job:policies.review_tasks');
  for (const { id } of documents) {
    await app.db.transaction().execute(async (trx) => {
      const document = await repo.findDocumentById(trx, id);
      if (document) await syncReviewTask(trx, ctx, document, { now, update: false });
    });
  }
  return { documents: documents.length };
}

/** Staff get a week to read a newly published document (or from joining) before the reminder. */
export const ACKNOWLEDGEMENT_GRACE_DAYS = 7;

/**
 * Daily: reminds everyone in a document's audience who has not acknowledged the version in
 * force, once per person and version (the mail's dedupe key), a week after publication or
 * after they joined, whichever is later.
 */
export async function sendAcknowledgementReminders(app: AppContext, now = new Date()) {
  const cutoff = new Date(now.getTime() - ACKNOWLEDGEMENT_GRACE_DAYS * 86_400_000).toISOString();
  let queued = 0;
  for (const document of await acksRepo.documentsAwaitingAcknowledgement(app.db)) {
    if (!document.published_at || document.published_at > cutoff) continue;
    const { scope } = await audienceScopeOf(app.db, document);
    const pending = await acksRepo.pendingForReminder(app.db, scope, cutoff);
    if (pending.length === 0) continue;
    const url = app.config.publicUrl
      ? `${app.config.publicUrl.replace(/\/$/, '')}/o/${document.org_id}/documents/${document.id}`
      : undefined;
    await app.db.transaction().execute(async (trx) => {
      for (const user of pending) {
        const result = await sendMail(trx, app, {
          to: user.email,
          template: 'document_acknowledgement',
          locale: user.locale,
          params: {
            orgName: document.org_name,
            documentTitle: document.title.slice(0, 300),
            versionNumber: Number(document.current_number),
            ...(url ? { url } : {}),
          },
          orgId: document.org_id,
          dedupeKey: `document-acknowledgement:${document.id}:${document.ack_version_number}:${user.id}`,
        });
        if (result.created) queued += 1;
      }
    });
  }
  return { queued };
}

export const reviewTasksJob = defineJob('policies.review_tasks', z.object({}), async (_payload, ctx) => {
  await materialiseReviewTasks(ctx);
});

export const acknowledgementRemindersJob = defineJob(
  'policies.acknowledgement_reminders',
  z.object({}),
  async (_payload, ctx) => {
    await sendAcknowledgementReminders(ctx);
  },
);

export const reviewTasksSchedule = scheduleRecurring(
  'document-review-tasks',
  { dailyAt: '06:10' },
  reviewTasksJob.type,
);
export const acknowledgementRemindersSchedule = scheduleRecurring(
  'document-acknowledgement-reminders',
  { dailyAt: '08:00' },
  acknowledgementRemindersJob.type,
);
