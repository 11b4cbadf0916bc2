import { z } from 'zod';
import { errorResponses, isoInstant, orgParams, queryBoolean } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import { sendDownload } from '../../platform/downloads.ts';
import { listOf, listQuery } from '../../platform/pagination.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { breachLogEntrySchema, listBreachLog } from './breach-log.service.ts';
import { incidentParams } from './incidents.schemas.ts';
import * as outputs from './outputs.service.ts';
import { reportTextSchema } from './report-texts.presenter.ts';
import { incidentStatistics, statisticsSchema } from './statistics.service.ts';

const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');

export function registerIncidentOutputRoutes(app: ZodApp): void {
  app.get(
    '/orgs/:orgId/incidents/:incidentId/report-texts',
    {
      schema: {
        tags: ['incidents'],
        summary: 'Danish texts for Datatilsynet (GDPR art. 33(3)) and each NIS2 stage, missing items flagged',
        params: incidentParams,
        response: {
          200: z.object({ reference: z.string(), generatedAt: isoInstant, texts: z.array(reportTextSchema) }),
          ...errorResponses,
        },
      },
    },
    async (request) =>
      outputs.reportTexts(request.ctx, actorOf(request), request.params.orgId, request.params.incidentId),
  );

  app.get(
    '/orgs/:orgId/incidents/:incidentId/report.pdf',
    {
      schema: {
        tags: ['incidents'],
        summary: 'The incident report as PDF (Danish)',
        params: incidentParams,
        produces: ['application/pdf'],
        response: { 200: z.string().describe('PDF'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { reference, bytes } = await outputs.incidentPdf(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.params.incidentId,
      );
      return sendDownload(reply, `haendelsesrapport-${reference}.pdf`, bytes, 'pdf');
    },
  );

  const breachQuery = z.object({ subtree: queryBoolean.optional() });

  app.get(
    '/orgs/:orgId/breach-log',
    {
      schema: {
        tags: ['incidents'],
        summary: 'Breach log (GDPR art. 33(5)): every personal-data breach, notified or not, newest first',
        params: orgParams,
        querystring: listQuery.pick({ limit: true, cursor: true }).extend(breachQuery.shape),
        response: { 200: listOf(breachLogEntrySchema), ...errorResponses },
      },
    },
    async (request) => listBreachLog(request.ctx, actorOf(request), request.params.orgId, request.query),
  );

  for (const format of ['xlsx', 'pdf'] as const) {
    app.get(
      `/orgs/:orgId/breach-log.${format}`,
      {
        schema: {
          tags: ['incidents'],
          summary: `Breach log export as ${format.toUpperCase()}`,
          params: orgParams,
          querystring: breachQuery,
          produces: [
            format === 'pdf'
              ? 'application/pdf'
              : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          ],
          response: { 200: z.string().describe(format.toUpperCase()), ...errorResponses },
        },
      },
      async (request, reply) => {
        const { bytes } = await outputs.breachLogExport(
          request.ctx,
          actorOf(request),
          request.params.orgId,
          format,
          request.query.subtree ?? false,
        );
        return sendDownload(reply, `brudlog-${request.params.orgId}.${format}`, bytes, format);
      },
    );
  }

  app.get(
    '/orgs/:orgId/incident-statistics',
    {
      schema: {
        tags: ['incidents'],
        summary: 'Aggregated incident counts for the organisation and everything below it (never details)',
        params: orgParams,
        querystring: z.object({ from: yearMonth.optional(), to: yearMonth.optional() }),
        response: { 200: statisticsSchema, ...errorResponses },
      },
    },
    async (request) => incidentStatistics(request.ctx, actorOf(request), request.params.orgId, request.query),
  );
}
