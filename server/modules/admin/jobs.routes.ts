import { z } from 'zod';
import { errorResponses, uuidParam } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import { jobSchema, jobStatuses } from '../../platform/jobs/jobs.presenter.ts';
import * as service from '../../platform/jobs/jobs.service.ts';
import { listOf, listQuery } from '../../platform/pagination.ts';
import type { ZodApp } from '../../platform/zod-app.ts';

export function registerJobRoutes(app: ZodApp): void {
  app.get(
    '/admin/jobs',
    {
      schema: {
        tags: ['admin'],
        summary: 'Background jobs, newest first (filter by status and type); instance admins',
        querystring: listQuery
          .pick({ limit: true, cursor: true })
          .extend({ status: z.enum(jobStatuses).optional(), type: z.string().max(100).optional() }),
        response: { 200: listOf(jobSchema), ...errorResponses },
      },
    },
    async (request) => service.listJobs(request.ctx, actorOf(request), request.query),
  );

  app.post(
    '/admin/jobs/:jobId/retry',
    {
      schema: {
        tags: ['admin'],
        summary: 'Put a dead job back in the queue with fresh attempts',
        params: z.object({ jobId: uuidParam }),
        response: { 200: jobSchema, ...errorResponses },
      },
    },
    async (request) => service.retryJob(request.ctx, actorOf(request), request.params.jobId),
  );
}
