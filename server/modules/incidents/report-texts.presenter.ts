import { z } from 'zod';
import {
  categoryLabels,
  dataCategoryLabels,
  dataSubjectCategoryLabels,
  recipientLabels,
  severityLabels,
  stageLabels,
} from '../../catalog/incidents.ts';
import { TIME_ZONE } from '../../platform/clock.ts';
import { maskCpr } from './cpr.rules.ts';
import type { Deadline } from './deadlines.rules.ts';
import type { Incident } from './incidents.presenter.ts';
import type { IncidentNotification } from './notifications.service.ts';

/**
 * Danish summaries to copy into the authorities' forms (virk.dk), holding exactly the contents
 * DESIGN.md section 6 lists for each report, every missing item flagged. CPR numbers are masked.
 */
export const reportTextKinds = [
  'gdpr_art33',
  'nis2_early_warning',
  'nis2_notification',
  'nis2_final_report',
  'base_facts',
] as const;

export type ReportTextKind = (typeof reportTextKinds)[number];

export const reportTextSchema = z
  .object({
    kind: z.enum(reportTextKinds),
    title: z.string(),
    text: z.string().describe('Plain text, one item per paragraph, ready to copy'),
    items: z.array(
      z.object({
        key: z.string(),
        label: z.string(),
        value: z.string().nullable(),
        missing: z.boolean(),
      }),
    ),
    missing: z.array(z.string()).describe('Labels of the items still to be filled in'),
    complete: z.boolean(),
  })
  .meta({ id: 'IncidentReportText' });

export type ReportText = z.infer<typeof reportTextSchema>;

type Item = { key: string; label: string; value: string | null; optional?: boolean };

export const MISSING = '[MANGLER]';

