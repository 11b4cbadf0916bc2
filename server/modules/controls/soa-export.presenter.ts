import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import type { Locale } from '../../platform/i18n.ts';
import type { Soa, SoaEntry } from './soa.presenter.ts';
import {
  type ExportText,
  exportText,
  formatDate,
  frameworkName,
  rowValues,
  sheetName,
} from './soa-export-labels.presenter.ts';

/**
 * The SoA as a document to hand an auditor or a board: one XLSX sheet per framework in
 * scope, or a readable A4 PDF, with the organisation, the date and the SoA's version number
 * on every copy. Headings follow the reader's language, Danish by default.
 */

type Column = { key: keyof ReturnType<typeof rowValues>; width: number; label: (t: ExportText) => string };

const columns: Column[] = [
  { key: 'code', width: 9, label: (t) => t.code },
  { key: 'control', width: 44, label: (t) => t.control },
  { key: 'theme', width: 22, label: (t) => t.theme },
  { key: 'applicable', width: 10, label: (t) => t.applicable },
  { key: 'justification', width: 40, label: (t) => t.justification },
  { key: 'status', width: 20, label: (t) => t.status },
  { key: 'implementation', width: 44, label: (t) => t.implementation },
  { key: 'owner', width: 22, label: (t) => t.owner },
  { key: 'targetDate', width: 16, label: (t) => t.targetDate },
  { key: 'evidence', width: 16, label: (t) => t.evidence },
  { key: 'risks', width: 8, label: (t) => t.risks },
  { key: 'deviation', width: 12, label: (t) => t.deviation },
];

function headerLines(soa: Soa, locale: Locale, today: string): [string, string][] {
  const t = exportText(locale);
  return [
    [t.organisation, soa.orgName],
    [t.date, formatDate(today, locale)],
    [t.version, String(soa.revision)],
    ...(soa.lastChangedAt
      ? ([[t.lastChanged, formatDate(soa.lastChangedAt.slice(0, 10), locale)]] as [string, string][])
      : []),
    ...(soa.baselineGroup ? ([[t.baseline, soa.baselineGroup.name]] as [string, string][]) : []),
  ];
}

const entriesOf = (soa: Soa, framework: Soa['frameworks'][number]) =>
  soa.items.filter((item) => item.frameworkId === framework);

