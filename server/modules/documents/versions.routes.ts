import { z } from 'zod';
import { errorResponses, uuidParam, versionField } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import { contentDisposition } from '../../platform/files/file-types.ts';
import { localeFromHeader } from '../../platform/i18n.ts';
import { listOf } from '../../platform/pagination.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { documentSchema } from './documents.presenter.ts';
import { documentParams } from './documents.routes.ts';
import { exportDocument, exportFormats } from './exports.service.ts';
import {
  getRevisionTable,
  listReviews,
  recordReview,
  reviewOutcomes,
  reviewSchema,
  revisionRowSchema,
} from './reviews.service.ts';
import { versionSchema, versionSummarySchema } from './versions.presenter.ts';
import * as service from './versions.service.ts';

const versionParams = documentParams.extend({ versionId: uuidParam });
const versionBody = z.object({ version: versionField });

const segmentSchema = z.object({ op: z.enum(['equal', 'removed', 'added']), text: z.string() });
const diffBlockSchema = z.object({
  kind: z.string().describe('h1-h6, p, quote, code, li<depth>, tr'),
  text: z.string(),
});

export const diffSchema = z
  .object({
    documentId: z.string(),
    from: versionSummarySchema,
    to: versionSummarySchema,
    comparable: z.boolean().describe('False when either version has a file as its body'),
    rows: z.array(
      z.object({
        op: z.enum(['equal', 'changed', 'added', 'removed']),
        left: diffBlockSchema.nullable(),
        right: diffBlockSchema.nullable(),
        leftSegments: z.array(segmentSchema).optional().describe('Word-level changes of a changed row'),
        rightSegments: z.array(segmentSchema).optional(),
      }),
    ),
    stats: z.object({
      unchanged: z.number().int(),
      changed: z.number().int(),
      added: z.number().int(),
      removed: z.number().int(),
    }),
  })
  .meta({ id: 'DocumentDiff' });

const downloadHeaders = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; sandbox",
  'cache-control': 'private, no-store',
};

