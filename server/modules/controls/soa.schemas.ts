import { z } from 'zod';
import { uuidParam, versionField } from '../../platform/api-schemas.ts';
import { frameworkIdSchema, themeSchema } from './catalogue.presenter.ts';
import { booleanQuery, requirementParams } from './controls.schemas.ts';
import { implementationStatuses, soaStatuses } from './status.rules.ts';

const statusList = z
  .string()
  .max(100)
  .transform((value) => value.split(',').filter(Boolean))
  .pipe(z.array(z.enum(soaStatuses)));

export const soaFilters = z.object({
  framework: frameworkIdSchema.optional(),
  status: statusList.optional().describe(`Comma-separated: ${soaStatuses.join(',')}`),
  applicable: booleanQuery,
  theme: themeSchema.optional(),
  ownerUserId: z.uuid().optional(),
  q: z.string().max(200).optional().describe('Number or title, Danish or English'),
  deviations: booleanQuery.describe('Only entries that deviate from the group baseline'),
  justificationMissing: booleanQuery,
  withoutValidEvidence: booleanQuery.describe('Only applicable entries with no valid evidence'),
});

export const entryUpdate = z.object({
  version: versionField,
  applicable: z.boolean().nullable().optional().describe('null: follow the group baseline again'),
  justification: z.string().max(4000).nullable().optional(),
  status: z.enum(implementationStatuses).optional(),
  implementation: z.string().max(10_000).nullable().optional(),
  ownerUserId: z.uuid().nullable().optional(),
  targetDate: z.iso.date().nullable().optional(),
});
export type SoaFilter = z.infer<typeof soaFilters>;
export type EntryUpdate = z.infer<typeof entryUpdate>;

export const riskLinkBody = z.object({ riskId: uuidParam });
export const riskLinkParams = requirementParams.extend({ riskId: uuidParam });
