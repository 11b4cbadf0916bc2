import { fileTypeFromFile } from 'file-type';
import { DomainError } from '../errors.ts';

/**
 * What may be uploaded. The type is detected from the bytes (file-type reads the magic
 * numbers, and the zip entries for OOXML and OpenDocument); the file name's extension must
 * belong to the detected type, so `invoice.pdf` that holds HTML, or a PNG called `.pdf`, is
 * refused. Macro-enabled Office files (docm, xlsm, pptm), archives, executables, SVG and
 * HTML are not on the list.
 */
const binaryTypes: Record<string, { contentType: string; extensions: readonly string[] }> = {
  pdf: { contentType: 'application/pdf', extensions: ['pdf'] },
  png: { contentType: 'image/png', extensions: ['png'] },
  jpg: { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  gif: { contentType: 'image/gif', extensions: ['gif'] },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
  },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
  },
  pptx: {
    contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['pptx'],
  },
  odt: { contentType: 'application/vnd.oasis.opendocument.text', extensions: ['odt'] },
  ods: { contentType: 'application/vnd.oasis.opendocument.spreadsheet', extensions: ['ods'] },
};

/** Plain text is recognised by its bytes (valid UTF-8, no NUL or other binary controls). */
const textTypes: Record<string, string> = {
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/** Facts about the content gathered while it streamed in (see upload.ts). */
export type ContentFacts = {
  path: string;
  /** Valid UTF-8 without NUL or control characters other than tab, line feed, form feed, return. */
  isText: boolean;
  /** The first bytes, for the markup sniff. */
  head: Buffer;
};

export const fileTypeNotAllowed = () => new DomainError(415, 'file_type_not_allowed');

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/**
 * The leading tags browsers sniff as HTML (WHATWG MIME Sniffing, "identifying a resource with
 * an unknown MIME type"), plus XML and SVG. Text that starts like this is refused even as .txt,
 * so no browser that ignores `nosniff` can render it.
 */
const markupStart =
  /^(?:\uFEFF)?\s*<(?:!doctype html|html|head|script|iframe|h1|div|font|table|a|style|title|b|body|br|p|!--|\?xml|svg)(?:[\s>/]|$)/i;

export function looksLikeMarkup(head: Buffer): boolean {
  return markupStart.test(head.toString('utf8'));
}

/** The content type to store and serve, or 415 file_type_not_allowed. */
export async function detectContentType(content: ContentFacts, fileName: string): Promise<string> {
  const extension = extensionOf(fileName);
  const detected = await fileTypeFromFile(content.path);
  const binary = detected ? binaryTypes[detected.ext] : undefined;
  if (binary?.extensions.includes(extension)) return binary.contentType;
  const text = textTypes[extension];
  if (text && content.isText && !looksLikeMarkup(content.head)) return text;
  throw fileTypeNotAllowed();
}

/** Code points removed from names: controls, bidi overrides (`invoice‮fdp.exe`), zero-width marks, BOM. */
function isUnsafeCodePoint(cp: number): boolean {
  return (
    cp < 0x20 ||
    (cp >= 0x7f && cp <= 0x9f) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069) ||
    cp === 0xfeff
  );
}

const maxNameLength = 200;

/**
 * The original name, made safe to show and to offer as a download name: the last path segment
 * only, no controls or direction overrides, no characters Windows forbids, no leading dots,
 * at most 200 characters with the extension kept.
 */
export function sanitizeFileName(raw: string): string {
  const lastSegment = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = [...lastSegment]
    .filter((ch) => !isUnsafeCodePoint(ch.codePointAt(0) ?? 0))
    .join('')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+/, '')
    .replace(/[\s.]+$/, '');
  const chars = [...cleaned];
  if (chars.length <= maxNameLength) return cleaned;
  const extension = extensionOf(cleaned);
  const suffix = extension && extension.length <= 10 ? `.${extension}` : '';
  return (
    chars
      .slice(0, maxNameLength - suffix.length)
      .join('')
      .trimEnd() + suffix
  );
}

/** RFC 5987 value: percent-encoding of everything outside attr-char. */
const rfc5987 = (value: string) =>
  encodeURIComponent(value).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Always `attachment`, never inline: an ASCII fallback for old clients and the exact UTF-8 name
 * (RFC 6266) for the rest, so "Risikovurdering æøå.pdf" arrives as it was uploaded.
 */
export function contentDisposition(name: string): string {
  const fallback = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\%]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${rfc5987(name)}`;
}

/** "25 MiB", "64 KiB", "100 bytes": the limit in the file_too_large message. */
export function formatBytes(bytes: number): string {
  const units: [number, string][] = [
    [1024 ** 3, 'GiB'],
    [1024 ** 2, 'MiB'],
    [1024, 'KiB'],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}
