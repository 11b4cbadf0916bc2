import { z } from 'zod';
import { errorResponses, orgParams } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { matrixBandSchema, matrixLevelSchema, riskMatrixSchema } from './risk-matrix.presenter.ts';
import { MAX_LEVELS } from './risk-matrix.rules.ts';
import * as service from './risk-matrix.service.ts';

const mapping = z
  .record(z.string().regex(/^\d{1,2}$/), z.number().int().min(1).max(MAX_LEVELS))
  .optional()
  .describe('Old level -> new level, for every old level; required when the number of levels changes');

const matrixBody = z.object({
  version: z.number().int().min(0).describe('The version read (0 for the default matrix)'),
  likelihoodLevels: z.array(matrixLevelSchema).min(2).max(MAX_LEVELS),
  consequenceLevels: z.array(matrixLevelSchema).min(2).max(MAX_LEVELS),
  bands: z.array(matrixBandSchema).min(1).max(10),
  tolerance: z
    .number()
    .int()
    .min(0)
    .max(MAX_LEVELS * MAX_LEVELS),
  likelihoodMapping: mapping,
  consequenceMapping: mapping,
});

const rescoredSchema = z.object({
  risks: z.number().int(),
  scoresChanged: z.number().int().describe('Risks moved to new levels through the mappings'),
  levelsChanged: z.number().int().describe('Risks now in another band'),
  toleranceCrossed: z.number().int().describe('Risks that crossed the tolerance either way'),
  acceptancesLapsed: z
    .number()
    .int()
    .describe('Security-officer acceptances of risks now above the tolerance'),
});

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
