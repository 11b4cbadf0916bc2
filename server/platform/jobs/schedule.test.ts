import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeEachDb } from '../../test/harness.ts';
import { defineJob, registerJob } from './registry.ts';
import { JobRunner } from './runner.ts';
import { nextOccurrence, scheduleRecurring } from './schedule.ts';

const at = (iso: string) => new Date(iso);

describe('next occurrence of a recurring schedule', () => {
  it('is 06:00 Danish time: 05:00 UTC in winter, 04:00 UTC in summer', () => {
    expect(nextOccurrence({ dailyAt: '06:00' }, at('2026-11-26T04:59:59.000Z'))).toEqual(
      at('2026-11-26T05:00:00.000Z'),
    );
    expect(nextOccurrence({ dailyAt: '06:00' }, at('2026-11-26T05:00:00.000Z'))).toEqual(
      at('2026-11-27T05:00:00.000Z'),
    );
    expect(nextOccurrence({ dailyAt: '06:00' }, at('2026-06-01T03:00:00.000Z'))).toEqual(
      at('2026-06-01T04:00:00.000Z'),
    );
  });

  it('follows the clock change: the morning after summer time begins and after it ends', () => {
    expect(nextOccurrence({ dailyAt: '06:00' }, at('2026-03-28T06:00:00.000Z'))).toEqual(
      at('2026-03-29T04:00:00.000Z'),
    );
    expect(nextOccurrence({ dailyAt: '06:00' }, at('2026-10-24T06:00:00.000Z'))).toEqual(
      at('2026-10-25T05:00:00.000Z'),
    );
  });

  it('picks the next day when the Danish date is already tomorrow in UTC terms', () => {
    // 23:30 UTC on 26 November is 00:30 on 27 November in Copenhagen.
    expect(nextOccurrence({ dailyAt: '00:15' }, at('2026-11-26T23:30:00.000Z'))).toEqual(
      at('2026-11-27T23:15:00.000Z'),
    );
  });

  it('aligns intervals to the epoch, so every instance computes the same occurrence', () => {
    expect(nextOccurrence(60_000, at('2026-11-26T10:00:30.500Z'))).toEqual(at('2026-11-26T10:01:00.000Z'));
    expect(nextOccurrence(60_000, at('2026-11-26T10:01:00.000Z'))).toEqual(at('2026-11-26T10:02:00.000Z'));
  });

  it('rejects a malformed daily time', () => {
    expect(() => scheduleRecurring('test-bad-time', { dailyAt: '6:00' }, 'test.none')).toThrow(/HH:MM/);
  });
});

const tickJob = defineJob('test.tick', z.object({ source: z.string() }), async () => undefined);
registerJob(tickJob);
const everyMinute = scheduleRecurring('test-every-minute', 60_000, tickJob.type, { source: 'schedule' });
const morning = scheduleRecurring('test-morning', { dailyAt: '06:00' }, tickJob.type, { source: 'schedule' });

describeEachDb('recurring schedules', (get) => {
  it('are queued once per occurrence however many instances schedule them', async () => {
    const t = get();
    const runners = ['a', 'b', 'c'].map(
      (workerId) => new JobRunner(t.system(), { workerId, schedules: [everyMinute, morning] }),
    );
    // 05:59:30 in Copenhagen.
    const now = at('2026-11-26T04:59:30.000Z');
    await Promise.all(runners.map((runner) => runner.enqueueScheduled(now)));
    await runners[0]?.enqueueScheduled(now);
    const queued = await t.database.db
      .selectFrom('jobs')
      .select(['run_at', 'dedupe_key', 'payload_json'])
      .where('type', '=', tickJob.type)
      .orderBy('dedupe_key')
      .execute();
    expect(queued).toEqual([
      {
        run_at: '2026-11-26T05:00:00.000Z',
        dedupe_key: 'schedule:test-every-minute:2026-11-26T05:00:00.000Z',
        payload_json: '{"source":"schedule"}',
      },
      {
        run_at: '2026-11-26T05:00:00.000Z',
        dedupe_key: 'schedule:test-morning:2026-11-26T05:00:00.000Z',
        payload_json: '{"source":"schedule"}',
      },
    ]);
  });

  it('runs an occurrence when it is due and then queues the next one', async () => {
    const t = get();
    const runner = new JobRunner(t.system(), { schedules: [morning] });
    const summary = await runner.runDue({ now: at('2026-11-26T05:00:01.000Z') });
    expect(summary.done).toBeGreaterThanOrEqual(1);
    await runner.enqueueScheduled(at('2026-11-26T05:00:01.000Z'));
    const next = await t.database.db
      .selectFrom('jobs')
      .select('status')
      .where('dedupe_key', '=', 'schedule:test-morning:2026-11-27T05:00:00.000Z')
      .executeTakeFirst();
    expect(next?.status).toBe('queued');
  });
});
