import { z } from 'zod';
import type { RiskAssessmentItemsTable, RiskAssessmentsTable } from '../../db/schema.ts';
import { riskAssessmentStatuses } from '../../db/schema.ts';
import type { OrgRef } from '../../platform/access.ts';
import { isoInstant } from '../../platform/api-schemas.ts';
import type { Actor } from '../../platform/context.ts';
import { canSchema } from '../assets/index.ts';
import type { Matrix } from './risk-matrix.rules.ts';
import { assessmentCan } from './risks.policy.ts';
import { levelSchema, type RiskRecord } from './risks.presenter.ts';

const levelCount = z.object({
  rank: z.number().int(),
  label: z.string(),
  colour: z.string(),
  count: z.number().int(),
});

export const assessmentSummarySchema = z.object({
  risks: z.number().int(),
  accepted: z.number().int(),
  aboveTolerance: z.number().int(),
  residualAssessed: z.number().int(),
  byLevel: z.array(levelCount).describe('Risks per band of the matrix, by the score that counts'),
});

export type AssessmentSummary = z.infer<typeof assessmentSummarySchema>;

export const assessmentRecordSchema = z.object({
  id: z.string(),
  orgId: z.string(),
  title: z.string(),
  assessmentDate: z.iso.date(),
  note: z.string().nullable(),
  status: z.enum(riskAssessmentStatuses),
  frozenBy: z.string().nullable(),
  frozenByName: z.string(),
  frozenAt: isoInstant,
  decidedBy: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: isoInstant.nullable(),
  decisionNote: z.string().nullable(),
  summary: assessmentSummarySchema,
  matrix: z.object({
    likelihoodLevels: z.array(z.object({ level: z.number().int(), label: z.string() })),
    consequenceLevels: z.array(z.object({ level: z.number().int(), label: z.string() })),
    bands: z.array(z.object({ maxScore: z.number().int(), label: z.string(), colour: z.string() })),
    tolerance: z.number().int(),
  }),
  version: z.number().int(),
});

export type AssessmentRecord = z.infer<typeof assessmentRecordSchema>;

export const assessmentSchema = assessmentRecordSchema
  .extend({ can: canSchema(['decide'] as const) })
  .meta({ id: 'RiskAssessment' });

export type Assessment = z.infer<typeof assessmentSchema>;

export const assessmentItemSchema = z
  .object({
    riskId: z.string(),
    title: z.string(),
    status: z.string(),
    ownerName: z.string().nullable(),
    threats: z.array(z.string()).describe('Threat titles (Danish) as they were'),
    assets: z.array(z.string()).describe('Asset names as they were'),
    likelihood: z.number().int(),
    consequence: z.number().int(),
    inherentScore: z.number().int(),
    residualScore: z.number().int().nullable(),
    score: z.number().int(),
    level: levelSchema,
    aboveTolerance: z.boolean(),
    treatment: z.string().nullable(),
    acceptedUntil: z.iso.date().nullable(),
  })
  .meta({ id: 'RiskAssessmentItem' });

export type AssessmentItem = z.infer<typeof assessmentItemSchema>;

/** What an assessment keeps of each risk: the presented risk, frozen. */
export function itemOf(risk: RiskRecord): AssessmentItem {
  return {
    riskId: risk.id,
    title: risk.title,
    status: risk.status,
    ownerName: risk.ownerName,
    threats: risk.threats.map((t) => t.title.da),
    assets: risk.assets.map((a) => a.name),
    likelihood: risk.likelihood,
    consequence: risk.consequence,
    inherentScore: risk.inherentScore,
    residualScore: risk.residualScore,
    score: risk.score,
    level: risk.level,
    aboveTolerance: risk.aboveTolerance,
    treatment: risk.treatment,
    acceptedUntil: risk.acceptance?.state === 'active' ? risk.acceptance.expiresOn : null,
  };
}

export const presentItem = (row: RiskAssessmentItemsTable): AssessmentItem =>
  JSON.parse(row.data_json) as AssessmentItem;

export function presentAssessmentRecord(row: RiskAssessmentsTable): AssessmentRecord {
  const matrix = JSON.parse(row.matrix_json) as Matrix;
  return {
    id: row.id,
    orgId: row.org_id,
    title: row.title,
    assessmentDate: row.assessment_date,
    note: row.note,
    status: row.status,
    frozenBy: row.frozen_by,
    frozenByName: row.frozen_by_name,
    frozenAt: row.frozen_at,
    decidedBy: row.decided_by,
    decidedByName: row.decided_by_name,
    decidedAt: row.decided_at,
    decisionNote: row.decision_note,
    summary: JSON.parse(row.summary_json) as AssessmentSummary,
    matrix: {
      likelihoodLevels: matrix.likelihoodLevels.map(({ level, label }) => ({ level, label })),
      consequenceLevels: matrix.consequenceLevels.map(({ level, label }) => ({ level, label })),
      bands: matrix.bands,
      tolerance: matrix.tolerance,
    },
    version: row.version,
  };
}

/** The assessment with what the reader may do with it. */
export function presentAssessment(actor: Actor, org: OrgRef, row: RiskAssessmentsTable): Assessment {
  const assessment = presentAssessmentRecord(row);
  return { ...assessment, can: assessmentCan(actor, org, assessment) };
}

const scoreSide = z.object({
  inherentScore: z.number().int(),
  residualScore: z.number().int().nullable(),
  score: z.number().int(),
  level: levelSchema,
});

export const comparisonSchema = z
  .object({
    from: assessmentSchema,
    to: assessmentSchema,
    new: z.array(assessmentItemSchema).describe('In the later assessment only'),
    closed: z.array(assessmentItemSchema).describe('In the earlier assessment only'),
    moved: z
      .array(
        z.object({
          riskId: z.string(),
          title: z.string(),
          from: scoreSide,
          to: scoreSide,
          direction: z.enum(['up', 'down', 'same']).describe('By the score that counts'),
        }),
      )
      .describe('In both, with a changed inherent, residual or current score'),
    unchanged: z.number().int(),
  })
  .meta({ id: 'RiskAssessmentComparison' });
