import { errorResponses, orgParams } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import { listOf } from '../../platform/pagination.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { coverageSchemaOut, riskCoverageSchema } from './coverage.presenter.ts';
import { riskCoverageQuery } from './coverage.schemas.ts';
import * as service from './coverage.service.ts';

export function registerCoverageRoutes(app: ZodApp): void {
  app.get(
    '/orgs/:orgId/coverage',
    {
      schema: {
        tags: ['controls'],
        summary:
          'Coverage: each framework’s requirements covered, partly or not (with the Annex A controls behind them), controls without valid evidence, risks treated',
        params: orgParams,
        response: { 200: coverageSchemaOut, ...errorResponses },
      },
    },
    async (request) => service.getCoverage(request.ctx, actorOf(request), request.params.orgId),
  );

  app.get(
    '/orgs/:orgId/coverage/risks',
    {
      schema: {
        tags: ['controls'],
        summary:
          'Which risks are treated by which controls, highest score first (treated=false: risks no control treats)',
        params: orgParams,
        querystring: riskCoverageQuery,
        response: { 200: listOf(riskCoverageSchema), ...errorResponses },
      },
    },
    async (request) =>
      service.listRiskCoverage(request.ctx, actorOf(request), request.params.orgId, request.query),
  );
}
