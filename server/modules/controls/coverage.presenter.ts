import { z } from 'zod';
import { frameworkIdSchema, localizedTextSchema, requirementRefSchema } from './catalogue.presenter.ts';
import { coverageLevels, type RequirementCoverage } from './coverage.rules.ts';
import { evidenceCountsSchema } from './soa.presenter.ts';
import { soaStatuses } from './status.rules.ts';

const coverageSchema = z.enum(coverageLevels);

export const coverageControlSchema = requirementRefSchema
  .extend({
    status: z
      .enum(soaStatuses)
      .nullable()
      .describe('null: nothing in scope says anything about this control'),
    source: z
      .enum(['soa', 'derived', 'none'])
      .describe('derived: from in-scope requirements mapped to the control'),
  })
  .meta({ id: 'CoverageControl' });

export const requirementCoverageSchema = requirementRefSchema
  .extend({
    ownStatus: z
      .enum(soaStatuses)
      .nullable()
      .describe('The organisation’s own answer, when the framework is in scope'),
    mappedCoverage: coverageSchema.nullable().describe('Coverage through the Annex A controls behind it'),
    coverage: coverageSchema,
    controls: z.array(coverageControlSchema),
  })
  .meta({ id: 'RequirementCoverage' });

export const frameworkCoverageSchema = z
  .object({
    frameworkId: frameworkIdSchema,
    name: localizedTextSchema,
    inScope: z.boolean(),
    totals: z.object(
      Object.fromEntries(coverageLevels.map((c) => [c, z.number().int()])) as Record<
        (typeof coverageLevels)[number],
        z.ZodNumber
      >,
    ),
    requirements: z.array(requirementCoverageSchema),
  })
  .meta({ id: 'FrameworkCoverage' });

export const evidenceGapSchema = requirementRefSchema
  .extend({
    status: z.enum(soaStatuses),
    ownerName: z.string().nullable(),
    evidence: evidenceCountsSchema,
  })
  .meta({ id: 'EvidenceGap' });

export const coverageSchemaOut = z
  .object({
    orgId: z.string(),
    frameworks: z.array(frameworkCoverageSchema),
    evidenceGaps: z.array(evidenceGapSchema).describe('Applicable entries in scope without valid evidence'),
    risks: z
      .object({ total: z.number().int(), treated: z.number().int(), untreated: z.number().int() })
      .describe('Risks not closed; treated: linked to at least one control'),
  })
  .meta({ id: 'Coverage' });

export const riskCoverageSchema = z
  .object({
    riskId: z.string(),
    title: z.string(),
    status: z.string(),
    score: z.number().int(),
    inherentScore: z.number().int(),
    residualScore: z.number().int().nullable(),
    treatment: z.string().nullable(),
    controls: z.array(
      requirementRefSchema.extend({
        status: z
          .enum(soaStatuses)
          .nullable()
          .describe('null: the control’s framework is no longer in scope'),
      }),
    ),
  })
  .meta({ id: 'RiskCoverage' });

const ref = (r: RequirementCoverage['requirement']) => ({
  id: r.id,
  frameworkId: r.frameworkId,
  code: r.code,
  title: r.title,
});

export const presentRequirementCoverage = (
  c: RequirementCoverage,
): z.infer<typeof requirementCoverageSchema> => ({
  ...ref(c.requirement),
  ownStatus: c.ownStatus,
  mappedCoverage: c.mappedCoverage,
  coverage: c.coverage,
  controls: c.controls.map((control) => ({
    ...ref(control.requirement),
    status: control.hub.status,
    source: control.hub.source,
  })),
});
