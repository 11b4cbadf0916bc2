import type { Db } from '../../db/database.ts';
import { nowIso } from '../clock.ts';
import { newId } from '../ids.ts';
import { DEFAULT_MAX_ATTEMPTS, jobDefinition } from './registry.ts';

export type EnqueueInput = {
  type: string;
  payload: unknown;
  /** Not before this instant; now by default. */
  runAt?: Date | string;
  maxAttempts?: number;
  /** A second job with the same key is not created: how "each reminder is sent once" holds. */
  dedupeKey?: string;
};

export type Enqueued = { id: string; created: boolean };

/**
 * Queues a job in the caller's transaction, so it exists exactly when the business change
 * that asked for it commits. A duplicate dedupe key is a no-op and answers the existing job.
 */
export async function enqueueJob(db: Db, input: EnqueueInput): Promise<Enqueued> {
  const definition = jobDefinition(input.type);
  const payload = definition ? definition.payload.parse(input.payload) : input.payload;
  const now = nowIso();
  const id = newId();
  const result = await db
    .insertInto('jobs')
    .values({
      id,
      type: input.type,
      payload_json: JSON.stringify(payload ?? null),
      status: 'queued',
      attempts: 0,
      max_attempts: input.maxAttempts ?? definition?.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      run_at: input.runAt === undefined ? now : new Date(input.runAt).toISOString(),
      locked_by: null,
      locked_until: null,
      last_error: null,
      dedupe_key: input.dedupeKey ?? null,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  if (Number(result.numInsertedOrUpdatedRows ?? 0) > 0) return { id, created: true };
  const existing = await db
    .selectFrom('jobs')
    .select('id')
    .where('dedupe_key', '=', input.dedupeKey ?? '')
    .executeTakeFirstOrThrow();
  return { id: existing.id, created: false };
}
