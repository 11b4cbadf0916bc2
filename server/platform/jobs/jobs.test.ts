import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { makeRoot, makeTree, makeUser } from '../../test/factories.ts';
import { describeEachDb, type TestApp } from '../../test/harness.ts';
import { RETRY_BASE_MS } from './backoff.ts';
import { claimJobs } from './claim.ts';
import { enqueueJob } from './enqueue.ts';
import { findJob } from './jobs.repository.ts';
import { defineJob, registerJob } from './registry.ts';
import { JobRunner, type JobRunnerOptions } from './runner.ts';

let failing = true;
const flakyJob = defineJob('test.flaky', z.object({ label: z.string() }), async () => {
  if (failing)
    throw new Error('Upstream refused mail for kari@example.dk via smtp://skjold:hemmelig@mail.example.dk');
});

const finished: string[] = [];
const slowJob = defineJob('test.slow', z.object({ ms: z.number() }), async (payload, ctx) => {
  await sleep(payload.ms);
  finished.push(ctx.job.id);
});

const okJob = defineJob('test.ok', z.object({}), async () => undefined);
for (const job of [flakyJob, slowJob, okJob]) registerJob(job);

const runnerFor = (t: TestApp, options: JobRunnerOptions = {}) =>
  new JobRunner(t.system(), { schedules: [], ...options });

const jobOf = async (t: TestApp, id: string) => {
  const job = await findJob(t.database.db, id);
  if (!job) throw new Error(`job ${id} is gone`);
  return job;
};

