import { z } from 'zod';
import { isoInstant } from '../../platform/api-schemas.ts';
import { listQuery } from '../../platform/pagination.ts';
import { deviationKinds } from './baseline.presenter.ts';
import { frameworkIdSchema } from './catalogue.presenter.ts';
import { implementationStatuses } from './status.rules.ts';

export const baselineQuery = z.object({ framework: frameworkIdSchema.default('iso27001_2022') });

export const baselineBody = z.object({
  version: z.number().int().min(0),
  applicable: z.boolean(),
  expectedStatus: z.enum(implementationStatuses).nullable().default(null),
  justification: z.string().max(4000).nullable().default(null),
});
export type BaselineInput = z.infer<typeof baselineBody>;

/** The answer to setting one requirement's baseline. */
export const baselineSetSchema = z.object({
  requirementId: z.string(),
  applicable: z.boolean(),
  expectedStatus: z.enum(implementationStatuses).nullable(),
  justification: z.string().nullable(),
  version: z.number().int(),
  updatedAt: isoInstant,
});

export const deviationsQuery = listQuery.pick({ limit: true, cursor: true }).extend({
  framework: frameworkIdSchema.default('iso27001_2022'),
  memberId: z.uuid().optional(),
  kind: z.enum(deviationKinds).optional(),
});
export type DeviationQuery = z.infer<typeof deviationsQuery>;
