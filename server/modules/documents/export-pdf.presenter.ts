import PDFDocument from 'pdfkit';
import { type ExportModel, formatDate, revisionText } from './export-model.presenter.ts';
import { type Block, type Inline, inlineText, topHeadingLevel } from './rich-text.rules.ts';

/** PDF export of one document version (also served for public documents): facts, body, revision table. */

const MARGIN = 56;
const headingSizes = [16, 14, 12.5, 11.5, 11, 11];

function fontOf(inline: Inline): string {
  if (inline.code) return 'Courier';
  if (inline.bold && inline.italic) return 'Helvetica-BoldOblique';
  if (inline.bold) return 'Helvetica-Bold';
  if (inline.italic) return 'Helvetica-Oblique';
  return 'Helvetica';
}

/** The standard PDF fonts cover Latin-1 (æ, ø, å, é …); other characters print as "?". */
const printable = (text: string) =>
  text.replace(/[^\n\u0020-\u007e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac]/g, '?');

function writeInlines(
  doc: PDFKit.PDFDocument,
  inlines: readonly Inline[],
  options: { size: number; indent?: number; prefix?: string; bold?: boolean },
) {
  const left = MARGIN + (options.indent ?? 0);
  const width = doc.page.width - MARGIN - left;
  const parts: Inline[] = [
    ...(options.prefix ? [{ text: options.prefix }] : []),
    ...inlines.map((i) => (options.bold ? { ...i, bold: true } : i)),
  ];
  if (parts.length === 0) return;
  doc.fontSize(options.size);
  parts.forEach((inline, index) => {
    doc.font(fontOf(inline)).fillColor(inline.href ? '#1a4f8b' : 'black');
    const textOptions: PDFKit.Mixins.TextOptions = {
      continued: index < parts.length - 1,
      underline: Boolean(inline.underline || inline.href),
      strike: Boolean(inline.strike),
      width,
      ...(inline.href ? { link: inline.href } : {}),
    };
    if (index === 0) doc.text(printable(inline.text), left, doc.y, textOptions);
    else doc.text(printable(inline.text), textOptions);
  });
  doc.fillColor('black');
  doc.x = MARGIN;
}

function writeTable(doc: PDFKit.PDFDocument, rows: { header: boolean; cells: string[] }[]) {
  const width = Math.max(1, ...rows.map((row) => row.cells.length));
  doc.x = MARGIN;
  doc.fontSize(9.5).font('Helvetica');
  doc.table({
    defaultStyle: { padding: [3, 4, 3, 4], borderColor: '#888888' },
    data: rows.map((row) =>
      Array.from({ length: width }, (_, index) => ({
        text: printable(row.cells[index] ?? ''),
        type: row.header ? ('TH' as const) : ('TD' as const),
        font: { family: row.header ? 'Helvetica-Bold' : 'Helvetica', size: 9.5 },
        ...(row.header ? { backgroundColor: '#eeeeee' } : {}),
      })),
    ),
  });
  doc.moveDown(0.6);
}

function writeBlock(doc: PDFKit.PDFDocument, block: Block, topLevel: number) {
  switch (block.type) {
    case 'heading':
      doc.moveDown(0.5);
      writeInlines(doc, block.inlines, {
        size: headingSizes[Math.min(5, block.level - topLevel)] ?? 11,
        bold: true,
      });
      doc.moveDown(0.2);
      return;
    case 'paragraph':
      writeInlines(doc, block.inlines, { size: 10.5 });
      doc.moveDown(0.4);
      return;
    case 'quote':
      writeInlines(
        doc,
        block.inlines.map((i) => ({ ...i, italic: true })),
        { size: 10.5, indent: 20 },
      );
      doc.moveDown(0.4);
      return;
    case 'code':
      writeInlines(doc, [{ text: block.text, code: true }], { size: 9.5, indent: 10 });
      doc.moveDown(0.4);
      return;
    case 'list_item':
      writeInlines(doc, block.inlines, {
        size: 10.5,
        indent: 14 * (block.depth + 1),
        prefix: block.ordered ? `${block.index}. ` : '\u2022 ',
      });
      doc.moveDown(0.15);
      return;
    case 'table':
      writeTable(
        doc,
        block.rows.map((row) => ({ header: row.header, cells: row.cells.map(inlineText) })),
      );
      return;
    case 'rule':
      doc.moveDown(0.3);
      doc
        .moveTo(MARGIN, doc.y)
        .lineTo(doc.page.width - MARGIN, doc.y)
        .strokeColor('#888888')
        .stroke();
      doc.moveDown(0.5);
      return;
  }
}

export function renderPdf(model: ExportModel): Promise<Buffer> {
  const l = model.labels;
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    lang: model.locale === 'da' ? 'da-DK' : 'en-GB',
    displayTitle: true,
    pdfVersion: '1.7',
    info: { Title: model.title, Author: model.orgName, Creator: 'Skjold' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('Helvetica-Bold').fontSize(20).text(printable(model.title));
  if (model.description)
    doc.moveDown(0.2).font('Helvetica-Oblique').fontSize(11).text(printable(model.description));
  doc.moveDown(0.8);
  writeTable(
    doc,
    model.facts.map((fact) => ({ header: false, cells: [fact.label, fact.value] })),
  );
  doc.moveDown(0.5);
  if (model.bodyFileName !== null) {
    writeInlines(doc, [{ text: l.bodyInFile(model.bodyFileName) }], { size: 10.5 });
  } else {
    const top = topHeadingLevel(model.blocks);
    for (const block of model.blocks) writeBlock(doc, block, top);
  }
  doc.moveDown(1);
  writeInlines(doc, [{ text: l.revisionTable }], { size: headingSizes[0] as number, bold: true });
  doc.moveDown(0.3);
  if (model.revisions.length === 0) {
    writeInlines(doc, [{ text: l.noRevisions }], { size: 10.5 });
  } else {
    writeTable(doc, [
      { header: true, cells: [l.version, l.date, l.author, l.changes, l.approvedBy] },
      ...model.revisions.map((row) => ({
        header: false,
        cells: [
          row.versionNumber === null ? '' : String(row.versionNumber),
          formatDate(row.date, model.locale),
          row.authorName ?? '',
          revisionText(row, l),
          row.approvedByName ?? '',
        ],
      })),
    ]);
  }

  const range = doc.bufferedPageRange();
  for (let index = 0; index < range.count; index += 1) {
    doc.switchToPage(range.start + index);
    // Writing in the bottom margin would otherwise start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const footer = `${model.title} – ${l.version} ${model.versionNumber} – ${index + 1}/${range.count}`;
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor('#555555')
      .text(printable(footer), MARGIN, doc.page.height - MARGIN + 16, {
        width: doc.page.width - 2 * MARGIN,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
