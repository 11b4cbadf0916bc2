import ExcelJS from 'exceljs';
import {
  breachRiskLabels,
  categoryLabels,
  dataCategoryLabels,
  dataSubjectCategoryLabels,
  deadlineLabels,
  recipientLabels,
  severityLabels,
  stageLabels,
  statusLabels,
} from '../../catalog/incidents.ts';
import type { Task } from '../tasks/index.ts';
import type { BreachLogEntry } from './breach-log.service.ts';
import { maskCpr } from './cpr.rules.ts';
import type { Incident } from './incidents.presenter.ts';
import type { IncidentNotification } from './notifications.service.ts';
import { ReportPdf } from './report-pdf.presenter.ts';
import { danishTime, type ReportText } from './report-texts.presenter.ts';
import type { TimelineEntry } from './timeline-entries.service.ts';

const deadlineStatusLabels = {
  open: 'Åben',
  met: 'Overholdt',
  late: 'Overskredet',
  not_required: 'Ikke påkrævet',
};
const taskStatusLabels = { open: 'åben', in_progress: 'i gang', done: 'udført', cancelled: 'annulleret' };
const yesNo = (value: boolean | null) => (value === null ? 'Ikke vurderet' : value ? 'Ja' : 'Nej');
const mask = (text: string | null) => (text ? maskCpr(text).text : null);

/** Cells that a spreadsheet would run as a formula are written as text (CSV/formula injection). */
const cell = (value: string | null | undefined) => {
  if (value === null || value === undefined) return '';
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
};

const breachColumns: {
  header: string;
  width: number;
  value: (e: BreachLogEntry) => string | number | null;
}[] = [
  { header: 'Reference', width: 16, value: (e) => e.reference },
  { header: 'Kendskab (dansk tid)', width: 20, value: (e) => danishTime(e.awareAt) },
  { header: 'Bruddet fandt sted', width: 20, value: (e) => danishTime(e.occurredAt) },
  { header: 'Kategori', width: 24, value: (e) => (e.category ? categoryLabels[e.category].da : null) },
  { header: 'Faktiske omstændigheder', width: 60, value: (e) => e.facts },
  {
    header: 'Kategorier af oplysninger',
    width: 30,
    value: (e) => e.dataCategories.map((c) => dataCategoryLabels[c].da).join(', '),
  },
  {
    header: 'Kategorier af registrerede',
    width: 24,
    value: (e) => e.dataSubjectCategories.map((c) => dataSubjectCategoryLabels[c].da).join(', '),
  },
  { header: 'Antal registrerede (ca.)', width: 12, value: (e) => e.dataSubjectsApprox },
  { header: 'Antal registreringer (ca.)', width: 12, value: (e) => e.recordsApprox },
  { header: 'Virkninger', width: 40, value: (e) => e.effects },
  { header: 'Afhjælpende foranstaltninger', width: 40, value: (e) => e.remedialAction },
  { header: 'Risikovurdering', width: 28, value: (e) => (e.risk ? breachRiskLabels[e.risk].da : null) },
  { header: 'Begrundelse (ikke anmeldt)', width: 40, value: (e) => e.reasoning },
  { header: 'Anmeldt til Datatilsynet', width: 20, value: (e) => danishTime(e.notifiedAuthorityAt) },
  { header: 'Datatilsynets reference', width: 18, value: (e) => e.authorityReference },
  { header: 'Begrundelse for forsinkelse', width: 30, value: (e) => e.delayReason },
  { header: 'Registrerede underrettet', width: 20, value: (e) => danishTime(e.dataSubjectsNotifiedAt) },
  { header: 'Undtagelse fra underretning', width: 30, value: (e) => e.dataSubjectsExemption },
  { header: 'Status', width: 16, value: (e) => statusLabels[e.status].da },
];

