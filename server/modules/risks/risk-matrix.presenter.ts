import { z } from 'zod';
import { isoInstant } from '../../platform/api-schemas.ts';
import { MAX_LEVELS, type Matrix, maxScoreOf } from './risk-matrix.rules.ts';

export const matrixLevelSchema = z.object({
  level: z.number().int().min(1).max(MAX_LEVELS),
  label: z.string().trim().min(1).max(60),
  description: z.string().trim().max(500).nullable().optional(),
});

export const matrixBandSchema = z.object({
  maxScore: z
    .number()
    .int()
    .min(1)
    .max(MAX_LEVELS * MAX_LEVELS)
    .describe('The highest score in the band'),
  label: z.string().trim().min(1).max(40),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'risk_matrix_colour'),
});

export const riskMatrixSchema = z
  .object({
    orgId: z.string(),
    likelihoodLevels: z.array(matrixLevelSchema.required({ description: true })),
    consequenceLevels: z.array(matrixLevelSchema.required({ description: true })),
    bands: z
      .array(matrixBandSchema)
      .describe('Ascending; a score belongs to the first band whose maxScore it does not exceed'),
    tolerance: z.number().int().describe('Scores above this need management to accept them'),
    maxScore: z.number().int(),
    isDefault: z.boolean().describe('The organisation has not changed the default 5×5 matrix'),
    version: z.number().int().describe('0 while the default applies; send it back when changing the matrix'),
    updatedAt: isoInstant.nullable(),
  })
  .meta({ id: 'RiskMatrix' });

export type RiskMatrix = z.infer<typeof riskMatrixSchema>;

export type StoredMatrix = {
  matrix: Matrix;
  version: number;
  isDefault: boolean;
  updatedAt: string | null;
};

export function presentMatrix(orgId: string, stored: StoredMatrix): RiskMatrix {
  const { matrix } = stored;
  return {
    orgId,
    likelihoodLevels: matrix.likelihoodLevels.map((l) => ({ ...l, description: l.description ?? null })),
    consequenceLevels: matrix.consequenceLevels.map((l) => ({ ...l, description: l.description ?? null })),
    bands: matrix.bands,
    tolerance: matrix.tolerance,
    maxScore: maxScoreOf(matrix),
    isDefault: stored.isDefault,
    version: stored.version,
    updatedAt: stored.updatedAt,
  };
}
