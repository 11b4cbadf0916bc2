import { z } from 'zod';
import { errorResponses, orgParams, uuidParam, versionField } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import { listOf, listQuery } from '../../platform/pagination.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { assessmentItemSchema, assessmentSchema, comparisonSchema } from './risk-assessments.presenter.ts';
import * as service from './risk-assessments.service.ts';

const assessmentParams = orgParams.extend({ assessmentId: uuidParam });

export function registerRiskAssessmentRoutes(app: ZodApp): void {
  app.get(
    '/orgs/:orgId/risk-assessments',
    {
      schema: {
        tags: ['risks'],
        summary: 'Yearly risk assessments, newest first',
        params: orgParams,
        querystring: listQuery.pick({ limit: true, cursor: true }),
        response: { 200: listOf(assessmentSchema), ...errorResponses },
      },
    },
    async (request) =>
      service.listAssessments(request.ctx, actorOf(request), request.params.orgId, request.query),
  );

  app.post(
    '/orgs/:orgId/risk-assessments',
    {
      schema: {
        tags: ['risks'],
        summary:
          'Freeze the register as the dated, immutable risk assessment; management is asked to approve it',
        params: orgParams,
        body: z.object({
          title: z.string().trim().min(1).max(200).optional(),
          assessmentDate: z.iso.date().optional().describe('Default: today'),
          note: z.string().trim().max(10_000).nullable().optional(),
        }),
        response: { 201: assessmentSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.freezeAssessment(request.ctx, actorOf(request), request.params.orgId, request.body),
        ),
  );

  app.get(
    '/orgs/:orgId/risk-assessments/compare',
    {
      schema: {
        tags: ['risks'],
        summary: 'Two assessments side by side: new, closed and moved risks with from/to scores',
        params: orgParams,
        querystring: z.object({ from: z.uuid(), to: z.uuid() }),
        response: { 200: comparisonSchema, ...errorResponses },
      },
    },
    async (request) =>
      service.compareAssessments(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.query.from,
        request.query.to,
      ),
  );

  app.get(
    '/orgs/:orgId/risk-assessments/:assessmentId',
    {
      schema: {
        tags: ['risks'],
        summary: 'One assessment with every risk as it was frozen',
        params: assessmentParams,
        response: {
          200: assessmentSchema
            .extend({ items: z.array(assessmentItemSchema) })
            .meta({ id: 'RiskAssessmentDetail' }),
          ...errorResponses,
        },
      },
    },
    async (request) =>
      service.getAssessment(request.ctx, actorOf(request), request.params.orgId, request.params.assessmentId),
  );

  app.post(
    '/orgs/:orgId/risk-assessments/:assessmentId/decision',
    {
      schema: {
        tags: ['risks'],
        summary: 'Management approves or rejects the assessment (never the person who froze it; once)',
        params: assessmentParams,
        body: z.object({
          version: versionField,
          decision: z.enum(['approved', 'rejected']),
          note: z.string().trim().max(5000).nullable().optional().describe('Required when rejecting'),
        }),
        response: { 200: assessmentSchema, ...errorResponses },
      },
    },
    async (request) =>
      service.decideAssessment(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.params.assessmentId,
        request.body,
      ),
  );
}
