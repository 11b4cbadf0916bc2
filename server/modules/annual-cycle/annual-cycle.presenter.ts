import { z } from 'zod';
import { annualFrequencies as frequencies, taskStatuses } from '../../db/schema.ts';
import type { OrgRef } from '../../platform/access.ts';
import { isoInstant } from '../../platform/api-schemas.ts';
import { todayLocal } from '../../platform/clock.ts';
import type { Actor } from '../../platform/context.ts';
import { roles } from '../../platform/roles.ts';
import { annualCyclePolicy } from './annual-cycle.policy.ts';
import type { ActivityRow } from './annual-cycle.repository.ts';
import { nextOccurrence, parseMonths } from './occurrences.rules.ts';

const activityFieldsSchema = z.object({
  id: z.string(),
  orgId: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  frequency: z.enum(frequencies),
  months: z.array(z.number().int().min(1).max(12)).describe('Months in which it falls due'),
  dayOfMonth: z.number().int().nullable().describe('Due day of the month; null for the last day'),
  responsibleRole: z.enum(roles),
  catalogKey: z.string().nullable().describe('The default activity it was pre-filled from'),
  active: z.boolean(),
  nextDueDate: z.iso.date().nullable().describe('Next occurrence from today (Danish time)'),
  version: z.number().int(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
});

export const activitySchema = activityFieldsSchema
  .extend({
    can: z.object({ update: z.boolean(), delete: z.boolean() }).meta({ id: 'AnnualActivityCan' }),
  })
  .meta({ id: 'AnnualActivity' });

export type Activity = z.infer<typeof activitySchema>;

/** Who the activity is presented to, for its `can`. */
export type ActivityViewer = { actor: Actor; org: OrgRef };

export const scheduleOf = (row: Pick<ActivityRow, 'months' | 'day_of_month'>) => ({
  months: parseMonths(row.months),
  dayOfMonth: row.day_of_month,
});

/** The activity as the audit log records it (no `can`: that belongs to a viewer). */
export function activitySnapshot(row: ActivityRow, today = todayLocal()): Omit<Activity, 'can'> {
  const active = Boolean(row.active);
  return {
    id: row.id,
    orgId: row.org_id,
    title: row.title,
    description: row.description,
    frequency: row.frequency,
    months: parseMonths(row.months),
    dayOfMonth: row.day_of_month,
    responsibleRole: row.responsible_role as Activity['responsibleRole'],
    catalogKey: row.catalog_key,
    active,
    nextDueDate: active ? (nextOccurrence(scheduleOf(row), today)?.dueDate ?? null) : null,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function presentActivity(row: ActivityRow, viewer: ActivityViewer, today = todayLocal()): Activity {
  return { ...activitySnapshot(row, today), can: annualCyclePolicy.can(viewer.actor, viewer.org) };
}

const occurrenceSchema = z.object({
  activityId: z.string(),
  title: z.string(),
  frequency: z.enum(frequencies),
  responsibleRole: z.enum(roles),
  dueDate: z.iso.date(),
  occurrenceKey: z.string().describe('YYYY-MM; the task source key is annual:<activityId>:<occurrenceKey>'),
  task: z
    .object({
      id: z.string(),
      status: z.enum(taskStatuses),
      overdue: z.boolean(),
    })
    .nullable()
    .describe('The task of this occurrence once it has been created (up to 60 days ahead)'),
});

export const cycleSchema = z
  .object({
    orgId: z.string(),
    year: z.number().int(),
    months: z
      .array(
        z.object({
          month: z.number().int().min(1).max(12),
          occurrences: z.array(occurrenceSchema),
          counts: z.object({
            total: z.number().int(),
            done: z.number().int(),
            overdue: z.number().int(),
          }),
        }),
      )
      .length(12),
  })
  .meta({ id: 'AnnualCycle' });

export type Cycle = z.infer<typeof cycleSchema>;
