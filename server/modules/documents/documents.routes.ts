import { z } from 'zod';
import { errorResponses, orgParams } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import { listOf, parseSort } from '../../platform/pagination.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import {
  createDocumentBody,
  documentListQuery,
  documentParams,
  documentSchema,
  updateDocumentBody,
} from './documents.schemas.ts';
import * as service from './documents.service.ts';

export function registerDocumentRoutes(app: ZodApp): void {
  app.get(
    '/orgs/:orgId/documents',
    {
      schema: {
        tags: ['documents'],
        summary: 'Policies and documents of the organisation (sort: title, -title, nextReview, -nextReview)',
        params: orgParams,
        querystring: documentListQuery,
        response: { 200: listOf(documentSchema), ...errorResponses },
      },
    },
    async (request) => {
      const { query } = request;
      const { field, direction } = parseSort(query.sort, ['title', 'nextReview'], 'title');
      return service.listDocuments(request.ctx, actorOf(request), request.params.orgId, {
        ...query,
        sort: field,
        direction,
        archived: query.archived === 'true',
        isTemplate: query.isTemplate === undefined ? undefined : query.isTemplate === 'true',
        subtree: query.subtree === 'true',
      });
    },
  );

  app.post(
    '/orgs/:orgId/documents',
    {
      schema: {
        tags: ['documents'],
        summary: 'Create a document with its first draft (rich text, or a PDF/DOCX file as the body)',
        params: orgParams,
        body: createDocumentBody,
        response: { 201: documentSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.createDocument(request.ctx, actorOf(request), request.params.orgId, request.body),
        ),
  );

  app.get(
    '/orgs/:orgId/documents/:documentId',
    {
      schema: {
        tags: ['documents'],
        summary: 'One document; staff in its audience see the published version only',
        params: documentParams,
        response: { 200: documentSchema, ...errorResponses },
      },
    },
    async (request) =>
      service.getDocument(request.ctx, actorOf(request), request.params.orgId, request.params.documentId),
  );

  app.patch(
    '/orgs/:orgId/documents/:documentId',
    {
      schema: {
        tags: ['documents'],
        summary: 'Change the settings of a document (its text changes through a new draft version)',
        params: documentParams,
        body: updateDocumentBody,
        response: { 200: documentSchema, ...errorResponses },
      },
    },
    async (request) =>
      service.updateDocument(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.params.documentId,
        request.body,
      ),
  );

  app.delete(
    '/orgs/:orgId/documents/:documentId',
    {
      schema: {
        tags: ['documents'],
        summary: 'Delete a document that never had an approved version (others are archived)',
        params: documentParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await service.deleteDocument(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.params.documentId,
      );
      return reply.status(204).send(null);
    },
  );
}
