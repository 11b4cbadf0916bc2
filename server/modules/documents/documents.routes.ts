import { z } from 'zod';
import { errorResponses, orgParams, uuidParam, versionField } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import { listOf, listQuery, parseSort } from '../../platform/pagination.ts';
import { roles } from '../../platform/roles.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { classifications, documentKinds, documentSchema } from './documents.presenter.ts';
import * as service from './documents.service.ts';

export const documentParams = orgParams.extend({ documentId: uuidParam });

export const audienceInput = z.object({
  wholeOrganisation: z.boolean(),
  unitIds: z.array(z.uuid()).max(200).default([]),
  roles: z.array(z.enum(roles)).max(roles.length).default([]),
});

const title = z.string().trim().min(1).max(300);
const description = z.string().trim().max(2000).nullable();
const reviewIntervalMonths = z.number().int().min(1).max(60);

const documentFilters = listQuery.extend({
  kind: z.enum(documentKinds).optional(),
  classification: z.enum(classifications).optional(),
  reviewStatus: z
    .enum(['due', 'overdue'])
    .optional()
    .describe('due: next review within 30 days or passed; overdue: passed'),
  archived: z.enum(['true', 'false']).optional(),
  isTemplate: z.enum(['true', 'false']).optional(),
  ownerUserId: z.uuid().optional(),
  subtree: z.enum(['true', 'false']).optional().describe('Add the documents of the descendants I may read'),
});

export function registerDocumentRoutes(app: ZodApp): void {
  app.get(
    '/orgs/:orgId/documents',
    {
      schema: {
        tags: ['documents'],
        summary: 'Policies and documents of the organisation (sort: title, -title, nextReview, -nextReview)',
        params: orgParams,
        querystring: documentFilters,
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
        body: z.object({
          kind: z.enum(documentKinds),
          title,
          description: description.optional(),
          ownerUserId: z.uuid().nullable().optional(),
          classification: z.enum(classifications).optional(),
          audience: audienceInput.optional(),
          reviewIntervalMonths: reviewIntervalMonths.optional(),
          isTemplate: z
            .boolean()
            .optional()
            .describe('A template for the member organisations (groups only)'),
          bodyHtml: z.string().max(2_000_000).optional().describe('Editor HTML; stored sanitised'),
          bodyFileId: z.uuid().nullable().optional().describe('An uploaded PDF or DOCX file as the body'),
          changeSummary: z.string().trim().max(2000).nullable().optional(),
        }),
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
        body: z.object({
          version: versionField,
          title: title.optional(),
          description: description.optional(),
          ownerUserId: z.uuid().nullable().optional(),
          classification: z.enum(classifications).optional(),
          audience: audienceInput.optional(),
          reviewIntervalMonths: reviewIntervalMonths.optional(),
          archived: z.boolean().optional(),
        }),
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
