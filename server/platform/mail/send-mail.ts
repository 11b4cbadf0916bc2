import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { nowIso } from '../clock.ts';
import type { AppContext } from '../context.ts';
import type { Locale } from '../i18n.ts';
import { newId } from '../ids.ts';
import { type Enqueued, enqueueJob } from '../jobs/enqueue.ts';
import { defineJob, type JobContext } from '../jobs/registry.ts';
import { insertOutboxMail, outboxMailOfJob } from './outbox.repository.ts';
import { renderMail } from './render.ts';
import { type TemplateName, type TemplateParams, templateNames } from './templates.ts';
import { smtpTransport } from './transport.ts';

const mailPayload = z.object({
  to: z.email().max(254),
  template: z.enum(templateNames),
  locale: z.enum(['da', 'en']),
  params: z.unknown(),
  orgId: z.string().nullable(),
});

type MailPayload = z.output<typeof mailPayload>;

/**
 * Renders the mail and sends it through SMTP_URL, or only stores it when no SMTP server is
 * configured. Either way the outbox keeps a copy, so operators see what went out. The outbox
 * row doubles as the receipt: a retry after a send whose completion was lost sends nothing.
 */
async function deliverMail(payload: MailPayload, ctx: JobContext): Promise<void> {
  if (await outboxMailOfJob(ctx.db, ctx.job.id)) return;
  const mail = renderMail(payload.template, payload.locale, payload.params);
  const { smtpUrl, from } = ctx.config.mail;
  if (smtpUrl) {
    await smtpTransport(smtpUrl).sendMail({ from, to: payload.to, ...mail });
  }
  const now = nowIso();
  await insertOutboxMail(ctx.db, {
    id: newId(),
    job_id: ctx.job.id,
    org_id: payload.orgId,
    recipient: payload.to,
    locale: payload.locale,
    template: payload.template,
    ...mail,
    status: smtpUrl ? 'sent' : 'stored',
    created_at: now,
    sent_at: smtpUrl ? now : null,
  });
  // Never the address or the content: the job id leads an operator to the outbox row.
  ctx.logger.info({ template: payload.template, status: smtpUrl ? 'sent' : 'stored' }, 'mail delivered');
}

/** Up to about three hours of retries (30 s doubling, capped at an hour) before a mail is dead. */
export const mailSendJob = defineJob('mail.send', mailPayload, deliverMail, { maxAttempts: 10 });

export type SendMailInput<T extends TemplateName> = {
  to: string;
  template: T;
  locale: Locale;
  params: TemplateParams<T>;
  /** The organisation the mail is about, for the outbox. */
  orgId?: string | null;
  /** The same key twice sends one mail, e.g. `task-reminder:<taskId>:<dueDate>:<userId>`. */
  dedupeKey?: string;
};

/**
 * Queues a mail in the caller's transaction: it goes out only when the change that caused it
 * commits. The params are checked against the template now, so a mistake fails the request
 * instead of a job hours later.
 */
export async function sendMail<T extends TemplateName>(
  trx: Db,
  ctx: Pick<AppContext, 'logger'>,
  input: SendMailInput<T>,
): Promise<Enqueued> {
  renderMail(input.template, input.locale, input.params);
  const enqueued = await enqueueJob(trx, {
    type: mailSendJob.type,
    payload: {
      to: input.to,
      template: input.template,
      locale: input.locale,
      params: input.params,
      orgId: input.orgId ?? null,
    } satisfies MailPayload,
    ...(input.dedupeKey ? { dedupeKey: `mail:${input.dedupeKey}` } : {}),
  });
  ctx.logger.debug(
    { jobId: enqueued.id, template: input.template, created: enqueued.created },
    'mail queued',
  );
  return enqueued;
}
