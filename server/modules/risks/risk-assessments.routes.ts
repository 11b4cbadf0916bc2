import { z } from 'zod';
import { errorResponses, orgParams } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import { listOf } from '../../platform/pagination.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { assessmentItemSchema, assessmentSchema, comparisonSchema } from './risk-assessments.presenter.ts';
import {
  assessmentListQuery,
  assessmentParams,
  compareQuery,
  decisionBody,
  freezeBody,
} from './risk-assessments.schemas.ts';
import * as service from './risk-assessments.service.ts';

export function registerRiskAssessmentRoutes(app: ZodApp): void {
  app.get(
    '/orgs/:orgId/risk-assessments',
    {
      schema: {
        tags: ['risks'],
        summary: 'Yearly risk assessments, newest first',
        params: orgParams,
        querystring: assessmentListQuery,
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
        body: freezeBody,
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
        querystring: compareQuery,
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
        body: decisionBody,
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
