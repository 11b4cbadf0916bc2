import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { JobRow } from '../../db/schema.ts';
import type { AppContext } from '../context.ts';
import { retryDelayMs } from './backoff.ts';
import { claimJobs } from './claim.ts';
import { completeJob, extendLease, failJob } from './jobs.repository.ts';
import { jobDefinition } from './registry.ts';
import { safeErrorMessage } from './safe-error.ts';
import { enqueueNextOccurrence, type RecurringSchedule, recurringSchedules } from './schedule.ts';

export type JobRunnerOptions = {
  /** Names the lease holder in the jobs table; host, process and a random part by default. */
  workerId?: string;
  /** How long a claimed job stays ours without a heartbeat; expired leases are claimed again. */
  leaseMs?: number;
  /** Pause between polls when nothing was due. */
  pollIntervalMs?: number;
  /** Jobs claimed and run together per round. */
  batchSize?: number;
  /** Recurring schedules to keep queued; every registered one by default. */
  schedules?: readonly RecurringSchedule[];
};

type Outcome = 'done' | 'retried' | 'dead';
export type RunSummary = { claimed: number } & Record<Outcome, number>;

/**
 * Claims due jobs and runs their handlers. `start()` polls until `stop()`, which waits for the
 * jobs in hand; tests call `runDue()` instead. Any number of runners may share a database:
 * claims never overlap (see claim.ts), and a job whose worker died is claimed again once its
 * lease runs out.
 */
export class JobRunner {
  readonly workerId: string;
  private readonly app: AppContext;
  private readonly leaseMs: number;
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private readonly schedules: readonly RecurringSchedule[];
  /** The occurrence this runner last queued per schedule, so a poll does not write when nothing changed. */
  private readonly queuedOccurrences = new Map<string, number>();
  private loop: Promise<void> | null = null;
  private wake: AbortController | null = null;
  private stopping = false;

  constructor(app: AppContext, options: JobRunnerOptions = {}) {
    this.app = app;
    this.workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
    this.leaseMs = options.leaseMs ?? 5 * 60_000;
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.batchSize = options.batchSize ?? 5;
    this.schedules = options.schedules ?? recurringSchedules();
  }

  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.loop = this.poll();
    this.app.logger.info({ workerId: this.workerId }, 'job runner started');
  }

  /** Stops polling and waits for the jobs that are running to finish. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.abort();
    await this.loop;
    this.loop = null;
  }

  /** Runs rounds until nothing is due at `now`; jobs that fail move to a later time and wait. */
  async runDue(options: { now?: Date } = {}): Promise<RunSummary> {
    const summary: RunSummary = { claimed: 0, done: 0, retried: 0, dead: 0 };
    for (;;) {
      const round = await this.runRound(options.now ?? new Date());
      if (round.claimed === 0) return summary;
      for (const key of ['claimed', 'done', 'retried', 'dead'] as const) summary[key] += round[key];
    }
  }

  /** Keeps the next occurrence of every schedule queued. */
  async enqueueScheduled(now: Date = new Date()): Promise<void> {
    for (const schedule of this.schedules) {
      const enqueued = await enqueueNextOccurrence(this.app.db, schedule, now);
      this.queuedOccurrences.set(schedule.name, enqueued.runAt.getTime());
    }
  }

  private async poll(): Promise<void> {
    while (!this.stopping) {
      let claimed = 0;
      try {
        const now = new Date();
        if (this.schedules.some((s) => (this.queuedOccurrences.get(s.name) ?? 0) <= now.getTime())) {
          await this.enqueueScheduled(now);
        }
        claimed = (await this.runRound(now)).claimed;
      } catch (error) {
        this.app.logger.error({ error: safeErrorMessage(error) }, 'job runner round failed');
      }
      if (claimed > 0 || this.stopping) continue;
      this.wake = new AbortController();
      await sleep(this.pollIntervalMs, undefined, { signal: this.wake.signal }).catch(() => undefined);
    }
  }

  private async runRound(now: Date): Promise<RunSummary> {
    const jobs = await claimJobs(this.app.db, this.app.dialect, {
      workerId: this.workerId,
      now,
      leaseMs: this.leaseMs,
      limit: this.batchSize,
    });
    const summary: RunSummary = { claimed: jobs.length, done: 0, retried: 0, dead: 0 };
    const outcomes = await Promise.all(jobs.map((job) => this.runJob(job, now)));
    for (const outcome of outcomes) summary[outcome] += 1;
    return summary;
  }

  private async runJob(job: JobRow, now: Date): Promise<Outcome> {
    const logger = this.app.logger.child({ jobId: job.id, jobType: job.type, attempt: job.attempts });
    if (job.attempts > job.max_attempts) {
      // Claimed again after its lease ran out on the last attempt: the worker died running it.
      return this.fail(job, now, new Error('The worker stopped during the last attempt'), true);
    }
    const definition = jobDefinition(job.type);
    if (!definition) return this.fail(job, now, new Error(`No handler for job type ${job.type}`));
    const parsed = definition.payload.safeParse(parseJson(job.payload_json));
    if (!parsed.success) {
      const paths = parsed.error.issues.map((issue) => issue.path.join('.') || '(root)').join(', ');
      return this.fail(job, now, new Error(`Invalid payload at ${paths}`), true);
    }
    const heartbeat = setInterval(() => {
      const until = new Date(Date.now() + this.leaseMs).toISOString();
      extendLease(this.app.db, job.id, this.workerId, until).catch((error: unknown) =>
        logger.warn({ error: safeErrorMessage(error) }, 'job lease not extended'),
      );
    }, this.leaseMs / 3);
    heartbeat.unref();
    try {
      await definition.handler(parsed.data, {
        ...this.app,
        logger,
        job: { id: job.id, type: job.type, attempt: job.attempts, maxAttempts: job.max_attempts },
      });
    } catch (error) {
      return this.fail(job, now, error);
    } finally {
      clearInterval(heartbeat);
    }
    const finished = await completeJob(this.app.db, job.id, this.workerId, laterOf(now).toISOString());
    if (!finished) logger.warn('job finished after its lease passed to another worker');
    return 'done';
  }

  private async fail(job: JobRow, now: Date, error: unknown, final = false): Promise<Outcome> {
    const failedAt = laterOf(now);
    const dead = final || job.attempts >= job.max_attempts;
    const lastError = safeErrorMessage(error);
    const runAt = dead ? job.run_at : new Date(failedAt.getTime() + retryDelayMs(job.attempts)).toISOString();
    await failJob(this.app.db, job.id, this.workerId, {
      status: dead ? 'dead' : 'queued',
      runAt,
      lastError,
      now: failedAt.toISOString(),
    });
    const fields = { jobId: job.id, jobType: job.type, attempt: job.attempts, error: lastError };
    if (dead) this.app.logger.error(fields, 'job failed for the last time');
    else this.app.logger.warn({ ...fields, retryAt: runAt }, 'job failed; it will be retried');
    return dead ? 'dead' : 'retried';
  }
}

/** `now` may be an instant a test chose; a real run that took time ends later than it began. */
const laterOf = (now: Date) => new Date(Math.max(now.getTime(), Date.now()));

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
