import type { Readable } from 'node:stream';
import type { z } from 'zod';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import * as filesRepo from '../../platform/files/files.repository.ts';
import { FileContentMissing, fileStorage } from '../../platform/files/storage.ts';
import { documentForReading } from './documents.service.ts';
import { diffHtml } from './text-diff.rules.ts';
import { presentVersionSummary } from './versions.presenter.ts';
import type { diffQuery } from './versions.schemas.ts';
import { loadVersion } from './versions.service.ts';

/** Reading a version's body file and comparing versions: no changes, so apart from the workflow. */

/** The PDF or DOCX that is the body of a version, for download. */
export async function openBodyFile(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  documentId: string,
  id: string,
): Promise<{ name: string; contentType: string; size: number; sha256: string; content: Readable }> {
  const { document, access } = await documentForReading(ctx, actor, orgId, documentId);
  if (access === 'audience' && id !== document.current_version_id) throw notFound();
  const version = await loadVersion(ctx.db, document.id, id);
  return openVersionFile(ctx, document.org_id, version.body_file_id);
}

export async function openVersionFile(ctx: RequestContext, orgId: string, fileId: string | null) {
  if (!fileId) throw notFound();
  const file = await filesRepo.findFile(ctx.db, orgId, fileId);
  if (!file) throw notFound();
  let content: Readable;
  try {
    content = await fileStorage(ctx.config).get(file.storage_key);
  } catch (error) {
    // The record survived but its bytes are gone (restored backup, manual cleanup): not found.
    if (error instanceof FileContentMissing) throw notFound();
    throw error;
  }
  return {
    name: file.name,
    contentType: file.content_type,
    size: Number(file.size),
    sha256: file.sha256,
    content,
  };
}

/** Side-by-side diff of two versions of the same document (rich-text bodies). */
export async function diffVersions(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  documentId: string,
  query: z.infer<typeof diffQuery>,
) {
  const { document, access } = await documentForReading(ctx, actor, orgId, documentId);
  if (access !== 'full') throw notFound();
  const from = await loadVersion(ctx.db, document.id, query.from);
  const to = await loadVersion(ctx.db, document.id, query.to);
  const comparable = !from.body_file_id && !to.body_file_id;
  const { rows, stats } = comparable
    ? diffHtml(from.body_html, to.body_html)
    : { rows: [], stats: { unchanged: 0, changed: 0, added: 0, removed: 0 } };
  return {
    documentId: document.id,
    from: presentVersionSummary(from),
    to: presentVersionSummary(to),
    comparable,
    rows,
    stats,
  };
}
