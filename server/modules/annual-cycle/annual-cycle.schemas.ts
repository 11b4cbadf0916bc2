import { z } from 'zod';
import { annualFrequencies } from '../../db/schema.ts';
import { orgParams, uuidParam, versionField } from '../../platform/api-schemas.ts';
import { listQuery } from '../../platform/pagination.ts';
import { roles } from '../../platform/roles.ts';

export const activityParams = orgParams.extend({ activityId: uuidParam });

export const activityFilters = listQuery.extend({
  frequency: z.enum(annualFrequencies).optional(),
  responsibleRole: z.enum(roles).optional(),
  active: z.enum(['true', 'false']).optional(),
  month: z.coerce.number().int().min(1).max(12).optional().describe('Activities due in this month'),
});

/** The filters as the service takes them: the sort resolved to a direction, `active` a flag. */
export type ActivityListQuery = Omit<z.infer<typeof activityFilters>, 'sort' | 'active'> & {
  direction: 'asc' | 'desc';
  active?: boolean;
};

const activityFields = {
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().max(2000).nullable().optional(),
  frequency: z.enum(annualFrequencies),
  months: z
    .array(z.number().int().min(1).max(12))
    .max(12)
    .optional()
    .describe(
      'yearly: one month; quarterly/half-yearly: the first month or all, evenly spaced; monthly: ignored',
    ),
  dayOfMonth: z
    .number()
    .int()
    .min(1)
    .max(31)
    .nullable()
    .optional()
    .describe('Default: the last day of the month'),
  responsibleRole: z.enum(roles),
  active: z.boolean().optional(),
};

export const activityCreateBody = z.object(activityFields);
export type ActivityCreate = z.infer<typeof activityCreateBody>;

export const activityUpdateBody = z.object({
  version: versionField,
  title: activityFields.title.optional(),
  description: activityFields.description,
  frequency: activityFields.frequency.optional(),
  months: activityFields.months,
  dayOfMonth: activityFields.dayOfMonth,
  responsibleRole: activityFields.responsibleRole.optional(),
  active: activityFields.active,
});
export type ActivityUpdate = z.infer<typeof activityUpdateBody>;

export const cycleQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
