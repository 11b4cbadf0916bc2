import { z } from 'zod';
import { policyTemplateKeys } from '../../catalog/policy-templates/index.ts';
import { errorResponses, orgParams, uuidParam } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import { listOf } from '../../platform/pagination.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { classifications, documentSchema } from './documents.presenter.ts';
import { audienceInput, documentParams } from './documents.routes.ts';
import * as service from './templates.service.ts';
import { diffSchema } from './versions.routes.ts';

export function registerTemplateRoutes(app: ZodApp): void {
  app.get(
    '/orgs/:orgId/document-templates',
    {
      schema: {
        tags: ['documents'],
        summary:
          "Starter templates (Skjold's, in Danish and English) and the published templates of groups above",
        params: orgParams,
        response: { 200: service.templateListSchema, ...errorResponses },
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
        body: z.object({
          catalogKey: z.enum(policyTemplateKeys).optional(),
          templateDocumentId: z.uuid().optional(),
          locale: z.enum(['da', 'en']).optional().describe('Language of a starter template (default da)'),
          title: z.string().trim().min(1).max(300).optional(),
          ownerUserId: z.uuid().nullable().optional(),
          classification: z.enum(classifications).optional(),
          audience: audienceInput.optional(),
        }),
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
        response: { 200: listOf(service.adoptionSchema), ...errorResponses },
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
        params: documentParams.extend({ adoptedDocumentId: uuidParam }),
        querystring: z.object({ against: z.enum(['adopted', 'current']).default('adopted') }),
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
