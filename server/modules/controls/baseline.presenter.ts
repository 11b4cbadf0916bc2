import { z } from 'zod';
import { isoInstant } from '../../platform/api-schemas.ts';
import { frameworkIdSchema, localizedTextSchema, themeSchema } from './catalogue.presenter.ts';
import { implementationStatuses, soaStatuses } from './status.rules.ts';

export const baselineValueSchema = z
  .object({
    applicable: z.boolean(),
    expectedStatus: z.enum(implementationStatuses).nullable(),
    justification: z.string().nullable(),
    version: z.number().int(),
    updatedAt: isoInstant,
  })
  .meta({ id: 'SoaBaselineValue' });

export const baselineItemSchema = z
  .object({
    requirementId: z.string(),
    frameworkId: frameworkIdSchema,
    code: z.string(),
    theme: themeSchema.nullable(),
    title: localizedTextSchema,
    baseline: baselineValueSchema.nullable().describe('null: no baseline, members decide freely'),
  })
  .meta({ id: 'SoaBaselineItem' });

export const baselineSchema = z
  .object({
    groupId: z.string(),
    groupName: z.string(),
    frameworkId: frameworkIdSchema,
    items: z.array(baselineItemSchema),
  })
  .meta({ id: 'SoaBaseline' });

export const deviationKinds = ['applicability', 'status'] as const;

export const deviationSchema = z
  .object({
    orgId: z.string(),
    orgName: z.string(),
    requirementId: z.string(),
    code: z.string(),
    title: localizedTextSchema,
    kind: z
      .enum(deviationKinds)
      .describe('applicability: decided differently from the baseline; status: behind the expected status'),
    baselineApplicable: z.boolean(),
    expectedStatus: z.enum(implementationStatuses).nullable(),
    applicable: z.boolean(),
    status: z.enum(soaStatuses),
    justification: z.string().nullable(),
    justificationMissing: z.boolean(),
  })
  .meta({ id: 'SoaDeviation' });

export const memberSummarySchema = z
  .object({
    orgId: z.string(),
    name: z.string(),
    kind: z.enum(['organisation', 'unit']),
    inScope: z.boolean().describe('The framework is in the member’s scope'),
    deviations: z.number().int(),
    justificationMissing: z.number().int(),
    behind: z.number().int(),
  })
  .meta({ id: 'SoaMemberDeviationSummary' });

export const deviationViewSchema = z
  .object({
    groupId: z.string(),
    frameworkId: frameworkIdSchema,
    members: z.array(memberSummarySchema).describe('Every member organisation the reader may see, by name'),
    items: z.array(deviationSchema),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'SoaDeviationView' });
