import { z } from 'zod';
import type { MailOutboxRow } from '../../db/schema.ts';
import { isoInstant } from '../api-schemas.ts';
import { templateNames } from './templates.ts';

export const outboxMailSchema = z
  .object({
    id: z.string(),
    jobId: z.string().nullable(),
    orgId: z.string().nullable(),
    to: z.string(),
    locale: z.enum(['da', 'en']),
    template: z.string(),
    subject: z.string(),
    text: z.string(),
    html: z.string(),
    status: z.enum(['stored', 'sent']).describe('stored: no SMTP server configured; sent: handed to SMTP'),
    createdAt: isoInstant,
    sentAt: isoInstant.nullable(),
  })
  .meta({ id: 'OutboxMail' });

export type OutboxMail = z.infer<typeof outboxMailSchema>;

export const outboxTemplateFilter = z.enum(templateNames);

export function presentOutboxMail(row: MailOutboxRow): OutboxMail {
  return {
    id: row.id,
    jobId: row.job_id,
    orgId: row.org_id,
    to: row.recipient,
    locale: row.locale,
    template: row.template,
    subject: row.subject,
    text: row.text,
    html: row.html,
    status: row.status,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  };
}
