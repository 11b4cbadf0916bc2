import { type ExpressionBuilder, sql } from 'kysely';
import type { Db, DialectName } from '../../db/database.ts';
import type { Database, JobRow } from '../../db/schema.ts';

export type ClaimOptions = { workerId: string; now: Date; leaseMs: number; limit: number };

/** Queued jobs whose time has come, and running jobs whose lease ran out (their worker died). */
const claimable = (now: string) => (eb: ExpressionBuilder<Database, 'jobs'>) =>
  eb.or([
    eb.and([eb('status', '=', 'queued'), eb('run_at', '<=', now)]),
    eb.and([eb('status', '=', 'running'), eb('locked_until', '<', now)]),
  ]);

/**
 * Claims up to `limit` due jobs for one worker: marks them running with a lease until
 * now + leaseMs and counts the attempt, so a job that kills its worker every time still ends
 * up dead. Oldest run_at first.
 *
 * PostgreSQL (several instances): `select … for update skip locked` in a transaction, so
 * concurrent workers pass over rows another worker is claiming instead of waiting for them or
 * claiming them too; then the update sets the lease, and the commit releases the row locks.
 *
 * SQLite (one process): the claim is one `update … where id in (select …) returning`
 * statement, which SQLite runs as a single write transaction with a single writer, so a row is
 * claimed by one worker only; no lock is held across an await (node:sqlite is synchronous).
 */
export async function claimJobs(db: Db, dialect: DialectName, options: ClaimOptions): Promise<JobRow[]> {
  const now = options.now.toISOString();
  const lease = {
    status: 'running' as const,
    locked_by: options.workerId,
    locked_until: new Date(options.now.getTime() + options.leaseMs).toISOString(),
    attempts: sql<number>`attempts + 1`,
    updated_at: now,
  };
  const claimed =
    dialect === 'postgres'
      ? await db.transaction().execute(async (trx) => {
          const due = await trx
            .selectFrom('jobs')
            .select('id')
            .where(claimable(now))
            .orderBy('run_at')
            .limit(options.limit)
            .forUpdate()
            .skipLocked()
            .execute();
          if (due.length === 0) return [];
          return trx
            .updateTable('jobs')
            .set(lease)
            .where(
              'id',
              'in',
              due.map((row) => row.id),
            )
            .returningAll()
            .execute();
        })
      : await db
          .updateTable('jobs')
          .set(lease)
          .where('id', 'in', (eb) =>
            eb.selectFrom('jobs').select('id').where(claimable(now)).orderBy('run_at').limit(options.limit),
          )
          .returningAll()
          .execute();
  return claimed.sort((a, b) => a.run_at.localeCompare(b.run_at) || a.id.localeCompare(b.id));
}
