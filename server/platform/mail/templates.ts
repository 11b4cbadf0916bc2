import { z } from 'zod';
import { TIME_ZONE } from '../clock.ts';
import type { Locale } from '../i18n.ts';

/**
 * The mails Skjold sends, in Danish and English. Rules for every template:
 * - never a password, one-time code, token or secret link that signs someone in;
 * - never patient data or incident details: name the record and link to it, the reader signs in
 *   to see the rest;
 * - params are plain text; the renderer escapes them for HTML.
 */
export type MailContent = {
  subject: string;
  /** Plain-text paragraphs; a line break inside one is kept. */
  paragraphs: string[];
  action?: { label: string; url: string };
};

type Template<S extends z.ZodType> = {
  params: S;
  da: (params: z.output<S>) => MailContent;
  en: (params: z.output<S>) => MailContent;
};

const template = <S extends z.ZodType>(definition: Template<S>) => definition;

const webUrl = z.url({ protocol: /^https?$/ }).max(2000);
const text = z.string().trim().min(1).max(300);

const formatDate = (date: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );

const formatInstant = (instant: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(new Date(instant));

const taskParams = z.object({
  orgName: text,
  taskTitle: text,
  dueDate: z.iso.date(),
  url: webUrl.optional(),
});

const chainHeadParams = z.object({
  /** When the heads were read. */
  at: z.iso.datetime(),
  chains: z
    .array(
      z.object({
        /** Null for the instance's own chain (events that belong to no organisation). */
        orgName: text.nullable(),
        seq: z.number().int().min(0),
        hash: z.string().regex(/^[0-9a-f]{64}$/),
      }),
    )
    .min(1),
});

type ChainHeads = z.output<typeof chainHeadParams>;
const chainLines = (params: ChainHeads, instanceLabel: string) =>
  params.chains.map((c) => `${c.orgName ?? instanceLabel}: ${c.seq} / ${c.hash}`).join('\n');

export const templates = {
  test_mail: template({
    params: z.object({}),
    da: () => ({
      subject: 'Testmail fra Skjold',
      paragraphs: [
        'Dette er en testmail fra Skjold.',
        'Når du kan læse den, virker afsendelsen af e-mail fra jeres installation.',
      ],
    }),
    en: () => ({
      subject: 'Test mail from Skjold',
      paragraphs: [
        'This is a test mail from Skjold.',
        'If you can read it, your installation can send e-mail.',
      ],
    }),
  }),

  task_reminder: template({
    params: taskParams,
    da: (p) => ({
      subject: `Påmindelse: ${p.taskTitle} (frist ${formatDate(p.dueDate, 'da')})`,
      paragraphs: [
        `Opgaven "${p.taskTitle}" i ${p.orgName} har frist ${formatDate(p.dueDate, 'da')}.`,
        'Log ind i Skjold for at se opgaven og markere den som udført.',
      ],
      ...(p.url ? { action: { label: 'Åbn opgaven i Skjold', url: p.url } } : {}),
    }),
    en: (p) => ({
      subject: `Reminder: ${p.taskTitle} (due ${formatDate(p.dueDate, 'en')})`,
      paragraphs: [
        `The task "${p.taskTitle}" in ${p.orgName} is due on ${formatDate(p.dueDate, 'en')}.`,
        'Sign in to Skjold to see the task and mark it as done.',
      ],
      ...(p.url ? { action: { label: 'Open the task in Skjold', url: p.url } } : {}),
    }),
  }),

  task_overdue: template({
    params: taskParams,
    da: (p) => ({
      subject: `Overskredet frist: ${p.taskTitle}`,
      paragraphs: [
        `Fristen for opgaven "${p.taskTitle}" i ${p.orgName} var ${formatDate(p.dueDate, 'da')}, og opgaven er ikke markeret som udført.`,
        'Log ind i Skjold for at udføre opgaven eller aftale en ny frist.',
      ],
      ...(p.url ? { action: { label: 'Åbn opgaven i Skjold', url: p.url } } : {}),
    }),
    en: (p) => ({
      subject: `Overdue: ${p.taskTitle}`,
      paragraphs: [
        `The task "${p.taskTitle}" in ${p.orgName} was due on ${formatDate(p.dueDate, 'en')} and is not marked as done.`,
        'Sign in to Skjold to complete the task or agree a new due date.',
      ],
      ...(p.url ? { action: { label: 'Open the task in Skjold', url: p.url } } : {}),
    }),
  }),

  /** DESIGN.md section 5: the daily chain head, so a rewrite of the audit table is detectable. */
  audit_chain_head: template({
    params: chainHeadParams,
    da: (p) => ({
      subject: `Revisionsloggens kædehoved ${formatInstant(p.at, 'da')}`,
      paragraphs: [
        `Revisionsloggens kædehoved pr. ${formatInstant(p.at, 'da')} (sekvensnummer / hash):`,
        chainLines(p, 'Installationen (fælles kæde)'),
        'Gem denne mail. Hvis loggen senere bliver ændret, passer hovedet ikke længere, og kommandoen "audit verify" viser bruddet.',
      ],
    }),
    en: (p) => ({
      subject: `Audit log chain head ${formatInstant(p.at, 'en')}`,
      paragraphs: [
        `Audit log chain head as of ${formatInstant(p.at, 'en')} (sequence number / hash):`,
        chainLines(p, 'The installation (shared chain)'),
        'Keep this mail. If the log is changed later, the head no longer matches, and the "audit verify" command shows the break.',
      ],
    }),
  }),
} as const;

export type TemplateName = keyof typeof templates;
export const templateNames = Object.keys(templates) as [TemplateName, ...TemplateName[]];
export type TemplateParams<T extends TemplateName> = z.input<(typeof templates)[T]['params']>;