/** 31.03.2026 kl. 11:00 (dansk tid). */
export function danishTime(iso: string | null): string | null {
  if (!iso) return null;
  const z = Temporal.Instant.from(iso).toZonedDateTimeISO(TIME_ZONE);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(z.day)}.${two(z.month)}.${z.year} kl. ${two(z.hour)}:${two(z.minute)}`;
}

const masked = (text: string | null | undefined) => (text ? maskCpr(text).text : null);
const yesNo = (value: boolean | null, yes: string, no: string) => (value === null ? null : value ? yes : no);
const joined = (parts: (string | null | undefined)[], separator = ' ') =>
  parts.filter((p): p is string => Boolean(p)).join(separator) || null;

function duration(from: string | null, to: string | null): string | null {
  if (!from || !to) return null;
  const minutes = Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  return [
    days ? `${days} døgn` : null,
    hours ? `${hours} timer` : null,
    rest || (!days && !hours) ? `${rest} minutter` : null,
  ]
    .filter(Boolean)
    .join(' ');
}

function build(kind: ReportTextKind, title: string, header: string[], items: Item[]): ReportText {
  const rendered = items.map((item) => ({
    key: item.key,
    label: item.label,
    value: item.value,
    missing: !item.value && !item.optional,
  }));
  const body = rendered.map(
    (item) => `${item.label}:\n${item.value ?? (item.missing ? MISSING : 'Ikke tilgængelig.')}`,
  );
  const missing = rendered.filter((item) => item.missing).map((item) => item.label);
  return {
    kind,
    title,
    text: [...header, ...body].join('\n\n'),
    items: rendered,
    missing,
    complete: missing.length === 0,
  };
}

export type ReportContext = {
  incident: Incident;
  orgName: string;
  notifications: readonly IncidentNotification[];
  /** Names and e-mail addresses of the organisation's DPOs, when the incident names no contact. */
  dpoFallback: string | null;
  now?: Date;
};

const clock = (deadlines: readonly Deadline[], kind: Deadline['kind']) =>
  deadlines.find((d) => d.kind === kind);

function headerOf(ctx: ReportContext, dueKind?: Deadline['kind']): string[] {
  const { incident } = ctx;
  const due = dueKind ? clock(incident.deadlines, dueKind) : undefined;
  return [
    joined(
      [
        `Organisation: ${ctx.orgName}`,
        `Intern reference: ${incident.reference}`,
        `Organisationen blev bekendt med hændelsen: ${danishTime(incident.awareAt)}`,
        due?.dueAt ? `Frist: ${danishTime(due.dueAt)}` : null,
      ],
      '\n',
    ) as string,
  ];
}

function natureOfIncident(incident: Incident): string | null {
  return joined(
    [
      incident.category ? `${categoryLabels[incident.category].da}.` : null,
      masked(incident.description),
      incident.occurredAt ? `Hændelsen fandt sted ${danishTime(incident.occurredAt)}.` : null,
    ],
    ' ',
  );
}

function ciaText(incident: Incident): string | null {
  const hit = [
    incident.affectsConfidentiality ? 'fortrolighed' : null,
    incident.affectsIntegrity ? 'integritet' : null,
    incident.affectsAvailability ? 'tilgængelighed' : null,
  ].filter(Boolean);
  if (hit.length) return `Ramt: ${hit.join(', ')}.`;
  return incident.triagedAt ? 'Hverken fortrolighed, integritet eller tilgængelighed vurderet ramt.' : null;
}

export function gdprArt33Text(ctx: ReportContext): ReportText {
  const { incident } = ctx;
  const gdpr = clock(incident.deadlines, 'gdpr_authority');
  const now = (ctx.now ?? new Date()).getTime();
  const sent = ctx.notifications.find((n) => n.recipient === 'datatilsynet' && n.stage === 'initial');
  const late =
    gdpr?.dueAt !== null &&
    gdpr?.dueAt !== undefined &&
    (sent ? Date.parse(sent.sentAt) > Date.parse(gdpr.dueAt) : now > Date.parse(gdpr.dueAt));
  const subjects = joined(
    [
      incident.dataSubjectCategories.map((c) => dataSubjectCategoryLabels[c].da).join(', ') || null,
      incident.dataSubjectsApprox !== null ? `ca. ${incident.dataSubjectsApprox} registrerede` : null,
    ],
    ' - ',
  );
  const records = joined(
    [
      incident.dataCategories.map((c) => dataCategoryLabels[c].da).join(', ') || null,
      incident.recordsApprox !== null ? `ca. ${incident.recordsApprox} registreringer` : null,
    ],
    ' - ',
  );
  return build(
    'gdpr_art33',
    'Anmeldelse af brud på persondatasikkerheden (GDPR art. 33, stk. 3)',
    headerOf(ctx, 'gdpr_authority'),
    [
      { key: 'nature', label: 'Bruddets karakter', value: natureOfIncident(incident) },
      {
        key: 'dataSubjects',
        label: 'Kategorier og omtrentligt antal berørte registrerede',
        value:
          incident.dataSubjectCategories.length && incident.dataSubjectsApprox !== null ? subjects : null,
      },
      {
        key: 'records',
        label: 'Kategorier og omtrentligt antal berørte registreringer af personoplysninger',
        value: incident.dataCategories.length && incident.recordsApprox !== null ? records : null,
      },
      {
        key: 'dpoContact',
        label: 'Databeskyttelsesrådgiverens kontaktoplysninger',
        value: masked(incident.dpoContact) ?? ctx.dpoFallback,
      },
      {
        key: 'consequences',
        label: 'Sandsynlige konsekvenser af bruddet',
        value: masked(incident.likelyConsequences),
      },
      {
        key: 'measures',
        label: 'Foranstaltninger, der er truffet eller foreslået, herunder for at begrænse skadevirkninger',
        value: masked(incident.measuresTaken),
      },
      {
        key: 'delay',
        label: 'Begrundelse for forsinkelse',
        value: late
          ? masked(sent?.delayReason ?? null)
          : 'Ikke relevant: anmeldelsen sker inden for 72 timer efter, at organisationen blev bekendt med bruddet.',
      },
    ],
  );
}

const maliciousItem = (incident: Incident): Item => ({
  key: 'suspectedMalicious',
  label: 'Mistanke om ulovlig eller ondsindet handling',
  value: yesNo(
    incident.suspectedMalicious,
    'Ja, der er mistanke om, at hændelsen skyldes en ulovlig eller ondsindet handling.',
    'Nej, der er ikke mistanke om en ulovlig eller ondsindet handling.',
  ),
});

const crossBorderItem = (incident: Incident): Item => ({
  key: 'crossBorder',
  label: 'Mulig grænseoverskridende virkning',
  value: yesNo(
    incident.crossBorder,
    'Ja, hændelsen kan have virkning i andre lande.',
    'Nej, der forventes ingen grænseoverskridende virkning.',
  ),
});

export function nis2EarlyWarningText(ctx: ReportContext): ReportText {
  return build(
    'nis2_early_warning',
    'NIS2 tidlig varsling (inden for 24 timer)',
    headerOf(ctx, 'nis2_early_warning'),
    [maliciousItem(ctx.incident), crossBorderItem(ctx.incident)],
  );
}

export function nis2NotificationText(ctx: ReportContext): ReportText {
  const { incident } = ctx;
  return build(
    'nis2_notification',
    'NIS2 hændelsesunderretning (inden for 72 timer)',
    headerOf(ctx, 'nis2_notification'),
    [
      maliciousItem(incident),
      crossBorderItem(incident),
      {
        key: 'initialAssessment',
        label: 'Indledende vurdering af hændelsens alvor og virkning',
        value:
          incident.severity && incident.impactDescription
            ? `Alvorlighed: ${severityLabels[incident.severity].da}. ${masked(incident.impactDescription)}`
            : null,
      },
      {
        key: 'indicatorsOfCompromise',
        label: 'Kompromitteringsindikatorer (hvis tilgængelige)',
        value: masked(incident.indicatorsOfCompromise),
        optional: true,
      },
    ],
  );
}

export function nis2FinalReportText(ctx: ReportContext): ReportText {
  const { incident } = ctx;
  const kind = clock(incident.deadlines, 'nis2_final_report') ? 'nis2_final_report' : undefined;
  return build('nis2_final_report', 'NIS2 endelig rapport', headerOf(ctx, kind), [
    {
      key: 'description',
      label: 'Detaljeret beskrivelse af hændelsen, herunder alvor og virkning',
      value:
        incident.severity && incident.impactDescription
          ? joined([
              natureOfIncident(incident),
              `Alvorlighed: ${severityLabels[incident.severity].da}.`,
              masked(incident.impactDescription),
            ])
          : null,
    },
    { key: 'cause', label: 'Type af trussel eller grundlæggende årsag', value: masked(incident.cause) },
    {
      key: 'mitigation',
      label: 'Anvendte og igangværende afhjælpende foranstaltninger',
      value: masked(incident.mitigation),
    },
    {
      key: 'crossBorder',
      label: 'Grænseoverskridende virkning',
      value: yesNo(
        incident.crossBorder,
        'Hændelsen har haft virkning i andre lande.',
        'Ingen grænseoverskridende virkning.',
      ),
    },
  ]);
}

/** The base facts of an incident report (the Agency for Digital Government's practice). */
export function baseFactsText(ctx: ReportContext): ReportText {
  const { incident } = ctx;
  const informed = ctx.notifications.map(
    (n) =>
      `${recipientLabels[n.recipient].da}${n.stage ? ` (${stageLabels[n.stage].da.toLowerCase()})` : ''} ${danishTime(n.sentAt)}${n.reference ? `, reference ${n.reference}` : ''}`,
  );
  return build('base_facts', 'Hændelsesrapport: grundoplysninger', headerOf(ctx), [
    {
      key: 'reporter',
      label: 'Anmelder',
      value: incident.source === 'external' ? 'Ekstern henvendelse' : incident.reporterName,
    },
    { key: 'reportedAt', label: 'Tidspunkt for anmeldelse', value: danishTime(incident.reportedAt) },
    {
      key: 'timeAndDuration',
      label: 'Hændelsestidspunkt og varighed',
      value: incident.occurredAt
        ? joined([
            `Fra ${danishTime(incident.occurredAt)}`,
            incident.endedAt
              ? `til ${danishTime(incident.endedAt)} (${duration(incident.occurredAt, incident.endedAt)}).`
              : '(stadig i gang eller slut ikke registreret).',
          ])
        : null,
    },
    { key: 'location', label: 'Lokation', value: masked(incident.location) },
    { key: 'detection', label: 'Hvordan hændelsen blev opdaget', value: masked(incident.detectionMethod) },
    { key: 'type', label: 'Type', value: incident.category ? categoryLabels[incident.category].da : null },
    { key: 'cause', label: 'Årsag', value: masked(incident.cause) },
    {
      key: 'severity',
      label: 'Alvorlighed',
      value: incident.severity ? severityLabels[incident.severity].da : null,
    },
    { key: 'cia', label: 'Fortrolighed, integritet og tilgængelighed', value: ciaText(incident) },
    {
      key: 'informed',
      label: 'Hvem er informeret',
      value: informed.length ? informed.join('\n') : 'Ingen underretninger registreret endnu.',
    },
    { key: 'containment', label: 'Inddæmning', value: masked(incident.containment) },
    { key: 'participants', label: 'Hvem deltog i håndteringen', value: masked(incident.participants) },
    { key: 'recurrence', label: 'Kan hændelsen ske igen', value: masked(incident.recurrence) },
    { key: 'logs', label: 'Relevante logs', value: masked(incident.relevantLogs) },
  ]);
}

export function allReportTexts(ctx: ReportContext): ReportText[] {
  return [
    gdprArt33Text(ctx),
    nis2EarlyWarningText(ctx),
    nis2NotificationText(ctx),
    nis2FinalReportText(ctx),
    baseFactsText(ctx),
  ];
}
