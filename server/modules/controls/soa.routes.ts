import { z } from 'zod';
import { errorResponses, orgParams } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { requirementParams } from './controls.schemas.ts';
import { linkedRiskSchema, soaEntryDetailSchema, soaEntrySchema, soaSchema } from './soa.presenter.ts';
import { entryUpdate, riskLinkBody, riskLinkParams, soaFilters } from './soa.schemas.ts';
import * as service from './soa.service.ts';
import * as riskLinks from './soa-risk-links.service.ts';

export function registerSoaRoutes(app: ZodApp): void {
  app.get(
    '/orgs/:orgId/soa',
    {
      schema: {
        tags: ['controls'],
        summary:
          'The Statement of Applicability: every requirement of every framework in scope, in catalogue order, with baseline, evidence and risk counts',
        description:
          'Not paged: the statement is complete by design (at most 123 entries). Filters narrow `items`; `summary` always covers the whole statement. A clinic reads its nine recommendations with `?framework=clinic_nine`.',
        params: orgParams,
        querystring: soaFilters,
        response: { 200: soaSchema, ...errorResponses },
      },
    },
    async (request) => service.getSoa(request.ctx, actorOf(request), request.params.orgId, request.query),
  );

  app.get(
    '/orgs/:orgId/soa/:requirementId',
    {
      schema: {
        tags: ['controls'],
        summary: 'One SoA entry with its evidence, the risks it treats and its mappings',
        params: requirementParams,
        response: { 200: soaEntryDetailSchema, ...errorResponses },
      },
    },
    async (request) =>
      service.getEntry(request.ctx, actorOf(request), request.params.orgId, request.params.requirementId),
  );

  app.patch(
    '/orgs/:orgId/soa/:requirementId',
    {
      schema: {
        tags: ['controls'],
        summary:
          'Change an SoA entry; "not applicable" and any deviation from the group baseline need a justification. The entry’s owner may change status, implementation and target date.',
        params: requirementParams,
        body: entryUpdate,
        response: { 200: soaEntrySchema, ...errorResponses },
      },
    },
    async (request) =>
      service.updateEntry(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.params.requirementId,
        request.body,
      ),
  );

  app.post(
    '/orgs/:orgId/soa/:requirementId/risks',
    {
      schema: {
        tags: ['controls'],
        summary: 'Record that this control treats a risk of the organisation’s risk register',
        params: requirementParams,
        body: riskLinkBody,
        response: { 201: z.object({ items: z.array(linkedRiskSchema) }), ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await riskLinks.linkRisk(
            request.ctx,
            actorOf(request),
            request.params.orgId,
            request.params.requirementId,
            request.body.riskId,
          ),
        ),
  );

  app.delete(
    '/orgs/:orgId/soa/:requirementId/risks/:riskId',
    {
      schema: {
        tags: ['controls'],
        summary: 'Remove the link between a control and a risk',
        params: riskLinkParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { orgId, requirementId, riskId } = request.params;
      await riskLinks.unlinkRisk(request.ctx, actorOf(request), orgId, requirementId, riskId);
      return reply.status(204).send(null);
    },
  );
}
