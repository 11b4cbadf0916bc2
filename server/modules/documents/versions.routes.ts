import { z } from 'zod';
import { errorResponses } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import { contentDisposition } from '../../platform/files/file-types.ts';
import { listOf } from '../../platform/pagination.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { documentParams, documentSchema } from './documents.schemas.ts';
import * as files from './version-files.service.ts';
import {
  approveBody,
  createDraftBody,
  diffQuery,
  diffSchema,
  publishBody,
  returnBody,
  updateDraftBody,
  versionBody,
  versionListItemSchema,
  versionParams,
  versionSchema,
} from './versions.schemas.ts';
import * as service from './versions.service.ts';

export const downloadHeaders = {
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
        response: { 200: listOf(versionListItemSchema), ...errorResponses },
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
        body: createDraftBody,
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
        body: updateDraftBody,
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
        body: returnBody,
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
        body: approveBody,
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
        body: publishBody,
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
      const file = await files.openBodyFile(request.ctx, actorOf(request), orgId, documentId, versionId);
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
        querystring: diffQuery,
        response: { 200: diffSchema, ...errorResponses },
      },
    },
    async (request) =>
      files.diffVersions(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.params.documentId,
        request.query,
      ),
  );
}
