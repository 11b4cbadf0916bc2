import { z } from 'zod';
import { linkKinds, notificationRecipients, notificationStages } from '../../catalog/incidents.ts';
import { versionField } from '../../platform/api-schemas.ts';
import { acknowledgeCpr, instant, longText, shortText } from './incidents.schemas.ts';

/** Request bodies of the incident's timeline, notifications register and links. */
export const noteBody = z.object({
  text: z.string().trim().min(1).max(10_000),
  occurredAt: instant.nullable().optional().describe('When it happened, if earlier than now'),
  acknowledgeCpr,
});

export const notificationBody = z.object({
  recipient: z.enum(notificationRecipients),
  stage: z
    .enum(notificationStages)
    .nullable()
    .optional()
    .describe(
      'Datatilsynet: initial, supplement. NIS2: early_warning, notification, progress_report, final_report.',
    ),
  recipientDetail: z.string().max(300).nullable().optional(),
  sentAt: instant,
  sentByName: z.string().max(200).nullable().optional().describe('Who sent it; you, if left out'),
  reference: z.string().max(200).nullable().optional(),
  summary: longText.nullable().optional(),
  delayReason: shortText.nullable().optional().describe('Required when sent after the clock ran out'),
  fileIds: z
    .array(z.uuid())
    .max(20)
    .optional()
    .describe('Files of the organisation to attach (what was sent)'),
  acknowledgeCpr,
});

export const notificationPatchBody = z.object({
  version: versionField,
  reference: z.string().max(200).nullable().optional(),
  summary: longText.nullable().optional(),
  delayReason: shortText.nullable().optional(),
  acknowledgeCpr,
});

export const linkBody = z.object({
  kind: z.enum(linkKinds),
  targetId: z.string().max(100).nullable().optional(),
  label: z.string().trim().min(1).max(300),
});

export type NoteInput = z.infer<typeof noteBody>;
export type NotificationInput = z.infer<typeof notificationBody>;
export type NotificationUpdate = z.infer<typeof notificationPatchBody>;
export type LinkInput = z.infer<typeof linkBody>;
