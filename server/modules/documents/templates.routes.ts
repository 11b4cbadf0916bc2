import { errorResponses, orgParams } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import { listOf } from '../../platform/pagination.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { documentParams, documentSchema } from './documents.schemas.ts';
import {
  adoptionDiffQuery,
  adoptionParams,
  adoptionSchema,
  fromTemplateBody,
  templateListSchema,
} from './templates.schemas.ts';
import * as service from './templates.service.ts';
import { diffSchema } from './versions.schemas.ts';

export function registerTemplateRoutes(app: ZodApp): void {
  app.get(
    '/orgs/:orgId/document-templates',
    {
      schema: {
        tags: ['documents'],
        summary:
          "Starter templates (Skjold's, in Danish and English) and the published templates of groups above",
        params: orgParams,
        response: { 200: templateListSchema, ...errorResponses },
      },
    },
    async (request) => service.listTemplates(request.ctx, actorOf(request), request.params.orgId),
  );

  app.post(
    '/orgs/:orgId/documents/from-template',
    {
      schema: {
        tags: ['documents'],
        summary:
          'Create a document whose first draft copies a starter template (catalogKey) or adopts a group template',
        params: orgParams,
        body: fromTemplateBody,
        response: { 201: documentSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.createFromTemplate(request.ctx, actorOf(request), request.params.orgId, request.body),
        ),
  );

  app.get(
    '/orgs/:orgId/documents/:documentId/adoptions',
    {
      schema: {
        tags: ['documents'],
        summary: 'For a group template: the member organisations that adopted it and how far they deviate',
        params: documentParams,
        response: { 200: listOf(adoptionSchema), ...errorResponses },
      },
    },
    async (request) =>
      service.listAdoptions(request.ctx, actorOf(request), request.params.orgId, request.params.documentId),
  );

  app.get(
    '/orgs/:orgId/documents/:documentId/adoptions/:adoptedDocumentId/diff',
    {
      schema: {
        tags: ['documents'],
        summary:
          "Deviation of a member's adopted document from the template version it adopted (or the current one)",
        params: adoptionParams,
        querystring: adoptionDiffQuery,
        response: { 200: diffSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, documentId, adoptedDocumentId } = request.params;
      return service.adoptionDiff(
        request.ctx,
        actorOf(request),
        orgId,
        documentId,
        adoptedDocumentId,
        request.query.against,
      );
    },
  );
}