export async function soaWorkbook(soa: Soa, locale: Locale, today: string): Promise<Buffer> {
  const t = exportText(locale);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Skjold';
  workbook.title = `${t.title} – ${soa.orgName}`;
  workbook.created = new Date(`${today}T00:00:00Z`);
  for (const framework of soa.frameworks) {
    const used = columns.filter((c) => c.key !== 'theme' || framework === 'iso27001_2022');
    const sheet = workbook.addWorksheet(sheetName(framework, locale), {
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    sheet.columns = used.map((c) => ({ key: c.key, width: c.width }));
    sheet.addRow([`${t.title} – ${frameworkName(framework, locale)}`]).font = { bold: true, size: 14 };
    for (const [label, value] of headerLines(soa, locale, today)) sheet.addRow([label, value]);
    sheet.addRow([]);
    const header = sheet.addRow(used.map((c) => c.label(t)));
    header.font = { bold: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
    header.alignment = { vertical: 'middle', wrapText: true };
    const headerRow = header.number;
    for (const entry of entriesOf(soa, framework)) {
      const values = rowValues(entry, locale);
      const row = sheet.addRow(used.map((c) => values[c.key]));
      row.alignment = { vertical: 'top', wrapText: true };
    }
    sheet.views = [{ state: 'frozen', ySplit: headerRow }];
    sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: used.length } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const A4_LANDSCAPE: [number, number] = [841.89, 595.28];
const MARGIN = 36;

/** Columns of the PDF table: fewer than the spreadsheet, so a landscape A4 page stays readable. */
const pdfColumns: {
  width: number;
  label: (t: ExportText) => string;
  value: (v: ReturnType<typeof rowValues>) => string;
}[] = [
  { width: 40, label: (t) => t.code, value: (v) => v.code },
  { width: 185, label: (t) => t.control, value: (v) => v.control },
  { width: 50, label: (t) => t.applicable, value: (v) => v.applicable },
  { width: 85, label: (t) => t.status, value: (v) => v.status },
  {
    width: 235,
    label: (t) => `${t.justification} / ${t.implementation}`,
    value: (v) => [v.justification, v.implementation].filter(Boolean).join('\n\n'),
  },
  { width: 90, label: (t) => t.owner, value: (v) => v.owner },
  { width: 85, label: (t) => t.evidence, value: (v) => v.evidence },
];

/** Characters the PDF's built-in Helvetica (WinAnsi) can draw besides Latin-1. */
const winAnsiExtras = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/**
 * The built-in PDF fonts draw Latin-1 and a few extras only (æ, ø, å and é are fine); other
 * accented letters lose their accent (ő becomes o) and anything else becomes "?" rather than
 * a wrong glyph. The XLSX keeps every character.
 */
export function pdfText(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0;
    if (
      char === '\n' ||
      (code >= 0x20 && code <= 0x7e) ||
      (code >= 0xa0 && code <= 0xff) ||
      winAnsiExtras.has(char)
    ) {
      out += char;
      continue;
    }
    const base = char.normalize('NFD').replace(/\p{M}/gu, '');
    const baseCode = base.codePointAt(0) ?? 0;
    out += base.length === 1 && baseCode >= 0x20 && baseCode <= 0xff ? base : '?';
  }
  return out;
}

const themeRow = (theme: string) => ({
  text: pdfText(theme),
  colSpan: pdfColumns.length,
  font: { src: 'Helvetica-Bold' },
  backgroundColor: '#f4f6f8',
});

export async function soaPdf(soa: Soa, locale: Locale, today: string): Promise<Buffer> {
  const t = exportText(locale);
  const doc = new PDFDocument({
    size: A4_LANDSCAPE,
    margins: { top: MARGIN, bottom: MARGIN + 14, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: locale === 'da' ? 'da-DK' : 'en-GB',
    displayTitle: true,
    info: { Title: `${t.title} – ${soa.orgName}`, Author: soa.orgName, Creator: 'Skjold' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('Helvetica-Bold').fontSize(18).text(t.title);
  doc.font('Helvetica').fontSize(10).fillColor('#555555').text(t.subtitle).fillColor('black').moveDown(0.5);
  for (const [label, value] of headerLines(soa, locale, today)) {
    doc.font('Helvetica-Bold').text(`${label}: `, { continued: true }).font('Helvetica').text(pdfText(value));
  }

  soa.frameworks.forEach((framework, index) => {
    const entries = entriesOf(soa, framework);
    if (index > 0) doc.addPage();
    else doc.moveDown(1);
    doc.font('Helvetica-Bold').fontSize(14).text(frameworkName(framework, locale), MARGIN);
    const applicable = entries.filter((e) => e.applicable).length;
    const implemented = entries.filter((e) => e.status === 'implemented').length;
    doc
      .font('Helvetica')
      .fontSize(9)
      .text(t.summary(applicable, entries.length, implemented))
      .moveDown(0.5);
    doc.fontSize(8).table({
      columnStyles: pdfColumns.map((c) => c.width),
      defaultStyle: { padding: [3, 4, 3, 4], border: 0.5, borderColor: '#999999' },
      data: [
        pdfColumns.map((c) => ({
          text: c.label(t),
          type: 'TH' as const,
          font: { src: 'Helvetica-Bold' },
          backgroundColor: '#e8eef4',
        })),
        ...entries.flatMap((entry: SoaEntry, index) => {
          const values = rowValues(entry, locale);
          const row = pdfColumns.map((c) => ({ text: pdfText(c.value(values)) }));
          // Annex A reads by theme: a heading row where the theme changes.
          const themeStarts = entry.theme && entry.theme !== entries[index - 1]?.theme;
          return themeStarts ? [[themeRow(values.theme)], row] : [row];
        }),
      ],
    });
  });

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i += 1) {
    doc.switchToPage(range.start + i);
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor('#555555')
      .text(
        `${pdfText(soa.orgName)} · ${t.title} · ${t.version} ${soa.revision} · ${formatDate(today, locale)} · ${t.page(i + 1, range.count)}`,
        MARGIN,
        A4_LANDSCAPE[1] - MARGIN,
        { width: A4_LANDSCAPE[0] - 2 * MARGIN, align: 'center', lineBreak: false },
      );
  }
  doc.end();
  return finished;
}
