import { z } from 'zod';
import { riskStatuses, riskTreatments } from '../../db/schema.ts';
import { orgParams, queryBoolean, uuidParam, versionField } from '../../platform/api-schemas.ts';
import { listQuery } from '../../platform/pagination.ts';
import { MAX_LEVELS } from './risk-matrix.rules.ts';

/** Request schemas of the risk register; the services take their inferred types. */

export const riskParams = orgParams.extend({ riskId: uuidParam });

export const csvList = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .max(100)
    .transform((value) => value.split(',').filter(Boolean))
    .pipe(z.array(z.enum(values)));

const score = z.coerce
  .number()
  .int()
  .min(0)
  .max(MAX_LEVELS * MAX_LEVELS);

export const riskListQuerySchema = listQuery.extend({
  status: csvList(riskStatuses).optional().describe('Comma-separated: draft,open,accepted,closed'),
  ownerUserId: z.uuid().optional(),
  assetId: z.uuid().optional(),
  threatId: z.string().max(100).optional(),
  treatment: csvList(riskTreatments).optional(),
  scoreMin: score.optional().describe('The score that counts (residual once assessed), inclusive'),
  scoreMax: score.optional(),
  reviewOverdue: queryBoolean.optional().describe('Open or accepted risks whose review date has passed'),
  subtree: queryBoolean.optional().describe('Add the descendants the actor may read'),
});

const level = z.number().int().min(1).max(MAX_LEVELS);
const text = (max: number) => z.string().trim().max(max);

const riskFields = {
  title: z.string().trim().min(1).max(300),
  description: text(10_000).nullable().optional(),
  ownerUserId: z.uuid().nullable().optional(),
  threatIds: z
    .array(z.string().min(1).max(100))
    .max(50)
    .optional()
    .describe('Catalogue keys or own threat ids'),
  assetIds: z.array(z.uuid()).max(200).optional(),
  likelihood: level,
  consequenceOrganisation: level.nullable().optional(),
  consequencePatientSafety: level.nullable().optional(),
  consequenceDataSubject: level.nullable().optional(),
  existingControls: text(10_000).nullable().optional(),
  plannedControls: text(10_000).nullable().optional(),
  residualLikelihood: level.nullable().optional(),
  residualConsequenceOrganisation: level.nullable().optional(),
  residualConsequencePatientSafety: level.nullable().optional(),
  residualConsequenceDataSubject: level.nullable().optional(),
  treatment: z.enum(riskTreatments).nullable().optional(),
  treatmentNote: text(5000).nullable().optional(),
  reviewDate: z.iso.date().optional().describe('Default: a year from today'),
};

export const riskCreateSchema = z.object({
  ...riskFields,
  status: z.enum(['draft', 'open']).optional().describe('Contributors always create drafts'),
});
export const riskUpdateSchema = z
  .object(riskFields)
  .partial()
  .extend({ version: versionField, status: z.enum(['draft', 'open', 'closed']).optional() });

export const riskReviewSchema = z.object({
  version: versionField,
  note: text(5000).nullable().optional(),
  nextReviewDate: z.iso.date().optional(),
});

export const heatMapQuerySchema = z.object({
  status: csvList(riskStatuses).optional().describe('Default: open,accepted'),
});

export type RiskListFilters = z.infer<typeof riskListQuerySchema>;
export type RiskInput = z.infer<typeof riskCreateSchema>;
export type RiskUpdate = z.infer<typeof riskUpdateSchema>;
export type RiskReview = z.infer<typeof riskReviewSchema>;
export type HeatMapQuery = z.infer<typeof heatMapQuerySchema>;
