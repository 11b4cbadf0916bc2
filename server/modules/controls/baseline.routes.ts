import { z } from 'zod';
import { errorResponses, isoInstant, orgParams } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import { listQuery } from '../../platform/pagination.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { baselineSchema, deviationKinds, deviationViewSchema } from './baseline.presenter.ts';
import * as service from './baseline.service.ts';
import { frameworkIdSchema } from './catalogue.presenter.ts';
import { requirementParams } from './controls.schemas.ts';
import { implementationStatuses } from './status.rules.ts';

const frameworkQuery = z.object({ framework: frameworkIdSchema.default('iso27001_2022') });

export function registerBaselineRoutes(app: ZodApp): void {
  app.get(
    '/orgs/:orgId/soa-baseline',
    {
      schema: {
        tags: ['controls'],
        summary:
          'A group’s SoA baseline for its member organisations: every requirement of a framework, set or not',
        params: orgParams,
        querystring: frameworkQuery,
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
        body: z.object({
          version: z.number().int().min(0),
          applicable: z.boolean(),
          expectedStatus: z.enum(implementationStatuses).nullable().default(null),
          justification: z.string().max(4000).nullable().default(null),
        }),
        response: {
          200: z.object({
            requirementId: z.string(),
            applicable: z.boolean(),
            expectedStatus: z.enum(implementationStatuses).nullable(),
            justification: z.string().nullable(),
            version: z.number().int(),
            updatedAt: isoInstant,
          }),
          ...errorResponses,
        },
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
        querystring: listQuery.pick({ limit: true, cursor: true }).extend({
          framework: frameworkIdSchema.default('iso27001_2022'),
          memberId: z.uuid().optional(),
          kind: z.enum(deviationKinds).optional(),
        }),
        response: { 200: deviationViewSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { framework, ...rest } = request.query;
      return service.deviations(request.ctx, actorOf(request), request.params.orgId, {
        ...rest,
        frameworkId: framework,
      });
    },
  );
}
