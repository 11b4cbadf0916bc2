import PDFDocument from 'pdfkit';

/**
 * A small layer over pdfkit for our reports: A4, Helvetica (its WinAnsi encoding covers
 * Danish), headings, label/value pairs and paragraphs, and the finished document as bytes.
 * Text is drawn as text; nothing in it is interpreted.
 */
export class ReportPdf {
  private readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<void>;

  constructor(title: string, options: { landscape?: boolean } = {}) {
    this.doc = new PDFDocument({
      size: 'A4',
      layout: options.landscape ? 'landscape' : 'portrait',
      margin: 50,
      info: { Title: title, Creator: 'Skjold', Producer: 'Skjold' },
      lang: 'da-DK',
    } as PDFKit.PDFDocumentOptions);
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.done = new Promise((resolve) => this.doc.on('end', () => resolve()));
    this.doc.font('Helvetica-Bold').fontSize(18).text(safe(title));
    this.doc.moveDown(0.5);
  }

  line(text: string, options: { bold?: boolean; size?: number; color?: string } = {}): this {
    this.doc
      .font(options.bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(options.size ?? 10)
      .fillColor(options.color ?? '#000000')
      .text(safe(text));
    this.doc.fillColor('#000000');
    return this;
  }

  heading(text: string): this {
    this.doc.moveDown(0.8);
    return this.line(text, { bold: true, size: 13 });
  }

  field(label: string, value: string | null | undefined, missing = '-'): this {
    this.doc
      .font('Helvetica-Bold')
      .fontSize(10)
      .text(`${safe(label)}: `, { continued: true });
    this.doc.font('Helvetica').text(safe(value ?? missing));
    return this;
  }

  paragraph(text: string): this {
    this.doc.moveDown(0.3);
    return this.line(text);
  }

  space(lines = 0.5): this {
    this.doc.moveDown(lines);
    return this;
  }

  async toBuffer(): Promise<Buffer> {
    this.doc.end();
    await this.done;
    return Buffer.concat(this.chunks);
  }
}

/** Characters outside Latin-1 that Helvetica's WinAnsi encoding still has. */
const winAnsiExtras = new Set(['–', '—', '‘', '’', '“', '”', '•', '…', '€']);

/**
 * Helvetica's encoding lacks some characters (arrows, emoji, most non-Latin scripts): those
 * become "?" instead of breaking the text. Control characters other than line breaks go.
 */
function safe(text: string): string {
  let out = '';
  for (const char of text.replace(/→/g, '->')) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 9 || code === 10 || code === 13) out += char;
    else if (code < 32 || (code >= 127 && code < 160)) continue;
    else if (code <= 0xff || winAnsiExtras.has(char)) out += char;
    else out += '?';
  }
  return out;
}
