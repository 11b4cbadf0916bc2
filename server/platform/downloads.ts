import type { FastifyReply } from 'fastify';
import { contentDisposition } from './files/file-types.ts';

export const mediaTypes = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
} as const;

/** Exports and attachments are saved, never rendered or sniffed by the browser, and never cached. */
export const downloadHeaders = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; sandbox",
  'cache-control': 'private, no-store',
};

/** Sends an export (XLSX, PDF, DOCX, CSV) as an attachment with a UTF-8 file name. */
export function sendDownload(
  reply: FastifyReply,
  fileName: string,
  content: Buffer | Uint8Array,
  type: keyof typeof mediaTypes,
) {
  return reply
    .headers(downloadHeaders)
    .header('content-type', mediaTypes[type])
    .header('content-disposition', contentDisposition(fileName))
    .send(content);
}
