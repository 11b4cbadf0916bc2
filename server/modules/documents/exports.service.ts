import { z } from 'zod';
import { documentClassifications, documentKinds } from '../../db/schema.ts';
import { isoInstant } from '../../platform/api-schemas.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { sanitizeFileName } from '../../platform/files/file-types.ts';
import type { Locale } from '../../platform/i18n.ts';
import { isPubliclyServed, publicPathOf } from './documents.presenter.ts';
import * as repo from './documents.repository.ts';
import { documentForReading } from './documents.service.ts';
import { renderDocx } from './export-docx.presenter.ts';
import { exportModel } from './export-model.presenter.ts';
import { renderPdf } from './export-pdf.presenter.ts';
import { renderPublicPage } from './public-page.presenter.ts';
import { type ExportFormat, revisionRowSchema } from './reviews.schemas.ts';
import { revisionRows } from './reviews.service.ts';
import { openVersionFile } from './version-files.service.ts';
import * as versionsRepo from './versions.repository.ts';

const contentTypes: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const fileNameOf = (title: string, number: number, format: ExportFormat) =>
  sanitizeFileName(`${title.replace(/[/\\]/g, '-').slice(0, 150)} v${number}.${format}`);

/**
 * A version as PDF or DOCX with the revision table: the published version by default (the
 * latest when none is published). Staff reading as audience get the published version only.
 */
export async function exportDocument(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  documentId: string,
  query: { format: ExportFormat; versionId?: string; locale: Locale },
) {
  const { document, access } = await documentForReading(ctx, actor, orgId, documentId);
  const versionId = query.versionId ?? document.current_version_id;
  if (access === 'audience' && versionId !== document.current_version_id) throw notFound();
  const version = versionId
    ? await versionsRepo.findVersion(ctx.db, document.id, versionId)
    : await versionsRepo.latestVersion(ctx.db, document.id);
  if (!version) throw notFound();
  const model = await exportModel(ctx.db, document, version, query.locale);
  const content = query.format === 'pdf' ? await renderPdf(model) : await renderDocx(model);
  return {
    fileName: fileNameOf(document.title, version.number, query.format),
    contentType: contentTypes[query.format],
    content,
  };
}

/** A public document: classified public, published and not archived; anything else is not found. */
async function publicDocument(ctx: RequestContext, publicId: string) {
  const document = await repo.findDocumentByPublicId(ctx.db, publicId);
  if (!document || !isPubliclyServed(document)) throw notFound();
  const version = await versionsRepo.findVersion(ctx.db, document.id, document.current_version_id as string);
  if (!version) throw notFound();
  return { document, version };
}

export const publicDocumentSchema = z
  .object({
    title: z.string(),
    description: z.string().nullable(),
    orgName: z.string(),
    kind: z.enum(documentKinds),
    classification: z.enum(documentClassifications),
    versionNumber: z.number().int(),
    approvedOn: z.iso.date().nullable(),
    approvedByName: z.string().nullable(),
    publishedAt: isoInstant.nullable(),
    nextReviewOn: z.iso.date().nullable(),
    bodyHtml: z.string().describe('Sanitised HTML; empty when the body is a file'),
    bodyFile: z
      .object({ name: z.string(), contentType: z.string(), size: z.number().int(), path: z.string() })
      .nullable(),
    revisions: z.array(revisionRowSchema),
    pagePath: z.string(),
    pdfPath: z.string(),
  })
  .meta({ id: 'PublicDocument' });

export async function getPublicDocument(
  ctx: RequestContext,
  publicId: string,
): Promise<z.infer<typeof publicDocumentSchema>> {
  const { document, version } = await publicDocument(ctx, publicId);
  return {
    title: document.title,
    description: document.description,
    orgName: document.org_name,
    kind: document.kind,
    classification: document.classification,
    versionNumber: version.number,
    approvedOn: version.approved_on,
    approvedByName: version.approved_by_name,
    publishedAt: version.published_at,
    nextReviewOn: document.next_review_on,
    bodyHtml: version.body_file_id ? '' : version.body_html,
    bodyFile:
      version.body_file_id && version.file_name
        ? {
            name: version.file_name,
            contentType: version.file_content_type ?? 'application/octet-stream',
            size: Number(version.file_size ?? 0),
            path: `/api/v1/public/documents/${document.public_id}/file`,
          }
        : null,
    revisions: await revisionRows(ctx.db, document),
    pagePath: publicPathOf(document),
    pdfPath: `${publicPathOf(document)}.pdf`,
  };
}

export async function publicPage(ctx: RequestContext, publicId: string, locale: Locale): Promise<string> {
  const { document, version } = await publicDocument(ctx, publicId);
  return renderPublicPage(
    await exportModel(ctx.db, document, version, locale),
    `${publicPathOf(document)}.pdf`,
  );
}

export async function publicPdf(ctx: RequestContext, publicId: string, locale: Locale) {
  const { document, version } = await publicDocument(ctx, publicId);
  return {
    fileName: fileNameOf(document.title, version.number, 'pdf'),
    content: await renderPdf(await exportModel(ctx.db, document, version, locale)),
  };
}

export async function publicBodyFile(ctx: RequestContext, publicId: string) {
  const { document, version } = await publicDocument(ctx, publicId);
  return openVersionFile(ctx, document.org_id, version.body_file_id);
}
