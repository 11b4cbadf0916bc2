import { inflateSync } from 'node:zlib';

/**
 * The text drawn in a PDF made by pdfkit, for assertions: inflates the content streams and
 * decodes the hex strings of the text operators (WinAnsi, which matches Latin-1 for Danish).
 */
export function pdfText(pdf: Buffer): string {
  const out: string[] = [];
  const raw = pdf.toString('latin1');
  const streams = /stream\r?\n/g;
  for (let match = streams.exec(raw); match; match = streams.exec(raw)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    const bytes = pdf.subarray(start, end);
    let content: string;
    try {
      content = inflateSync(bytes).toString('latin1');
    } catch {
      content = bytes.toString('latin1');
    }
    for (const line of content.split('\n')) {
      if (!/T[Jj]\s*$/.test(line)) continue;
      const parts = [...line.matchAll(/<([0-9a-fA-F]*)>/g)].map((m) =>
        Buffer.from(m[1] ?? '', 'hex').toString('latin1'),
      );
      out.push(parts.join(''));
    }
    streams.lastIndex = end;
  }
  return out.join('\n');
}
