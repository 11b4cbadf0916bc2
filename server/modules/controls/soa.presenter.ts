import { z } from 'zod';
import type { Requirement } from '../../catalog/controls/index.ts';
import { isoInstant } from '../../platform/api-schemas.ts';
import {
  frameworkIdSchema,
  localizedTextSchema,
  requirementRefSchema,
  themeSchema,
} from './catalogue.presenter.ts';
import { controlsPolicy } from './controls.policy.ts';
import { type ControlsViewer, evidenceSchema } from './evidence.presenter.ts';
import type { SoaEntryRow } from './soa.repository.ts';
import { type BaselineValues, effectiveEntry } from './soa.rules.ts';
import { implementationStatuses, soaStatuses } from './status.rules.ts';

export const evidenceCountsSchema = z
  .object({
    total: z.number().int(),
    valid: z.number().int().describe('Valid today, including evidence about to expire'),
    expiring: z.number().int(),
    expired: z.number().int(),
    missingFile: z.number().int(),
  })
  .meta({ id: 'EvidenceCounts' });

export type EvidenceCounts = z.infer<typeof evidenceCountsSchema>;

export const emptyEvidenceCounts = (): EvidenceCounts => ({
  total: 0,
  valid: 0,
  expiring: 0,
  expired: 0,
  missingFile: 0,
});

export const baselineRefSchema = z
  .object({
    groupId: z.string(),
    groupName: z.string(),
    applicable: z.boolean(),
    expectedStatus: z.enum(implementationStatuses).nullable(),
    justification: z.string().nullable(),
  })
  .meta({ id: 'SoaBaselineRef' });

const soaEntryFieldsSchema = z.object({
  id: z.string(),
  orgId: z.string(),
  requirementId: z.string(),
  frameworkId: frameworkIdSchema,
  code: z.string(),
  theme: themeSchema.nullable(),
  title: localizedTextSchema,
  guidance: localizedTextSchema.nullable(),
  applicable: z.boolean(),
  applicableSource: z
    .enum(['own', 'baseline', 'default'])
    .describe('own: decided here; baseline: inherited from the group; default: applicable until decided'),
  justification: z.string().nullable().describe('The organisation’s own justification'),
  effectiveJustification: z
    .string()
    .nullable()
    .describe('Own justification, or the baseline’s when inherited'),
  status: z.enum(soaStatuses),
  implementationStatus: z.enum(implementationStatuses),
  implementation: z.string().nullable().describe('How the control is implemented, with references'),
  ownerUserId: z.string().nullable(),
  ownerName: z.string().nullable(),
  targetDate: z.iso.date().nullable(),
  baseline: baselineRefSchema.nullable(),
  deviatesFromBaseline: z.boolean(),
  behindBaseline: z.boolean().describe('Applicable and below the status the baseline expects'),
  justificationMissing: z.boolean(),
  evidence: evidenceCountsSchema,
  riskCount: z.number().int(),
  version: z.number().int(),
  updatedBy: z.string().nullable(),
  updatedAt: isoInstant,
});

export const soaEntryCanSchema = z
  .object({
    update: z.boolean().describe('Change anything: applicability, justification, owner, progress'),
    updateProgress: z.boolean().describe('Change status, implementation and target date (the owner may)'),
    addEvidence: z.boolean(),
    linkRisks: z.boolean(),
  })
  .meta({ id: 'SoaEntryCan' });

export const soaEntrySchema = soaEntryFieldsSchema
  .extend({ can: soaEntryCanSchema })
  .meta({ id: 'SoaEntry' });

/** An entry as built for the SoA, its exports, coverage and the audit log (no `can`). */
export type SoaEntry = z.infer<typeof soaEntryFieldsSchema>;
/** An entry as presented to one actor. */
export type PresentedSoaEntry = z.infer<typeof soaEntrySchema>;

export const withEntryCan = (entry: SoaEntry, viewer: ControlsViewer): PresentedSoaEntry => ({
  ...entry,
  can: controlsPolicy.entryCan(viewer.actor, viewer.org, entry),
});