export function registerVersionRoutes(app: ZodApp): void {
  app.get(
    '/orgs/:orgId/documents/:documentId/versions',
    {
      schema: {
        tags: ['documents'],
        summary: 'Versions of a document, newest first',
        params: documentParams,
        response: { 200: listOf(versionSummarySchema), ...errorResponses },
      },
    },
    async (request) =>
      service.listVersions(request.ctx, actorOf(request), request.params.orgId, request.params.documentId),
  );

  app.post(
    '/orgs/:orgId/documents/:documentId/versions',
    {
      schema: {
        tags: ['documents'],
        summary:
          'New draft copied from the latest version (or fromVersionId): how an approved text is changed',
        params: documentParams,
        body: z.object({ fromVersionId: z.uuid().optional() }),
        response: { 201: versionSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.createDraft(
            request.ctx,
            actorOf(request),
            request.params.orgId,
            request.params.documentId,
            request.body,
          ),
        ),
  );

  app.get(
    '/orgs/:orgId/documents/:documentId/versions/:versionId',
    {
      schema: {
        tags: ['documents'],
        summary: 'One version with its body',
        params: versionParams,
        response: { 200: versionSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, documentId, versionId } = request.params;
      return service.getVersion(request.ctx, actorOf(request), orgId, documentId, versionId);
    },
  );

  app.patch(
    '/orgs/:orgId/documents/:documentId/versions/:versionId',
    {
      schema: {
        tags: ['documents'],
        summary: 'Edit a draft; approved versions are immutable (409 document_version_locked)',
        params: versionParams,
        body: z.object({
          version: versionField,
          bodyHtml: z.string().max(2_000_000).optional().describe('Editor HTML; stored sanitised'),
          bodyFileId: z
            .uuid()
            .nullable()
            .optional()
            .describe('A PDF or DOCX file as the body; null for rich text'),
          changeSummary: z.string().trim().max(2000).nullable().optional(),
        }),
        response: { 200: versionSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, documentId, versionId } = request.params;
      return service.updateDraft(request.ctx, actorOf(request), orgId, documentId, versionId, request.body);
    },
  );

  app.delete(
    '/orgs/:orgId/documents/:documentId/versions/:versionId',
    {
      schema: {
        tags: ['documents'],
        summary: 'Discard a draft (not the only version: delete the document instead)',
        params: versionParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { orgId, documentId, versionId } = request.params;
      await service.deleteDraft(request.ctx, actorOf(request), orgId, documentId, versionId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/orgs/:orgId/documents/:documentId/versions/:versionId/submit',
    {
      schema: {
        tags: ['documents'],
        summary: 'Send a draft for approval; the approvers get a task',
        params: versionParams,
        body: versionBody,
        response: { 200: versionSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, documentId, versionId } = request.params;
      return service.submitForApproval(
        request.ctx,
        actorOf(request),
        orgId,
        documentId,
        versionId,
        request.body,
      );
    },
  );

  app.post(
    '/orgs/:orgId/documents/:documentId/versions/:versionId/return',
    {
      schema: {
        tags: ['documents'],
        summary:
          'Send a version in review back to draft with a comment (approver, or the author withdrawing)',
        params: versionParams,
        body: versionBody.extend({ comment: z.string().trim().min(1).max(2000) }),
        response: { 200: versionSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, documentId, versionId } = request.params;
      return service.returnToDraft(request.ctx, actorOf(request), orgId, documentId, versionId, request.body);
    },
  );

  app.post(
    '/orgs/:orgId/documents/:documentId/versions/:versionId/approve',
    {
      schema: {
        tags: ['documents'],
        summary:
          'Approve a version in review: management for kind policy, management or security officer otherwise; never an author',
        params: versionParams,
        body: versionBody.extend({
          approvedOn: z.iso
            .date()
            .optional()
            .describe('Date of the decision (default today); starts the review clock'),
          note: z.string().trim().max(2000).nullable().optional(),
        }),
        response: { 200: versionSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, documentId, versionId } = request.params;
      return service.approveVersion(
        request.ctx,
        actorOf(request),
        orgId,
        documentId,
        versionId,
        request.body,
      );
    },
  );

  app.post(
    '/orgs/:orgId/documents/:documentId/versions/:versionId/publish',
    {
      schema: {
        tags: ['documents'],
        summary: 'Publish an approved version to its audience; the previous one is superseded',
        params: versionParams,
        body: versionBody.extend({
          requiresAcknowledgement: z
            .boolean()
            .optional()
            .describe('Default true; false keeps earlier acknowledgements valid (small corrections)'),
        }),
        response: {
          200: z.object({
            version: versionSchema,
            supersededVersionIds: z.array(z.string()),
            document: documentSchema,
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { orgId, documentId, versionId } = request.params;
      return service.publishVersion(
        request.ctx,
        actorOf(request),
        orgId,
        documentId,
        versionId,
        request.body,
      );
    },
  );

  app.get(
    '/orgs/:orgId/documents/:documentId/versions/:versionId/file',
    {
      schema: {
        tags: ['documents'],
        summary: 'Download the PDF or DOCX that is the body of a version',
        params: versionParams,
        produces: ['application/octet-stream'],
        response: { 200: z.string().describe('The file bytes'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { orgId, documentId, versionId } = request.params;
      const file = await service.openBodyFile(request.ctx, actorOf(request), orgId, documentId, versionId);
      return reply
        .headers(downloadHeaders)
        .header('content-type', file.contentType)
        .header('content-length', String(file.size))
        .header('content-disposition', contentDisposition(file.name))
        .header('etag', `"${file.sha256}"`)
        .send(file.content as never);
    },
  );

  app.get(
    '/orgs/:orgId/documents/:documentId/diff',
    {
      schema: {
        tags: ['documents'],
        summary: 'Side-by-side diff of two versions: paired text blocks with word-level changes',
        params: documentParams,
        querystring: z.object({ from: z.uuid(), to: z.uuid() }),
        response: { 200: diffSchema, ...errorResponses },
      },
    },
    async (request) =>
      service.diffVersions(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.params.documentId,
        request.query,
      ),
  );

  app.get(
    '/orgs/:orgId/documents/:documentId/revisions',
    {
      schema: {
        tags: ['documents'],
        summary: 'The revision table, generated from the history of approvals and reviews',
        params: documentParams,
        response: { 200: z.object({ items: z.array(revisionRowSchema) }), ...errorResponses },
      },
    },
    async (request) =>
      getRevisionTable(request.ctx, actorOf(request), request.params.orgId, request.params.documentId),
  );

  app.get(
    '/orgs/:orgId/documents/:documentId/reviews',
    {
      schema: {
        tags: ['documents'],
        summary: 'Recorded reviews of a document, oldest first',
        params: documentParams,
        response: { 200: listOf(reviewSchema), ...errorResponses },
      },
    },
    async (request) =>
      listReviews(request.ctx, actorOf(request), request.params.orgId, request.params.documentId),
  );

  app.post(
    '/orgs/:orgId/documents/:documentId/reviews',
    {
      schema: {
        tags: ['documents'],
        summary:
          'Record a review: no_change moves the next review date; changes_needed opens a draft and keeps the date',
        params: documentParams,
        body: z.object({
          reviewedOn: z.iso.date().optional().describe('Default today; not in the future'),
          outcome: z.enum(reviewOutcomes),
          note: z.string().trim().max(2000).nullable().optional(),
        }),
        response: { 201: z.object({ review: reviewSchema, document: documentSchema }), ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await recordReview(
            request.ctx,
            actorOf(request),
            request.params.orgId,
            request.params.documentId,
            request.body,
          ),
        ),
  );

  app.get(
    '/orgs/:orgId/documents/:documentId/export',
    {
      schema: {
        tags: ['documents'],
        summary: 'PDF or DOCX of a version (default the published one) with the revision table',
        params: documentParams,
        querystring: z.object({
          format: z.enum(exportFormats),
          versionId: z.uuid().optional(),
          lang: z
            .enum(['da', 'en'])
            .optional()
            .describe('Language of headings and labels (default Accept-Language)'),
        }),
        produces: [
          'application/pdf',
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        ],
        response: { 200: z.string().describe('The file bytes'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await exportDocument(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.params.documentId,
        {
          format: request.query.format,
          versionId: request.query.versionId,
          locale: request.query.lang ?? localeFromHeader(request.headers['accept-language']),
        },
      );
      return reply
        .headers(downloadHeaders)
        .header('content-type', file.contentType)
        .header('content-disposition', contentDisposition(file.fileName))
        .send(file.content as never);
    },
  );
}
