import { z } from 'zod';
import { errorResponses } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import { contentDisposition } from '../../platform/files/file-types.ts';
import { localeFromHeader } from '../../platform/i18n.ts';
import { listOf } from '../../platform/pagination.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { documentParams, documentSchema } from './documents.schemas.ts';
import { exportDocument } from './exports.service.ts';
import { exportQuery, recordReviewBody, reviewSchema, revisionRowSchema } from './reviews.schemas.ts';
import { getRevisionTable, listReviews, recordReview } from './reviews.service.ts';
import { downloadHeaders } from './versions.routes.ts';

/** The revision table, periodic reviews and the exports that carry them. */
export function registerReviewRoutes(app: ZodApp): void {
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
        body: recordReviewBody,
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
        querystring: exportQuery,
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
