import { z } from 'zod';
import type { JobRow } from '../../db/schema.ts';
import { isoInstant } from '../api-schemas.ts';

export const jobStatuses = ['queued', 'running', 'done', 'dead'] as const;

/** A background job as operators see it; the payload stays out (it may name recipients). */
export const jobSchema = z
  .object({
    id: z.string(),
    type: z.string(),
    status: z.enum(jobStatuses),
    attempts: z.number().int(),
    maxAttempts: z.number().int(),
    runAt: isoInstant,
    lockedBy: z.string().nullable(),
    lockedUntil: isoInstant.nullable(),
    lastError: z.string().nullable(),
    dedupeKey: z.string().nullable(),
    createdAt: isoInstant,
    updatedAt: isoInstant,
  })
  .meta({ id: 'Job' });

export type Job = z.infer<typeof jobSchema>;

export function presentJob(row: JobRow): Job {
  return {
    id: row.id,
    type: row.type,
    status: row.status,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    runAt: row.run_at,
    lockedBy: row.locked_by,
    lockedUntil: row.locked_until,
    lastError: row.last_error,
    dedupeKey: row.dedupe_key,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
