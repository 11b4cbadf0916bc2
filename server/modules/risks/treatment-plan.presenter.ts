import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import type { Locale } from '../../platform/i18n.ts';
import type { ActionRecord, RiskRecord } from './risks.presenter.ts';

/**
 * The risk treatment plan (ISO/IEC 27001 6.1.3 e) as a spreadsheet and as a printable A4
 * document: every live risk by score, how it is treated, the residual risk, the acceptance,
 * and the actions with owner, due date and status.
 */

export type TreatmentPlan = {
  orgName: string;
  date: string;
  tolerance: number;
  risks: RiskRecord[];
  actions: Map<string, ActionRecord[]>;
};

const words = {
  title: { da: 'Risikobehandlingsplan', en: 'Risk treatment plan' },
  actionsSheet: { da: 'Handlinger', en: 'Actions' },
  risk: { da: 'Risiko', en: 'Risk' },
  owner: { da: 'Ejer', en: 'Owner' },
  status: { da: 'Status', en: 'Status' },
  threats: { da: 'Trusler', en: 'Threats' },
  assets: { da: 'Aktiver', en: 'Assets' },
  inherent: { da: 'Iboende risiko', en: 'Inherent risk' },
  existing: { da: 'Eksisterende kontroller', en: 'Existing controls' },
  planned: { da: 'Planlagte kontroller', en: 'Planned controls' },
  treatment: { da: 'Behandling', en: 'Treatment' },
  residual: { da: 'Restrisiko', en: 'Residual risk' },
  aboveTolerance: { da: 'Over tolerance', en: 'Above tolerance' },
  acceptance: { da: 'Risikoaccept', en: 'Risk acceptance' },
  review: { da: 'Næste gennemgang', en: 'Next review' },
  action: { da: 'Handling', en: 'ActionRecord' },
  responsible: { da: 'Ansvarlig', en: 'Responsible' },
  due: { da: 'Frist', en: 'Due' },
  overdue: { da: 'Overskredet', en: 'Overdue' },
  none: { da: 'Ingen', en: 'None' },
  notAssessed: { da: 'Ikke vurderet', en: 'Not assessed' },
  until: { da: 'til', en: 'until' },
  by: { da: 'af', en: 'by' },
  yes: { da: 'Ja', en: 'Yes' },
  no: { da: 'Nej', en: 'No' },
  page: { da: 'Side', en: 'Page' },
  of: { da: 'af', en: 'of' },
  summary: {
    da: (risks: number, above: number, tolerance: number) =>
      `${risks} risici i registret, ${above} over organisationens tolerance (score over ${tolerance}).`,
    en: (risks: number, above: number, tolerance: number) =>
      `${risks} risks in the register, ${above} above the organisation's tolerance (score above ${tolerance}).`,
  },
  asOf: { da: 'Udarbejdet', en: 'Prepared' },
  securityOfficers: { da: 'sikkerhedskoordinatorerne', en: 'the security officers' },
} as const;

const treatmentLabels: Record<string, Record<Locale, string>> = {
  reduce: { da: 'Reducér', en: 'Reduce' },
  accept: { da: 'Acceptér', en: 'Accept' },
  avoid: { da: 'Undgå', en: 'Avoid' },
  transfer: { da: 'Overfør', en: 'Transfer' },
};

const statusLabels: Record<string, Record<Locale, string>> = {
  draft: { da: 'Kladde', en: 'Draft' },
  open: { da: 'Åben', en: 'Open' },
  accepted: { da: 'Accepteret', en: 'Accepted' },
  closed: { da: 'Lukket', en: 'Closed' },
  in_progress: { da: 'I gang', en: 'In progress' },
  done: { da: 'Udført', en: 'Done' },
  cancelled: { da: 'Annulleret', en: 'Cancelled' },
};

const scoreText = (score: number | null, label: string | undefined, locale: Locale) =>
  score === null ? words.notAssessed[locale] : `${score} (${label})`;

const acceptanceText = (risk: RiskRecord, locale: Locale) => {
  const a = risk.acceptance;
  if (a?.state !== 'active') return words.none[locale];
  return `${words.by[locale]} ${a.acceptedByName}, ${words.until[locale]} ${a.expiresOn}`;
};

const ownerOf = (action: ActionRecord, locale: Locale) => action.ownerName ?? words.securityOfficers[locale];

