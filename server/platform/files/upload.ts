import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { DomainError, invalid } from '../errors.ts';
import type { ContentFacts } from './file-types.ts';
import { formatBytes } from './file-types.ts';

/** An upload received into the staging directory; `discard` removes it. */
export type StagedUpload = ContentFacts & {
  /** The name the client sent, unsanitised. */
  fileName: string;
  size: number;
  sha256: string;
  /** The text fields of the form, wherever they came in the body. */
  fields: Record<string, string>;
  discard: () => Promise<void>;
};

export const fileTooLarge = (limitBytes: number) =>
  new DomainError(413, 'file_too_large', { params: { limit: formatBytes(limitBytes) } });

/** Multipart framing around the file (boundaries, part headers, a few text fields). */
const envelopeAllowance = 64 * 1024;
const headBytes = 1024;

/** Tab, line feed, form feed and carriage return are text; other C0 controls and NUL are not. */
const textControls = new Set([0x09, 0x0a, 0x0c, 0x0d]);

function hasBinaryControl(chunk: Buffer): boolean {
  for (const byte of chunk) {
    if (byte < 0x20 && !textControls.has(byte)) return true;
  }
  return false;
}

/**
 * Streams the one file of a multipart/form-data request into the staging directory while it
 * computes sha256 and size, keeps the first bytes and checks whether the content is UTF-8 text.
 * Nothing is buffered whole, so the limit can be raised without raising memory use.
 */
export async function receiveUpload(
  request: FastifyRequest,
  options: { limitBytes: number; stagingDir: string },
): Promise<StagedUpload> {
  if (!request.isMultipart()) throw new DomainError(415, 'multipart_required');
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > options.limitBytes + envelopeAllowance) {
    throw fileTooLarge(options.limitBytes);
  }
  await mkdir(options.stagingDir, { recursive: true });
  const fields: Record<string, string> = {};
  let staged: Omit<StagedUpload, 'fields'> | undefined;
  try {
    const parts = request.parts({
      limits: { fileSize: options.limitBytes, files: 1, fields: 10, fieldSize: 1024, parts: 11 },
    });
    for await (const part of parts) {
      if (part.type === 'field') {
        if (typeof part.value === 'string') fields[part.fieldname] = part.value;
        continue;
      }
      if (part.fieldname !== 'file' || staged) {
        part.file.resume();
        throw invalid('file_upload_invalid');
      }
      staged = await stage(part.file, part.filename, options.stagingDir);
      if ((part.file as Readable & { truncated?: boolean }).truncated) throw fileTooLarge(options.limitBytes);
    }
  } catch (error) {
    await staged?.discard();
    throw asUploadError(error, options.limitBytes);
  }
  if (!staged) throw invalid('file_missing', [{ path: 'file', code: 'required' }]);
  if (staged.size === 0) {
    await staged.discard();
    throw invalid('file_empty', [{ path: 'file', code: 'file_empty' }]);
  }
  return { ...staged, fields };
}

async function stage(
  file: Readable,
  fileName: string,
  stagingDir: string,
): Promise<Omit<StagedUpload, 'fields'>> {
  const path = join(stagingDir, `${randomBytes(12).toString('hex')}.upload`);
  const hash = createHash('sha256');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const head: Buffer[] = [];
  let headLength = 0;
  let size = 0;
  let isText = true;
  const discard = () => rm(path, { force: true });
  async function* inspect(source: AsyncIterable<Buffer>) {
    for await (const chunk of source) {
      hash.update(chunk);
      size += chunk.length;
      if (headLength < headBytes) {
        head.push(chunk.subarray(0, headBytes - headLength));
        headLength += Math.min(chunk.length, headBytes - headLength);
      }
      if (isText) {
        try {
          decoder.decode(chunk, { stream: true });
          isText = !hasBinaryControl(chunk);
        } catch {
          isText = false;
        }
      }
      yield chunk;
    }
    if (isText) {
      try {
        decoder.decode();
      } catch {
        isText = false;
      }
    }
  }
  try {
    await pipeline(file, inspect, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
  } catch (error) {
    await discard();
    throw error;
  }
  return { path, fileName, size, sha256: hash.digest('hex'), isText, head: Buffer.concat(head), discard };
}

/** Maps the multipart plugin's and busboy's errors to the API's; other errors pass unchanged. */
function asUploadError(error: unknown, limitBytes: number): unknown {
  if (error instanceof DomainError) return error;
  const code = (error as { code?: unknown }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return fileTooLarge(limitBytes);
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') return new DomainError(415, 'multipart_required');
  if (typeof code === 'string' && code.startsWith('FST_')) return invalid('file_upload_invalid');
  // busboy reports malformed bodies ("Boundary not found", "Unexpected end of form") as plain errors.
  if (error instanceof Error && /multipart|boundary|unexpected end|part terminated/i.test(error.message)) {
    return invalid('file_upload_invalid');
  }
  return error;
}
