import { z } from 'zod';
import { isoInstant } from '../../platform/api-schemas.ts';
import { todayLocal } from '../../platform/clock.ts';
import { roles } from '../../platform/roles.ts';
import type { ActivityRow } from './annual-cycle.repository.ts';
import { nextOccurrence, parseMonths } from './occurrences.ts';

export const frequencies = ['monthly', 'quarterly', 'half_yearly', 'yearly'] as const;

export const activitySchema = z
  .object({
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
  })
  .meta({ id: 'AnnualActivity' });

export type Activity = z.infer<typeof activitySchema>;

export const scheduleOf = (row: Pick<ActivityRow, 'months' | 'day_of_month'>) => ({
  months: parseMonths(row.months),
  dayOfMonth: row.day_of_month,
});

export function presentActivity(row: ActivityRow, today = todayLocal()): Activity {
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
      status: z.enum(['open', 'in_progress', 'done', 'cancelled']),
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
