import { z } from 'zod';
import { matrixBandSchema, matrixLevelSchema } from './risk-matrix.presenter.ts';
import { MAX_LEVELS } from './risk-matrix.rules.ts';

const mapping = z
  .record(z.string().regex(/^\d{1,2}$/), z.number().int().min(1).max(MAX_LEVELS))
  .optional()
  .describe('Old level -> new level, for every old level; required when the number of levels changes');

export const matrixBody = z.object({
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

export type MatrixInput = z.infer<typeof matrixBody>;

export const rescoredSchema = z.object({
  risks: z.number().int(),
  scoresChanged: z.number().int().describe('Risks moved to new levels through the mappings'),
  levelsChanged: z.number().int().describe('Risks now in another band'),
  toleranceCrossed: z.number().int().describe('Risks that crossed the tolerance either way'),
  acceptancesLapsed: z
    .number()
    .int()
    .describe('Security-officer acceptances of risks now above the tolerance'),
});

export type Rescored = z.infer<typeof rescoredSchema>;
