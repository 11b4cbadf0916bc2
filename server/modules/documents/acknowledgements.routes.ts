import { errorResponses } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import { listOf, parseSort } from '../../platform/pagination.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import {
  acknowledgeBody,
  acknowledgementSchema,
  audiencePeopleQuery,
  audiencePersonSchema,
  coverageSchema,
  myDocumentSchema,
  myDocumentsQuery,
} from './acknowledgements.schemas.ts';
import * as service from './acknowledgements.service.ts';
import { documentParams } from './documents.schemas.ts';

export function registerAcknowledgementRoutes(app: ZodApp): void {
  app.get(
    '/me/documents',
    {
      schema: {
        tags: ['documents'],
        summary: 'Published documents meant for me across my organisations, with my acknowledgement',
        querystring: myDocumentsQuery,
        response: { 200: listOf(myDocumentSchema), ...errorResponses },
      },
    },
    async (request) =>
      service.myDocuments(request.ctx, actorOf(request), {
        ...request.query,
        pending: request.query.pending === undefined ? undefined : request.query.pending === 'true',
      }),
  );

  app.post(
    '/orgs/:orgId/documents/:documentId/acknowledgements',
    {
      schema: {
        tags: ['documents'],
        summary: 'Confirm that I have read the published version (I must be in the audience)',
        params: documentParams,
        body: acknowledgeBody,
        response: { 201: acknowledgementSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.acknowledge(
            request.ctx,
            actorOf(request),
            request.params.orgId,
            request.params.documentId,
            request.body,
          ),
        ),
  );

  app.get(
    '/orgs/:orgId/documents/:documentId/coverage',
    {
      schema: {
        tags: ['documents'],
        summary:
          'Acknowledgement coverage: in the audience, acknowledged, pending, per unit (owner and readers)',
        params: documentParams,
        response: { 200: coverageSchema, ...errorResponses },
      },
    },
    async (request) =>
      service.coverage(request.ctx, actorOf(request), request.params.orgId, request.params.documentId),
  );

  app.get(
    '/orgs/:orgId/documents/:documentId/coverage/people',
    {
      schema: {
        tags: ['documents'],
        summary:
          'The people who have (status=acknowledged) or have not (status=pending) acknowledged, by name',
        params: documentParams,
        querystring: audiencePeopleQuery,
        response: { 200: listOf(audiencePersonSchema), ...errorResponses },
      },
    },
    async (request) => {
      const { direction } = parseSort(request.query.sort, ['name'], 'name');
      return service.audiencePeople(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.params.documentId,
        {
          ...request.query,
          direction,
        },
      );
    },
  );
}
