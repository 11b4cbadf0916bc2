import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { type Db, openDatabase } from '../../db/database.ts';
import { describeEachDb } from '../../test/harness.ts';
import { enqueueJob } from './enqueue.ts';
import { defineJob, registerJob } from './registry.ts';
import { JobRunner } from './runner.ts';

/** Which runner a database handle belongs to: each runner has its own pool. */
const runnerOfDb = new Map<Db, string>();

const recordJob = defineJob('test.record_run', z.object({ n: z.number() }), async (_payload, ctx) => {
  // A little work between claim and record, so the runners overlap.
  await sleep(Math.floor(Math.random() * 5));
  await sql`insert into test_job_runs (job_id, worker) values (${ctx.job.id}, ${runnerOfDb.get(ctx.db) ?? '?'})`.execute(
    ctx.db,
  );
});
registerJob(recordJob);

describeEachDb('two job runners on one database', (get) => {
  it('never run the same job twice', async () => {
    const t = get();
    await sql`create table test_job_runs (job_id text not null, worker text not null)`.execute(t.database.db);
    const ids: string[] = [];
    for (let n = 0; n < 50; n += 1) {
      ids.push((await enqueueJob(t.database.db, { type: recordJob.type, payload: { n } })).id);
    }
    // Separate handles: on PostgreSQL two connection pools, as two app instances would have.
    const handles = [openDatabase(t.config.databaseUrl), openDatabase(t.config.databaseUrl)];
    const runners = handles.map((handle, i) => {
      runnerOfDb.set(handle.db, `runner-${i}`);
      return new JobRunner(
        { config: t.config, db: handle.db, dialect: handle.dialect, logger: t.system().logger },
        { workerId: `runner-${i}`, schedules: [], pollIntervalMs: 5, batchSize: 3 },
      );
    });
    try {
      for (const runner of runners) runner.start();
      for (let i = 0; i < 1000; i += 1) {
        const open = await t.database.db
          .selectFrom('jobs')
          .select('id')
          .where('type', '=', recordJob.type)
          .where('status', '!=', 'done')
          .execute();
        if (open.length === 0) break;
        await sleep(10);
      }
    } finally {
      await Promise.all(runners.map((runner) => runner.stop()));
      await Promise.all(handles.map((handle) => handle.close()));
    }
    const runs = await sql<{
      job_id: string;
      worker: string;
    }>`select job_id, worker from test_job_runs`.execute(t.database.db);
    expect(runs.rows).toHaveLength(50);
    expect(new Set(runs.rows.map((r) => r.job_id))).toEqual(new Set(ids));
    expect(new Set(runs.rows.map((r) => r.worker))).toEqual(new Set(['runner-0', 'runner-1']));
    const jobs = await t.database.db
      .selectFrom('jobs')
      .select(['status', 'attempts'])
      .where('type', '=', recordJob.type)
      .execute();
    expect(jobs.every((job) => job.status === 'done' && job.attempts === 1)).toBe(true);
  });
});
