import { z } from 'zod';
import { errorResponses, orgParams } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { baselineSchema, deviationViewSchema } from './baseline.presenter.ts';
import { baselineBody, baselineQuery, baselineSetSchema, deviationsQuery } from './baseline.schemas.ts';
import * as service from './baseline.service.ts';
import { requirementParams } from './controls.schemas.ts';

export function registerBaselineRoutes(app: ZodApp): void {
  app.get(
    '/orgs/:orgId/soa-baseline',
    {
      schema: {
        tags: ['controls'],
        summary:
          'A group’s SoA baseline for its member organisations: every requirement of a framework, set or not',
        params: orgParams,
        querystring: baselineQuery,
        response: { 200: baselineSchema, ...errorResponses },
      },
    },
    async (request) =>
      service.getBaseline(request.ctx, actorOf(request), request.params.orgId, request.query.framework),
  );

  app.put(
    '/orgs/:orgId/soa-baseline/:requirementId',
    {
      schema: {
        tags: ['controls'],
        summary:
          'Set the group’s baseline for one requirement (version 0 creates it); "not applicable" needs a justification',
        params: requirementParams,
        body: baselineBody,
        response: { 200: baselineSetSchema, ...errorResponses },
      },
    },
    async (request) =>
      service.setBaseline(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.params.requirementId,
        request.body,
      ),
  );

  app.delete(
    '/orgs/:orgId/soa-baseline/:requirementId',
    {
      schema: {
        tags: ['controls'],
        summary: 'Remove the baseline for one requirement; members keep their own decisions',
        params: requirementParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await service.removeBaseline(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.params.requirementId,
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/orgs/:orgId/soa-baseline/deviations',
    {
      schema: {
        tags: ['controls'],
        summary:
          'Where the group’s member organisations deviate from its baseline: a summary per member and the deviations, paged',
        params: orgParams,
        querystring: deviationsQuery,
        response: { 200: deviationViewSchema, ...errorResponses },
      },
    },
    async (request) => service.deviations(request.ctx, actorOf(request), request.params.orgId, request.query),
  );
}
