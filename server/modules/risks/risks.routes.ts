import { z } from 'zod';
import { errorResponses, orgParams } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import { mediaTypes, sendDownload } from '../../platform/downloads.ts';
import { localeFromHeader } from '../../platform/i18n.ts';
import { listOf, parseSort } from '../../platform/pagination.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { registerRiskActionRoutes } from './risk-actions.routes.ts';
import { registerRiskAssessmentRoutes } from './risk-assessments.routes.ts';
import { heatMap, heatMapSchema } from './risk-heat-map.service.ts';
import { registerRiskMatrixRoutes } from './risk-matrix.routes.ts';
import { riskSummary, riskSummarySchema } from './risk-summary.service.ts';
import { riskSchema } from './risks.presenter.ts';
import {
  heatMapQuerySchema,
  riskCreateSchema,
  riskListQuerySchema,
  riskParams,
  riskReviewSchema,
  riskUpdateSchema,
} from './risks.schemas.ts';
import * as service from './risks.service.ts';
import { registerThreatRoutes } from './threats.routes.ts';
import * as plan from './treatment-plan.service.ts';

export function registerRiskRoutes(app: ZodApp): void {
  registerRiskMatrixRoutes(app);
  registerThreatRoutes(app);
  registerRiskActionRoutes(app);
  registerRiskAssessmentRoutes(app);

  app.get(
    '/orgs/:orgId/risks',
    {
      schema: {
        tags: ['risks'],
        summary:
          'The risk register with filters (sort: score, inherentScore, title, reviewDate; "-" for descending; default -score)',
        params: orgParams,
        querystring: riskListQuerySchema,
        response: { 200: listOf(riskSchema), ...errorResponses },
      },
    },
    async (request) => {
      const { field, direction } = request.query.sort
        ? parseSort(request.query.sort, ['score', 'inherentScore', 'title', 'reviewDate'] as const, 'score')
        : { field: 'score' as const, direction: 'desc' as const };
      return service.listRisks(request.ctx, actorOf(request), request.params.orgId, {
        ...request.query,
        sort: field,
        direction,
      });
    },
  );

  app.post(
    '/orgs/:orgId/risks',
    {
      schema: {
        tags: ['risks'],
        summary: 'Record a risk scenario (scores follow the organisation’s matrix)',
        params: orgParams,
        body: riskCreateSchema,
        response: { 201: riskSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.createRisk(request.ctx, actorOf(request), request.params.orgId, request.body)),
  );

  app.get(
    '/orgs/:orgId/risks/summary',
    {
      schema: {
        tags: ['risks'],
        summary:
          'Dashboard numbers of the register: by status and level, above tolerance, reviews, acceptances, actions',
        params: orgParams,
        response: { 200: riskSummarySchema, ...errorResponses },
      },
    },
    async (request) => riskSummary(request.ctx, actorOf(request), request.params.orgId),
  );

  app.get(
    '/orgs/:orgId/risks/heat-map',
    {
      schema: {
        tags: ['risks'],
        summary: 'Inherent and residual heat maps: risk counts per matrix cell, with labels and colours',
        params: orgParams,
        querystring: heatMapQuerySchema,
        response: { 200: heatMapSchema, ...errorResponses },
      },
    },
    async (request) => heatMap(request.ctx, actorOf(request), request.params.orgId, request.query),
  );

  app.get(
    '/orgs/:orgId/risks/treatment-plan.xlsx',
    {
      schema: {
        tags: ['risks'],
        summary: 'The risk treatment plan as XLSX (risks and actions)',
        params: orgParams,
        produces: [mediaTypes.xlsx],
        response: { 200: z.string().describe('XLSX workbook'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const locale = localeFromHeader(request.headers['accept-language']);
      const { date, content } = await plan.treatmentPlanXlsx(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        locale,
      );
      const name = locale === 'da' ? 'risikobehandlingsplan' : 'risk-treatment-plan';
      return sendDownload(reply, `${name}-${date}.xlsx`, content, 'xlsx');
    },
  );

  app.get(
    '/orgs/:orgId/risks/treatment-plan.pdf',
    {
      schema: {
        tags: ['risks'],
        summary: 'The risk treatment plan as an A4 PDF',
        params: orgParams,
        produces: [mediaTypes.pdf],
        response: { 200: z.string().describe('PDF document'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const locale = localeFromHeader(request.headers['accept-language']);
      const { date, content } = await plan.treatmentPlanPdfOf(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        locale,
      );
      const name = locale === 'da' ? 'risikobehandlingsplan' : 'risk-treatment-plan';
      return sendDownload(reply, `${name}-${date}.pdf`, content, 'pdf');
    },
  );

  app.get(
    '/orgs/:orgId/risks/:riskId',
    {
      schema: {
        tags: ['risks'],
        summary: 'One risk scenario',
        params: riskParams,
        response: { 200: riskSchema, ...errorResponses },
      },
    },
    async (request) =>
      service.getRisk(request.ctx, actorOf(request), request.params.orgId, request.params.riskId),
  );

  app.patch(
    '/orgs/:orgId/risks/:riskId',
    {
      schema: {
        tags: ['risks'],
        summary: 'Change a risk (threatIds and assetIds replace their lists; status: open, closed)',
        params: riskParams,
        body: riskUpdateSchema,
        response: { 200: riskSchema, ...errorResponses },
      },
    },
    async (request) =>
      service.updateRisk(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.params.riskId,
        request.body,
      ),
  );

  app.delete(
    '/orgs/:orgId/risks/:riskId',
    {
      schema: {
        tags: ['risks'],
        summary: 'Delete a draft (a risk that was in the register is closed instead)',
        params: riskParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await service.deleteRisk(request.ctx, actorOf(request), request.params.orgId, request.params.riskId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/orgs/:orgId/risks/:riskId/reviews',
    {
      schema: {
        tags: ['risks'],
        summary: 'Record a review of the risk and set the next review date (default: a year ahead)',
        params: riskParams,
        body: riskReviewSchema,
        response: { 200: riskSchema, ...errorResponses },
      },
    },
    async (request) =>
      service.reviewRisk(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.params.riskId,
        request.body,
      ),
  );
}
