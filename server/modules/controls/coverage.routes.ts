import { z } from 'zod';
import { errorResponses, orgParams } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import { listOf, listQuery } from '../../platform/pagination.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { booleanQuery } from './controls.schemas.ts';
import { coverageSchemaOut, riskCoverageSchema } from './coverage.presenter.ts';
import * as service from './coverage.service.ts';

const riskStatuses = ['draft', 'open', 'accepted', 'closed'] as const;

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
        querystring: listQuery.pick({ limit: true, cursor: true }).extend({
          treated: booleanQuery,
          status: z
            .string()
            .max(60)
            .transform((value) => value.split(',').filter(Boolean))
            .pipe(z.array(z.enum(riskStatuses)))
            .optional()
            .describe('Comma-separated; default: every status but closed'),
        }),
        response: { 200: listOf(riskCoverageSchema), ...errorResponses },
      },
    },
    async (request) =>
      service.listRiskCoverage(request.ctx, actorOf(request), request.params.orgId, request.query),
  );
}
