import {
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { type ExportModel, formatDate, revisionText } from './export-model.presenter.ts';
import { type Block, type Inline, topHeadingLevel } from './rich-text.rules.ts';

/** Word export of one document version: facts, body and the revision table. */

const headingLevels = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

function runs(inlines: readonly Inline[]): ParagraphChild[] {
  return inlines.flatMap((inline): ParagraphChild[] => {
    const parts = inline.text.split('\n');
    const textRuns = parts.map(
      (part, index) =>
        new TextRun({
          text: part,
          bold: inline.bold,
          italics: inline.italic,
          underline: inline.underline ? {} : undefined,
          strike: inline.strike,
          font: inline.code ? 'Consolas' : undefined,
          style: inline.href ? 'Hyperlink' : undefined,
          break: index > 0 ? 1 : undefined,
        }),
    );
    return inline.href ? [new ExternalHyperlink({ link: inline.href, children: textRuns })] : textRuns;
  });
}

const cellParagraph = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });

function blockToDocx(block: Block, listInstance: () => number, topLevel: number): (Paragraph | Table)[] {
  switch (block.type) {
    case 'heading':
      // The body's highest heading level becomes Heading 1, like the revision table's heading.
      return [
        new Paragraph({
          heading: headingLevels[Math.min(5, block.level - topLevel)] ?? HeadingLevel.HEADING_6,
          children: runs(block.inlines),
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ children: runs(block.inlines) })];
    case 'quote':
      return [new Paragraph({ style: 'Quote', children: runs(block.inlines) })];
    case 'code':
      return block.text
        .split('\n')
        .map((line) => new Paragraph({ children: [new TextRun({ text: line, font: 'Consolas' })] }));
    case 'list_item':
      return [
        block.ordered
          ? new Paragraph({
              children: runs(block.inlines),
              numbering: { reference: 'ordered', level: Math.min(block.depth, 8), instance: listInstance() },
            })
          : new Paragraph({ children: runs(block.inlines), bullet: { level: Math.min(block.depth, 8) } }),
      ];
    case 'table': {
      const width = Math.max(1, ...block.rows.map((row) => row.cells.length));
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: block.rows.map(
            (row) =>
              new TableRow({
                tableHeader: row.header,
                children: Array.from({ length: width }, (_, index) => {
                  const cell = row.cells[index] ?? [];
                  return new TableCell({
                    children: [
                      new Paragraph({
                        children: runs(row.header ? cell.map((i) => ({ ...i, bold: true })) : cell),
                      }),
                    ],
                  });
                }),
              }),
          ),
        }),
        new Paragraph({ children: [] }),
      ];
    }
    case 'rule':
      return [new Paragraph({ thematicBreak: true, children: [] })];
  }
}

export async function renderDocx(model: ExportModel): Promise<Buffer> {
  const l = model.labels;
  // Ordered lists restart at 1: consecutive items of one list share an instance.
  let instance = 0;
  let previous: Block | undefined;
  const body: (Paragraph | Table)[] = [];
  for (const block of model.blocks) {
    const continues =
      previous?.type === 'list_item' && block.type === 'list_item' && (block.depth > 0 || block.index > 1);
    if (block.type === 'list_item' && block.ordered && !continues && block.depth === 0) instance += 1;
    body.push(...blockToDocx(block, () => instance, topHeadingLevel(model.blocks)));
    previous = block;
  }
  const revisionTable =
    model.revisions.length === 0
      ? [new Paragraph({ children: [new TextRun({ text: l.noRevisions })] })]
      : [
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({
                tableHeader: true,
                children: [l.version, l.date, l.author, l.changes, l.approvedBy].map((h) =>
                  cellParagraph(h, true),
                ),
              }),
              ...model.revisions.map(
                (row) =>
                  new TableRow({
                    children: [
                      cellParagraph(row.versionNumber === null ? '' : String(row.versionNumber)),
                      cellParagraph(formatDate(row.date, model.locale)),
                      cellParagraph(row.authorName ?? ''),
                      cellParagraph(revisionText(row, l)),
                      cellParagraph(row.approvedByName ?? ''),
                    ],
                  }),
              ),
            ],
          }),
        ];
  const document = new Document({
    creator: 'Skjold',
    title: model.title,
    description: model.description ?? undefined,
    styles: {
      default: { document: { run: { language: { value: model.locale === 'da' ? 'da-DK' : 'en-GB' } } } },
    },
    numbering: {
      config: [
        {
          reference: 'ordered',
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: model.title })] }),
          ...(model.description
            ? [new Paragraph({ children: [new TextRun({ text: model.description, italics: true })] })]
            : []),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: model.facts.map(
              (fact) =>
                new TableRow({ children: [cellParagraph(fact.label, true), cellParagraph(fact.value)] }),
            ),
          }),
          new Paragraph({ children: [] }),
          ...(model.bodyFileName !== null
            ? [new Paragraph({ children: [new TextRun({ text: l.bodyInFile(model.bodyFileName) })] })]
            : body),
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            children: [new TextRun({ text: l.revisionTable })],
          }),
          ...revisionTable,
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
