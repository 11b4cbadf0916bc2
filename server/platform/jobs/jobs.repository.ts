import type { Db } from '../../db/database.ts';
import type { JobRow, JobStatus } from '../../db/schema.ts';

/** Marks a job done, if this worker still holds its lease. */
export async function completeJob(db: Db, id: string, workerId: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({ status: 'done', locked_by: null, locked_until: null, updated_at: now })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .where('locked_by', '=', workerId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export type JobFailure = { status: 'queued' | 'dead'; runAt: string; lastError: string; now: string };

/** Puts a failed job back in the queue for a later attempt, or marks it dead. */
export async function failJob(db: Db, id: string, workerId: string, failure: JobFailure): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({
      status: failure.status,
      run_at: failure.runAt,
      last_error: failure.lastError,
      locked_by: null,
      locked_until: null,
      updated_at: failure.now,
    })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .where('locked_by', '=', workerId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Keeps the lease of a long-running job alive. */
export async function extendLease(db: Db, id: string, workerId: string, until: string): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ locked_until: until })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .where('locked_by', '=', workerId)
    .execute();
}

export type JobListFilter = {
  status: JobStatus | undefined;
  type: string | undefined;
  beforeId: string | undefined;
  limit: number;
};

/** Newest first, keyset on the (time-ordered) id. */
export async function listJobs(db: Db, filter: JobListFilter): Promise<JobRow[]> {
  let query = db.selectFrom('jobs').selectAll();
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.type) query = query.where('type', '=', filter.type);
  if (filter.beforeId) query = query.where('id', '<', filter.beforeId);
  return query
    .orderBy('id', 'desc')
    .limit(filter.limit + 1)
    .execute();
}

export async function findJob(db: Db, id: string): Promise<JobRow | undefined> {
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A dead job back in the queue with fresh attempts; false when it is not dead (any more). */
export async function requeueDeadJob(db: Db, id: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({ status: 'queued', attempts: 0, run_at: now, locked_by: null, locked_until: null, updated_at: now })
    .where('id', '=', id)
    .where('status', '=', 'dead')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteDoneJobsBefore(db: Db, before: string): Promise<number> {
  const result = await db
    .deleteFrom('jobs')
    .where('status', '=', 'done')
    .where('updated_at', '<', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