export async function treatmentPlanWorkbook(plan: TreatmentPlan, locale: Locale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Skjold';
  workbook.title = `${words.title[locale]} – ${plan.orgName}`;
  const sheet = workbook.addWorksheet(words.title[locale], { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: words.risk[locale], width: 36 },
    { header: words.owner[locale], width: 22 },
    { header: words.status[locale], width: 12 },
    { header: words.threats[locale], width: 30 },
    { header: words.assets[locale], width: 30 },
    { header: words.inherent[locale], width: 16 },
    { header: words.existing[locale], width: 36 },
    { header: words.planned[locale], width: 36 },
    { header: words.treatment[locale], width: 14 },
    { header: words.residual[locale], width: 16 },
    { header: words.aboveTolerance[locale], width: 14 },
    { header: words.acceptance[locale], width: 30 },
    { header: words.review[locale], width: 14 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const risk of plan.risks) {
    const row = sheet.addRow([
      risk.title,
      risk.ownerName,
      statusLabels[risk.status]?.[locale] ?? risk.status,
      risk.threats.map((t) => t.title[locale]).join('; '),
      risk.assets.map((a) => a.name).join('; '),
      scoreText(risk.inherentScore, risk.inherentLevel.label, locale),
      risk.existingControls,
      risk.plannedControls,
      risk.treatment ? treatmentLabels[risk.treatment]?.[locale] : null,
      scoreText(risk.residualScore, risk.residualLevel?.label, locale),
      risk.aboveTolerance ? words.yes[locale] : words.no[locale],
      acceptanceText(risk, locale),
      risk.reviewDate,
    ]);
    row.alignment = { vertical: 'top', wrapText: true };
    row.getCell(10).fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: `FF${(risk.residualLevel ?? risk.level).colour.slice(1).toUpperCase()}` },
    };
  }
  const actions = workbook.addWorksheet(words.actionsSheet[locale], {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  actions.columns = [
    { header: words.risk[locale], width: 36 },
    { header: words.action[locale], width: 40 },
    { header: words.responsible[locale], width: 24 },
    { header: words.due[locale], width: 12 },
    { header: words.status[locale], width: 12 },
    { header: words.overdue[locale], width: 12 },
  ];
  actions.getRow(1).font = { bold: true };
  for (const risk of plan.risks) {
    for (const action of plan.actions.get(risk.id) ?? []) {
      actions.addRow([
        risk.title,
        action.title,
        ownerOf(action, locale),
        action.dueDate,
        statusLabels[action.status]?.[locale] ?? action.status,
        action.overdue ? words.yes[locale] : words.no[locale],
      ]);
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The PDF's standard fonts speak Windows-1252: anything outside it is shown as "?" rather than garbled. */
const printable = (text: string) =>
  text
    .replace(/[→⇒]/g, '->')
    .replace(/[\u2010-\u2012]/g, '-')
    .replace(/[^\n\t\x20-\x7e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac]/g, '?');

export function treatmentPlanPdf(plan: TreatmentPlan, locale: Locale): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 64, left: 56, right: 56 },
    bufferPages: true,
    info: { Title: `${words.title[locale]} – ${plan.orgName}`, Creator: 'Skjold', Producer: 'Skjold' },
    lang: locale === 'da' ? 'da-DK' : 'en-GB',
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const t = (text: string) => printable(text);

  doc.font('Helvetica-Bold').fontSize(20).text(t(words.title[locale]));
  doc.moveDown(0.2).font('Helvetica').fontSize(12).fillColor('#333333').text(t(plan.orgName));
  doc.fontSize(10).text(t(`${words.asOf[locale]}: ${plan.date}`));
  const above = plan.risks.filter((r) => r.aboveTolerance).length;
  doc
    .moveDown(0.6)
    .fillColor('#000000')
    .text(t(words.summary[locale](plan.risks.length, above, plan.tolerance)));
  doc.moveDown(0.8);

  const field = (label: string, value: string | null | undefined) => {
    if (!value) return;
    doc
      .font('Helvetica-Bold')
      .fontSize(9)
      .text(t(`${label}: `), { continued: true });
    doc.font('Helvetica').text(t(value), { width });
  };

  for (const [index, risk] of plan.risks.entries()) {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 120) doc.addPage();
    const top = doc.y;
    const swatch = (risk.residualLevel ?? risk.level).colour;
    doc.rect(doc.page.margins.left, top + 2, 6, 12).fill(swatch);
    doc.fillColor('#000000').font('Helvetica-Bold').fontSize(12);
    doc.text(t(`${index + 1}. ${risk.title}`), doc.page.margins.left + 12, top, { width: width - 12 });
    doc.x = doc.page.margins.left;
    doc.moveDown(0.2);
    field(words.owner[locale], risk.ownerName ?? '-');
    field(words.status[locale], statusLabels[risk.status]?.[locale] ?? risk.status);
    field(words.threats[locale], risk.threats.map((th) => th.title[locale]).join('; '));
    field(words.assets[locale], risk.assets.map((a) => a.name).join('; '));
    field(words.inherent[locale], scoreText(risk.inherentScore, risk.inherentLevel.label, locale));
    field(words.existing[locale], risk.existingControls);
    field(words.planned[locale], risk.plannedControls);
    field(
      words.treatment[locale],
      risk.treatment ? (treatmentLabels[risk.treatment]?.[locale] ?? null) : words.none[locale],
    );
    field(
      words.residual[locale],
      `${scoreText(risk.residualScore, risk.residualLevel?.label, locale)}${risk.aboveTolerance ? ` – ${words.aboveTolerance[locale]}` : ''}`,
    );
    field(words.acceptance[locale], acceptanceText(risk, locale));
    field(words.review[locale], risk.reviewDate);
    const actions = plan.actions.get(risk.id) ?? [];
    if (actions.length) {
      doc
        .moveDown(0.2)
        .font('Helvetica-Bold')
        .fontSize(9)
        .text(t(`${words.actionsSheet[locale]}:`));
      for (const action of actions) {
        const status = statusLabels[action.status]?.[locale] ?? action.status;
        const overdue = action.overdue ? ` – ${words.overdue[locale]}` : '';
        doc
          .font('Helvetica')
          .fontSize(9)
          .text(
            t(
              `• ${action.title} – ${ownerOf(action, locale)}, ${words.due[locale].toLowerCase()} ${action.dueDate ?? '-'}, ${status}${overdue}`,
            ),
            { width, indent: 10 },
          );
      }
    }
    doc.moveDown(0.8);
  }

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would otherwise start a new page.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const bottom = doc.page.height - margin + 24;
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor('#666666')
      .text(
        t(
          `${words.title[locale]} – ${plan.orgName} – ${words.page[locale]} ${i + 1} ${words.of[locale]} ${range.count}`,
        ),
        doc.page.margins.left,
        bottom,
        { width, align: 'center', lineBreak: false },
      );
    doc.page.margins.bottom = margin;
  }
  doc.end();
  return done;
}
