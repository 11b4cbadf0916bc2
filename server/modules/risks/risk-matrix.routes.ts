import { z } from 'zod';
import { errorResponses, orgParams } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { riskMatrixSchema } from './risk-matrix.presenter.ts';
import { matrixBody, rescoredSchema } from './risk-matrix.schemas.ts';
import * as service from './risk-matrix.service.ts';

export function registerRiskMatrixRoutes(app: ZodApp): void {
  app.get(
    '/orgs/:orgId/risk-matrix',
    {
      schema: {
        tags: ['risks'],
        summary: 'The organisation’s risk matrix (the default 5×5 until changed)',
        params: orgParams,
        response: { 200: riskMatrixSchema, ...errorResponses },
      },
    },
    async (request) => service.getMatrix(request.ctx, actorOf(request), request.params.orgId),
  );

  app.put(
    '/orgs/:orgId/risk-matrix',
    {
      schema: {
        tags: ['risks'],
        summary: 'Change the matrix and re-score every risk of the organisation in the same transaction',
        description:
          'Changing the number of likelihood or consequence levels requires likelihoodMapping / consequenceMapping from every old level to a new one; without it the change is refused (400 risk_matrix_mapping_required, one field per missing level).',
        params: orgParams,
        body: matrixBody,
        response: {
          200: z.object({ matrix: riskMatrixSchema, rescored: rescoredSchema }),
          ...errorResponses,
        },
      },
    },
    async (request) =>
      service.updateMatrix(request.ctx, actorOf(request), request.params.orgId, request.body),
  );
}
