import type { JobStatus } from '../../db/schema.ts';
import { authorizeInstanceAdmin } from '../access.ts';
import { writeAudit } from '../audit.ts';
import { nowIso } from '../clock.ts';
import type { Actor, RequestContext } from '../context.ts';
import { conflict, notFound } from '../errors.ts';
import { decodeCursor, pageOf } from '../pagination.ts';
import { presentJob } from './jobs.presenter.ts';
import * as repo from './jobs.repository.ts';

export type JobListQuery = { limit: number; cursor?: string; status?: JobStatus; type?: string };

export async function listJobs(ctx: RequestContext, actor: Actor, query: JobListQuery) {
  authorizeInstanceAdmin(actor);
  const rows = await repo.listJobs(ctx.db, {
    status: query.status,
    type: query.type,
    beforeId: query.cursor ? String(decodeCursor(query.cursor, 1)[0]) : undefined,
    limit: query.limit,
  });
  const page = pageOf(rows, query.limit, (row) => [row.id]);
  return { items: page.items.map(presentJob), nextCursor: page.nextCursor };
}

/** A dead job gets a fresh set of attempts, starting now; audited in the instance's chain. */
export async function retryJob(ctx: RequestContext, actor: Actor, jobId: string) {
  authorizeInstanceAdmin(actor);
  return ctx.db.transaction().execute(async (trx) => {
    const job = await repo.findJob(trx, jobId);
    if (!job) throw notFound();
    if (!(await repo.requeueDeadJob(trx, job.id, nowIso()))) throw conflict('job_not_dead');
    const after = presentJob((await repo.findJob(trx, job.id)) ?? job);
    const summary = ({ type, status, attempts, lastError }: typeof after) => ({
      type,
      status,
      attempts,
      lastError,
    });
    await writeAudit(trx, ctx, {
      orgId: null,
      action: 'job.retried',
      entityType: 'job',
      entityId: job.id,
      before: summary(presentJob(job)),
      after: summary(after),
    });
    return after;
  });
}
