import { z } from 'zod';
import {
  categoryLabels,
  deadlineKinds,
  deadlineLabels,
  incidentCategories,
  incidentSeverities,
  severityLabels,
} from '../../catalog/incidents.ts';
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

/** Incident mails name the record and its clocks, never what happened or whom it concerns. */
const incidentParams = z.object({
  orgName: text,
  reference: z.string().regex(/^INC-\d{4}-\d{4,}$/),
  category: z.enum(incidentCategories).nullable(),
  severity: z.enum(incidentSeverities).nullable(),
  reportedAt: z.iso.datetime(),
  awareAt: z.iso.datetime(),
  gdprDueAt: z.iso.datetime().nullable(),
  url: webUrl.optional(),
});

const deadlineOverdueParams = z.object({
  orgName: text,
  reference: z.string().regex(/^INC-\d{4}-\d{4,}$/),
  deadline: z.enum(deadlineKinds),
  dueAt: z.iso.datetime(),
  url: webUrl.optional(),
});

const vulnerabilityReportParams = z.object({
  orgName: text,
  receivedAt: z.iso.datetime(),
  url: webUrl.optional(),
});

const notClassified: Record<Locale, string> = { da: 'ikke klassificeret endnu', en: 'not classified yet' };
const labelOr = <T extends string>(
  labels: Record<T, Record<Locale, string>>,
  code: T | null,
  locale: Locale,
) => (code ? labels[code][locale] : notClassified[locale]);

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

  /** A published document the recipient is in the audience of and has not acknowledged yet. */
  document_acknowledgement: template({
    params: z.object({
      orgName: text,
      documentTitle: text,
      versionNumber: z.number().int().min(1),
      url: webUrl.optional(),
    }),
    da: (p) => ({
      subject: `Læs og bekræft: ${p.documentTitle}`,
      paragraphs: [
        `${p.orgName} har offentliggjort "${p.documentTitle}" (version ${p.versionNumber}), som gælder for dig.`,
        'Log ind i Skjold, læs dokumentet, og bekræft at du har læst det.',
      ],
      ...(p.url ? { action: { label: 'Åbn dokumentet i Skjold', url: p.url } } : {}),
    }),
    en: (p) => ({
      subject: `Read and confirm: ${p.documentTitle}`,
      paragraphs: [
        `${p.orgName} has published "${p.documentTitle}" (version ${p.versionNumber}), which applies to you.`,
        'Sign in to Skjold, read the document and confirm that you have read it.',
      ],
      ...(p.url ? { action: { label: 'Open the document in Skjold', url: p.url } } : {}),
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

  /** Personal data may be involved: the DPO is told at once (no details, only the reference and clocks). */
  incident_dpo_escalation: template({
    params: incidentParams,
    da: (p) => ({
      subject: `Mulig persondatabrud: ${p.reference} i ${p.orgName}`,
      paragraphs: [
        `Sikkerhedshændelsen ${p.reference} i ${p.orgName} er markeret med, at personoplysninger kan være berørt. Du modtager den som databeskyttelsesrådgiver.`,
        [
          `Kategori: ${labelOr(categoryLabels, p.category, 'da')}`,
          `Alvorlighed: ${labelOr(severityLabels, p.severity, 'da')}`,
          `Anmeldt: ${formatInstant(p.reportedAt, 'da')}`,
          `Organisationen blev bekendt med hændelsen: ${formatInstant(p.awareAt, 'da')}`,
          ...(p.gdprDueAt
            ? [`Frist for anmeldelse til Datatilsynet: ${formatInstant(p.gdprDueAt, 'da')}`]
            : []),
        ].join('\n'),
        'Log ind i Skjold for at se hændelsen og vurdere bruddet.',
      ],
      ...(p.url ? { action: { label: 'Åbn hændelsen i Skjold', url: p.url } } : {}),
    }),
    en: (p) => ({
      subject: `Possible personal-data breach: ${p.reference} in ${p.orgName}`,
      paragraphs: [
        `The security incident ${p.reference} in ${p.orgName} is marked as possibly involving personal data. You receive it as data protection officer.`,
        [
          `Category: ${labelOr(categoryLabels, p.category, 'en')}`,
          `Severity: ${labelOr(severityLabels, p.severity, 'en')}`,
          `Reported: ${formatInstant(p.reportedAt, 'en')}`,
          `The organisation became aware: ${formatInstant(p.awareAt, 'en')}`,
          ...(p.gdprDueAt ? [`Notification to Datatilsynet due: ${formatInstant(p.gdprDueAt, 'en')}`] : []),
        ].join('\n'),
        'Sign in to Skjold to see the incident and assess the breach.',
      ],
      ...(p.url ? { action: { label: 'Open the incident in Skjold', url: p.url } } : {}),
    }),
  }),

  incident_deadline_overdue: template({
    params: deadlineOverdueParams,
    da: (p) => ({
      subject: `Overskredet frist: ${deadlineLabels[p.deadline].da} for ${p.reference}`,
      paragraphs: [
        `Fristen for ${deadlineLabels[p.deadline].da.toLowerCase()} for sikkerhedshændelsen ${p.reference} i ${p.orgName} var ${formatInstant(p.dueAt, 'da')}, og den er ikke registreret som sendt.`,
        'Send den hurtigst muligt, og registrér den i Skjold med begrundelsen for forsinkelsen.',
      ],
      ...(p.url ? { action: { label: 'Åbn hændelsen i Skjold', url: p.url } } : {}),
    }),
    en: (p) => ({
      subject: `Overdue: ${deadlineLabels[p.deadline].en} for ${p.reference}`,
      paragraphs: [
        `The ${deadlineLabels[p.deadline].en.toLowerCase()} for the security incident ${p.reference} in ${p.orgName} was due ${formatInstant(p.dueAt, 'en')} and is not recorded as sent.`,
        'Send it as soon as possible and record it in Skjold with the reason for the delay.',
      ],
      ...(p.url ? { action: { label: 'Open the incident in Skjold', url: p.url } } : {}),
    }),
  }),

  /** A report arrived through the public form; its text is untrusted and stays in Skjold. */
  vulnerability_report_received: template({
    params: vulnerabilityReportParams,
    da: (p) => ({
      subject: `Ny ekstern henvendelse om en sårbarhed i ${p.orgName}`,
      paragraphs: [
        `${p.orgName} har modtaget en henvendelse om en mulig sårbarhed eller sikkerhedshændelse gennem den offentlige formular (${formatInstant(p.receivedAt, 'da')}).`,
        'Log ind i Skjold for at læse den og beslutte, om den skal behandles som en hændelse eller afvises.',
      ],
      ...(p.url ? { action: { label: 'Åbn henvendelsen i Skjold', url: p.url } } : {}),
    }),
    en: (p) => ({
      subject: `New external vulnerability report for ${p.orgName}`,
      paragraphs: [
        `${p.orgName} received a report of a possible vulnerability or security incident through the public form (${formatInstant(p.receivedAt, 'en')}).`,
        'Sign in to Skjold to read it and decide whether to handle it as an incident or reject it.',
      ],
      ...(p.url ? { action: { label: 'Open the report in Skjold', url: p.url } } : {}),
    }),
  }),
} as const;

export type TemplateName = keyof typeof templates;
export const templateNames = Object.keys(templates) as [TemplateName, ...TemplateName[]];
export type TemplateParams<T extends TemplateName> = z.input<(typeof templates)[T]['params']>;