export const linkedRiskSchema = z
  .object({
    riskId: z.string(),
    title: z.string(),
    status: z.string(),
    score: z.number().int(),
    inherentScore: z.number().int(),
    residualScore: z.number().int().nullable(),
  })
  .meta({ id: 'SoaLinkedRisk' });

export const soaEntryDetailSchema = soaEntrySchema
  .extend({
    evidenceRecords: z.array(evidenceSchema),
    risks: z.array(linkedRiskSchema),
    mappedTo: z.array(requirementRefSchema),
  })
  .meta({ id: 'SoaEntryDetail' });

export const soaFrameworkSummarySchema = z
  .object({
    frameworkId: frameworkIdSchema,
    total: z.number().int(),
    applicable: z.number().int(),
    notApplicable: z.number().int(),
    byStatus: z.object(
      Object.fromEntries(soaStatuses.map((s) => [s, z.number().int()])) as Record<
        (typeof soaStatuses)[number],
        z.ZodNumber
      >,
    ),
    justificationMissing: z.number().int(),
    deviations: z.number().int(),
    withoutValidEvidence: z.number().int().describe('Applicable entries with no valid evidence'),
  })
  .meta({ id: 'SoaFrameworkSummary' });

export const soaSchema = z
  .object({
    orgId: z.string(),
    orgName: z.string(),
    profile: z.enum(['standard', 'clinic']),
    frameworks: z.array(frameworkIdSchema).describe('In scope, every requirement of each is listed'),
    baselineGroup: z.object({ id: z.string(), name: z.string() }).nullable(),
    revision: z
      .number()
      .int()
      .describe('Grows by one with every change to an entry: the SoA’s version number'),
    lastChangedAt: isoInstant.nullable(),
    summary: z.array(soaFrameworkSummarySchema),
    items: z.array(soaEntrySchema),
  })
  .meta({ id: 'Soa' });

/** The SoA as built (entries without `can`). */
export type Soa = Omit<z.infer<typeof soaSchema>, 'items'> & { items: SoaEntry[] };

export function presentEntry(
  row: SoaEntryRow,
  requirement: Requirement,
  baseline: BaselineValues | null,
  evidence: EvidenceCounts,
  riskCount: number,
): SoaEntry {
  const own = row.applicable === null ? null : Boolean(row.applicable);
  const effective = effectiveEntry(
    { applicable: own, justification: row.justification, status: row.status },
    baseline,
  );
  return {
    id: row.id,
    orgId: row.org_id,
    requirementId: row.requirement_id,
    frameworkId: requirement.frameworkId,
    code: requirement.code,
    theme: requirement.theme ?? null,
    title: requirement.title,
    guidance: requirement.guidance ?? null,
    applicable: effective.applicable,
    applicableSource: effective.applicableSource,
    justification: row.justification,
    effectiveJustification: effective.effectiveJustification,
    status: effective.status,
    implementationStatus: row.status,
    implementation: row.implementation,
    ownerUserId: row.owner_user_id,
    ownerName: row.owner_name,
    targetDate: row.target_date,
    baseline,
    deviatesFromBaseline: effective.deviatesFromBaseline,
    behindBaseline: effective.behindBaseline,
    justificationMissing: effective.justificationMissing,
    evidence,
    riskCount,
    version: row.version,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}

export function summarise(frameworkId: z.infer<typeof frameworkIdSchema>, items: readonly SoaEntry[]) {
  const mine = items.filter((item) => item.frameworkId === frameworkId);
  const byStatus = Object.fromEntries(soaStatuses.map((s) => [s, 0])) as Record<
    (typeof soaStatuses)[number],
    number
  >;
  for (const item of mine) byStatus[item.status] += 1;
  return {
    frameworkId,
    total: mine.length,
    applicable: mine.filter((item) => item.applicable).length,
    notApplicable: mine.filter((item) => !item.applicable).length,
    byStatus,
    justificationMissing: mine.filter((item) => item.justificationMissing).length,
    deviations: mine.filter((item) => item.deviatesFromBaseline).length,
    withoutValidEvidence: mine.filter((item) => item.applicable && item.evidence.valid === 0).length,
  };
}