/** The breach log as an XLSX workbook (one row per breach, Danish headings). */
export async function breachLogXlsx(orgName: string, entries: readonly BreachLogEntry[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Skjold';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet('Brudlog', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.addRow([cell(`Log over brud på persondatasikkerheden (GDPR art. 33, stk. 5): ${orgName}`)]).font = {
    bold: true,
  };
  const header = sheet.addRow(breachColumns.map((c) => c.header));
  header.font = { bold: true };
  breachColumns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
  });
  for (const entry of entries) {
    const row = sheet.addRow(
      breachColumns.map((c) => {
        const value = c.value(entry);
        return typeof value === 'number' ? value : cell(value);
      }),
    );
    row.alignment = { vertical: 'top', wrapText: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The breach log as a PDF (landscape, one block per breach). */
export async function breachLogPdf(orgName: string, entries: readonly BreachLogEntry[]): Promise<Buffer> {
  const pdf = new ReportPdf(`Log over brud på persondatasikkerheden: ${orgName}`, { landscape: true });
  pdf.line(
    `GDPR art. 33, stk. 5. Udskrevet ${danishTime(new Date().toISOString())}. ${entries.length} brud.`,
  );
  if (entries.length === 0) pdf.paragraph('Der er ikke registreret brud på persondatasikkerheden.');
  for (const entry of entries) {
    pdf.heading(`${entry.reference}${entry.category ? ` - ${categoryLabels[entry.category].da}` : ''}`);
    for (const column of breachColumns.slice(1)) {
      const value = column.value(entry);
      pdf.field(column.header, value === null || value === '' ? null : String(value));
    }
  }
  return pdf.toBuffer();
}

export type IncidentReportData = {
  incident: Incident;
  orgName: string;
  notifications: readonly IncidentNotification[];
  actions: readonly Task[];
  timeline: readonly TimelineEntry[];
  texts: readonly ReportText[];
};

/** The incident report as a PDF: facts, classification, clocks, notifications, actions, timeline. */
export async function incidentReportPdf(data: IncidentReportData): Promise<Buffer> {
  const { incident } = data;
  const pdf = new ReportPdf(`Hændelsesrapport ${incident.reference}`);
  pdf.line(`${data.orgName}. Udskrevet ${danishTime(new Date().toISOString())}.`);
  pdf.field('Titel', mask(incident.title));
  pdf.field('Status', statusLabels[incident.status].da);
  pdf.field(
    'Kategori',
    incident.category ? categoryLabels[incident.category].da : null,
    'Ikke klassificeret',
  );
  pdf.field('Alvorlighed', incident.severity ? severityLabels[incident.severity].da : null, 'Ikke vurderet');
  pdf.field('Organisationen blev bekendt med hændelsen', danishTime(incident.awareAt));
  pdf.field(
    'Tidspunktet er sat af',
    `${incident.awareSetByName}${incident.awareReason ? ` (${incident.awareReason})` : ''}`,
  );

  const base = data.texts.find((t) => t.kind === 'base_facts');
  if (base) {
    pdf.heading('Grundoplysninger');
    for (const item of base.items) pdf.field(item.label, item.value, item.missing ? '[MANGLER]' : '-');
  }
  pdf.heading('Beskrivelse');
  pdf.paragraph(mask(incident.description) ?? '');

  pdf.heading('Vurdering');
  pdf.field('NIS2-væsentlig hændelse', yesNo(incident.nis2Significant));
  pdf.field('Mistanke om ulovlig eller ondsindet handling', yesNo(incident.suspectedMalicious));
  pdf.field('Grænseoverskridende virkning', yesNo(incident.crossBorder));
  pdf.field('Patientsikkerhed påvirket', yesNo(incident.patientSafetyImpact));
  pdf.field('UTH-reference', incident.uthReference);
  pdf.field('Mistanke om strafbart forhold', yesNo(incident.suspectedCrime));
  pdf.field('Brud på persondatasikkerheden', yesNo(incident.personalDataBreach));
  if (incident.personalDataBreach) {
    pdf.field(
      'Risiko for de registrerede',
      incident.breachRisk ? breachRiskLabels[incident.breachRisk].da : null,
    );
    pdf.field('Begrundelse', mask(incident.breachRiskReasoning));
    pdf.field('Sandsynlige konsekvenser', mask(incident.likelyConsequences));
    pdf.field('Foranstaltninger', mask(incident.measuresTaken));
  }

  pdf.heading('Tidsfrister');
  for (const d of incident.deadlines.filter((x) => x.status !== 'not_required')) {
    pdf.field(
      deadlineLabels[d.kind].da,
      `${d.dueAt ? danishTime(d.dueAt) : 'uden unødig forsinkelse'} - ${deadlineStatusLabels[d.status]}${d.completedAt ? ` (sendt ${danishTime(d.completedAt)})` : ''}${d.provisional ? ' (foreløbig)' : ''}`,
    );
  }

  pdf.heading('Underretninger');
  if (data.notifications.length === 0) pdf.line('Ingen underretninger registreret.');
  for (const n of data.notifications) {
    pdf.field(
      `${recipientLabels[n.recipient].da}${n.stage ? ` (${stageLabels[n.stage].da.toLowerCase()})` : ''}`,
      `${danishTime(n.sentAt)} af ${n.sentByName}${n.reference ? `, reference ${n.reference}` : ''}${n.late ? `. Forsinket: ${mask(n.delayReason) ?? '[MANGLER]'}` : ''}`,
    );
  }

  pdf.heading('Korrigerende handlinger');
  if (data.actions.length === 0) pdf.line('Ingen korrigerende handlinger registreret.');
  for (const task of data.actions) {
    pdf.field(
      task.title,
      `frist ${task.dueDate}, ${task.assigneeName ?? task.assigneeRole ?? 'ingen ansvarlig'}, ${taskStatusLabels[task.status]}`,
    );
  }

  pdf.heading('Erfaringer (lessons learned)');
  pdf.paragraph(mask(incident.lessonsLearned) ?? 'Ikke beskrevet endnu.');

  pdf.heading('Tidslinje');
  for (const entry of data.timeline) {
    pdf.line(`${danishTime(entry.at)}  ${entry.actorName}: ${mask(entry.text) ?? entry.kind}`);
  }
  return pdf.toBuffer();
}
