import { z } from 'zod';
import { errorResponses, orgParams } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import { listOf } from '../../platform/pagination.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { threatSchema } from './threats.presenter.ts';
import { threatBody, threatParams, threatQuery, threatUpdateBody } from './threats.schemas.ts';
import * as service from './threats.service.ts';

export function registerThreatRoutes(app: ZodApp): void {
  app.get(
    '/orgs/:orgId/threats',
    {
      schema: {
        tags: ['risks'],
        summary:
          'The threat catalogue (Danish and English) with the threats this organisation and its ancestors added',
        params: orgParams,
        querystring: threatQuery,
        response: { 200: listOf(threatSchema), ...errorResponses },
      },
    },
    async (request) =>
      service.listThreats(request.ctx, actorOf(request), request.params.orgId, request.query),
  );

  app.post(
    '/orgs/:orgId/threats',
    {
      schema: {
        tags: ['risks'],
        summary: 'Add a threat of the organisation’s own (it applies to its descendants too)',
        params: orgParams,
        body: threatBody,
        response: { 201: threatSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.createThreat(request.ctx, actorOf(request), request.params.orgId, request.body)),
  );

  app.patch(
    '/orgs/:orgId/threats/:threatId',
    {
      schema: {
        tags: ['risks'],
        summary: 'Change one of the organisation’s own threats (catalogue threats are read-only)',
        params: threatParams,
        body: threatUpdateBody,
        response: { 200: threatSchema, ...errorResponses },
      },
    },
    async (request) =>
      service.updateThreat(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.params.threatId,
        request.body,
      ),
  );

  app.delete(
    '/orgs/:orgId/threats/:threatId',
    {
      schema: {
        tags: ['risks'],
        summary: 'Delete one of the organisation’s own threats (refused while risk scenarios name it)',
        params: threatParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await service.deleteThreat(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.params.threatId,
      );
      return reply.status(204).send(null);
    },
  );
}
