import { Readable } from 'node:stream';
import { z } from 'zod';
import { errorResponses, orgParams } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import { listOf } from '../../platform/pagination.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { auditCsvHeader, auditCsvRow, auditEventSchema } from './audit.presenter.ts';
import { auditFilters, auditListQuery } from './audit.schemas.ts';
import * as service from './audit.service.ts';

export function registerAuditRoutes(app: ZodApp): void {
  app.get(
    '/orgs/:orgId/audit-events',
    {
      schema: {
        tags: ['audit'],
        summary: 'Audit log of the organisation, newest first (from/to are Danish calendar days)',
        params: orgParams,
        querystring: auditListQuery,
        response: { 200: listOf(auditEventSchema), ...errorResponses },
      },
    },
    async (request) =>
      service.listAuditEvents(request.ctx, actorOf(request), request.params.orgId, request.query),
  );

  app.get(
    '/orgs/:orgId/audit-events.csv',
    {
      schema: {
        tags: ['audit'],
        summary: 'Audit log export as CSV (same filters)',
        params: orgParams,
        querystring: auditFilters,
        produces: ['text/csv'],
        response: { 200: z.string().describe('CSV (UTF-8 with BOM)'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { orgId } = request.params;
      // Check access before the first byte goes out, so a refusal is a clean 403/404.
      await service.listAuditEvents(request.ctx, actor, orgId, { ...request.query, limit: 1 });
      const events = service.allAuditEvents(request.ctx, actor, orgId, { ...request.query, limit: 500 });
      async function* lines() {
        yield `\uFEFF${auditCsvHeader()}`;
        for await (const event of events) yield auditCsvRow(event);
      }
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="audit-${orgId}.csv"`)
        .send(Readable.from(lines()) as never);
    },
  );
}