describeEachDb('background jobs', (get) => {
  it('retries a failing job with exponential backoff and marks it dead after max attempts', async () => {
    const t = get();
    failing = true;
    const runner = runnerFor(t);
    const { id } = await enqueueJob(t.database.db, {
      type: flakyJob.type,
      payload: { label: 'x' },
      maxAttempts: 3,
    });
    let now = new Date(Date.now() + 1000);
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      const summary = await runner.runDue({ now });
      expect(summary.claimed).toBe(1);
      const job = await jobOf(t, id);
      expect(job.attempts).toBe(attempt);
      expect(job.locked_by).toBeNull();
      // The stored error is the message only, without the address or the SMTP credentials.
      expect(job.last_error).toContain('Upstream refused mail');
      expect(job.last_error).not.toMatch(/kari@example\.dk|hemmelig/);
      if (attempt < 3) {
        expect(job.status).toBe('queued');
        const delay = Date.parse(job.run_at) - now.getTime();
        const expected = RETRY_BASE_MS * 2 ** (attempt - 1);
        expect(delay).toBeGreaterThanOrEqual(expected * 0.8);
        expect(delay).toBeLessThanOrEqual(expected * 1.2);
        delays.push(delay);
        // Not due a millisecond before its time.
        expect((await runner.runDue({ now: new Date(Date.parse(job.run_at) - 1) })).claimed).toBe(0);
        now = new Date(job.run_at);
      } else {
        expect(job.status).toBe('dead');
      }
    }
    expect(delays[1]).toBeGreaterThan(delays[0] ?? Number.POSITIVE_INFINITY);
    expect((await runner.runDue({ now: new Date(Date.now() + 86_400_000) })).claimed).toBe(0);
  });

  it('lets an instance admin put a dead job back in the queue, audited, and it then succeeds', async () => {
    const t = get();
    failing = true;
    const runner = runnerFor(t);
    const admin = await makeUser(t, await makeRoot(t), 'admin');
    const { id } = await enqueueJob(t.database.db, {
      type: flakyJob.type,
      payload: { label: 'y' },
      maxAttempts: 1,
    });
    await runner.runDue();
    expect((await jobOf(t, id)).status).toBe('dead');

    const dead = await t.request('GET', '/api/v1/admin/jobs?status=dead', { as: admin.session });
    expect(dead.statusCode).toBe(200);
    expect(dead.json().items).toContainEqual(
      expect.objectContaining({ id, type: 'test.flaky', status: 'dead', attempts: 1, maxAttempts: 1 }),
    );
    expect(JSON.stringify(dead.json())).not.toContain('label');

    const retried = await t.request('POST', `/api/v1/admin/jobs/${id}/retry`, { as: admin.session });
    expect(retried.statusCode).toBe(200);
    expect(retried.json()).toMatchObject({ id, status: 'queued', attempts: 0 });
    const event = await t.database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'job.retried')
      .where('entity_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(event.chain).toBe('global');
    expect(event.org_id).toBeNull();
    expect(event.actor_id).toBe(admin.id);

    failing = false;
    expect((await runner.runDue()).done).toBe(1);
    expect((await jobOf(t, id)).status).toBe('done');

    const again = await t.request('POST', `/api/v1/admin/jobs/${id}/retry`, { as: admin.session });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('job_not_dead');
    const unknown = await t.request('POST', '/api/v1/admin/jobs/01900000-0000-7000-8000-000000000000/retry', {
      as: admin.session,
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('hides the job admin from everyone but the admins of the sector root', async () => {
    const t = get();
    const { root, org } = await makeTree(t);
    const { id } = await enqueueJob(t.database.db, {
      type: okJob.type,
      payload: {},
      runAt: '2999-01-01T00:00:00.000Z',
    });
    for (const user of [
      await makeUser(t, org, 'admin'),
      await makeUser(t, root, 'security_officer'),
      await makeUser(t, org, 'employee'),
    ]) {
      const list = await t.request('GET', '/api/v1/admin/jobs', { as: user.session });
      expect(list.statusCode).toBe(404);
      const retry = await t.request('POST', `/api/v1/admin/jobs/${id}/retry`, { as: user.session });
      expect(retry.statusCode).toBe(404);
    }
    expect((await t.request('GET', '/api/v1/admin/jobs')).statusCode).toBe(401);
  });

  it('pages the job list newest first with a cursor and filters by status and type', async () => {
    const t = get();
    const admin = await makeUser(t, await makeRoot(t), 'admin');
    const later = '2999-01-01T00:00:00.000Z';
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      ids.push((await enqueueJob(t.database.db, { type: 'test.paged', payload: { i }, runAt: later })).id);
    }
    const first = await t.request('GET', '/api/v1/admin/jobs?type=test.paged&status=queued&limit=2', {
      as: admin.session,
    });
    expect(first.json().items.map((j: { id: string }) => j.id)).toEqual([ids[2], ids[1]]);
    const second = await t.request(
      'GET',
      `/api/v1/admin/jobs?type=test.paged&status=queued&limit=2&cursor=${first.json().nextCursor}`,
      { as: admin.session },
    );
    expect(second.json()).toEqual({ items: [expect.objectContaining({ id: ids[0] })], nextCursor: null });
    const bad = await t.request('GET', '/api/v1/admin/jobs?status=lost', { as: admin.session });
    expect(bad.statusCode).toBe(400);
    await t.database.db.deleteFrom('jobs').where('type', '=', 'test.paged').execute();
  });

  it('makes a second enqueue with the same dedupe key a no-op, and an enqueue rolls back with its transaction', async () => {
    const t = get();
    const { db } = t.database;
    const key = `reminder:${Date.now()}`;
    const runAt = '2999-01-01T00:00:00.000Z';
    const first = await db
      .transaction()
      .execute((trx) => enqueueJob(trx, { type: okJob.type, payload: {}, runAt, dedupeKey: key }));
    const second = await db
      .transaction()
      .execute((trx) => enqueueJob(trx, { type: okJob.type, payload: {}, runAt, dedupeKey: key }));
    expect(first.created).toBe(true);
    expect(second).toEqual({ id: first.id, created: false });
    const rows = await db.selectFrom('jobs').select('id').where('dedupe_key', '=', key).execute();
    expect(rows).toHaveLength(1);

    const rolledBack = `rolled-back:${Date.now()}`;
    await expect(
      db.transaction().execute(async (trx) => {
        await enqueueJob(trx, { type: okJob.type, payload: {}, dedupeKey: rolledBack });
        throw new Error('the business change failed');
      }),
    ).rejects.toThrow('the business change failed');
    expect(await db.selectFrom('jobs').select('id').where('dedupe_key', '=', rolledBack).execute()).toEqual(
      [],
    );
    await db.deleteFrom('jobs').where('dedupe_key', '=', key).execute();
  });

  it('rejects a payload that does not match the job type at enqueue time', async () => {
    const t = get();
    await expect(
      enqueueJob(t.database.db, { type: flakyJob.type, payload: { label: 42 } }),
    ).rejects.toThrow();
  });

  it('claims a job again when its worker died and the lease ran out', async () => {
    const t = get();
    const { db } = t.database;
    const { id } = await enqueueJob(db, { type: okJob.type, payload: {}, runAt: '2000-01-01T00:00:00.000Z' });
    const crashedAt = new Date();
    const claimed = await claimJobs(db, t.dialect, {
      workerId: 'crashed',
      now: crashedAt,
      leaseMs: 60_000,
      limit: 1,
    });
    expect(claimed.map((job) => job.id)).toEqual([id]);
    expect(claimed[0]).toMatchObject({ status: 'running', locked_by: 'crashed', attempts: 1 });

    const runner = runnerFor(t, { workerId: 'healthy' });
    expect((await runner.runDue({ now: new Date(crashedAt.getTime() + 30_000) })).claimed).toBe(0);
    expect((await jobOf(t, id)).status).toBe('running');
    const summary = await runner.runDue({ now: new Date(crashedAt.getTime() + 61_000) });
    expect(summary).toMatchObject({ claimed: 1, done: 1 });
    expect(await jobOf(t, id)).toMatchObject({
      status: 'done',
      attempts: 2,
      locked_by: null,
      locked_until: null,
    });
  });

  it('marks a job dead when its worker died during the last attempt', async () => {
    const t = get();
    const { db } = t.database;
    const { id } = await enqueueJob(db, {
      type: okJob.type,
      payload: {},
      maxAttempts: 1,
      runAt: '2000-01-01T00:00:00.000Z',
    });
    const crashedAt = new Date();
    await claimJobs(db, t.dialect, { workerId: 'crashed', now: crashedAt, leaseMs: 1000, limit: 1 });
    const summary = await runnerFor(t).runDue({ now: new Date(crashedAt.getTime() + 2000) });
    expect(summary).toMatchObject({ claimed: 1, dead: 1 });
    const job = await jobOf(t, id);
    expect(job.status).toBe('dead');
    expect(job.last_error).toMatch(/worker stopped/);
  });

  it('marks a job of an unknown type dead after its attempts, without running anything', async () => {
    const t = get();
    const { id } = await enqueueJob(t.database.db, {
      type: 'test.nobody_handles_this',
      payload: {},
      maxAttempts: 1,
    });
    expect((await runnerFor(t).runDue()).dead).toBe(1);
    expect((await jobOf(t, id)).last_error).toMatch(/No handler for job type test\.nobody_handles_this/);
  });

  it('runs jobs while started and lets stop() wait for the job in hand', async () => {
    const t = get();
    const runner = runnerFor(t, { pollIntervalMs: 10 });
    const { id } = await enqueueJob(t.database.db, { type: slowJob.type, payload: { ms: 300 } });
    runner.start();
    for (let i = 0; i < 200 && (await jobOf(t, id)).status !== 'running'; i += 1) await sleep(5);
    expect((await jobOf(t, id)).status).toBe('running');
    await runner.stop();
    expect(finished).toContain(id);
    expect((await jobOf(t, id)).status).toBe('done');
  });
});
