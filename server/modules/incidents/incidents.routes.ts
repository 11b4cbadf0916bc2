import { z } from 'zod';
import { incidentCatalog, incidentSeverities } from '../../catalog/incidents.ts';
import { errorResponses, isoInstant, orgParams } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import { listOf, listQuery, parseSort } from '../../platform/pagination.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { registerIncidentOutputRoutes } from './incident-outputs.routes.ts';
import { registerIncidentRecordRoutes } from './incident-records.routes.ts';
import {
  deadlineSchema,
  incidentSchema,
  incidentSummarySchema,
  myIncidentReportSchema,
} from './incidents.presenter.ts';
import {
  awarenessBody,
  breachBody,
  incidentListQuery,
  incidentParams,
  reportBody,
  runningDeadlinesQuery,
  statusBody,
  triageBody,
} from './incidents.schemas.ts';
import * as service from './incidents.service.ts';
import * as report from './report.service.ts';
import * as triage from './triage.service.ts';

const runningDeadlineSchema = deadlineSchema
  .extend({
    incidentId: z.string(),
    orgId: z.string(),
    reference: z.string(),
    title: z.string(),
    severity: z.enum(incidentSeverities).nullable(),
  })
  .meta({ id: 'RunningIncidentDeadline' });

export function registerIncidentRoutes(app: ZodApp): void {
  app.get(
    '/catalog/incidents',
    {
      schema: {
        tags: ['incidents'],
        summary: 'Incident categories, severities, recipients, clocks and their Danish and English labels',
        response: { 200: z.record(z.string(), z.unknown()), ...errorResponses },
      },
    },
    async () => incidentCatalog(),
  );

  app.post(
    '/orgs/:orgId/incidents',
    {
      schema: {
        tags: ['incidents'],
        summary: 'Report an incident (every member); answers what the reporter may see of it',
        description:
          'Free text holding a Danish CPR number is refused with 400 incident_cpr_found (fields named, the number never echoed) until sent again with acknowledgeCpr: true.',
        params: orgParams,
        body: reportBody,
        response: { 201: myIncidentReportSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await report.reportIncident(request.ctx, actorOf(request), request.params.orgId, request.body)),
  );

  app.get(
    '/me/incident-reports',
    {
      schema: {
        tags: ['incidents'],
        summary: 'The incidents I reported, with their status (newest first)',
        querystring: listQuery.pick({ limit: true, cursor: true }),
        response: { 200: listOf(myIncidentReportSchema), ...errorResponses },
      },
    },
    async (request) => report.listMyReports(request.ctx, actorOf(request), request.query),
  );

  app.get(
    '/orgs/:orgId/incidents',
    {
      schema: {
        tags: ['incidents'],
        summary: 'Incidents of the organisation (sort: reported, -reported; newest first by default)',
        params: orgParams,
        querystring: incidentListQuery,
        response: { 200: listOf(incidentSummarySchema), ...errorResponses },
      },
    },
    async (request) => {
      const { sort, ...query } = request.query;
      const { direction } = sort ? parseSort(sort, ['reported'], 'reported') : { direction: 'desc' as const };
      return service.listIncidents(request.ctx, actorOf(request), request.params.orgId, {
        ...query,
        direction,
      });
    },
  );

  app.get(
    '/orgs/:orgId/incident-deadlines',
    {
      schema: {
        tags: ['incidents'],
        summary: 'Running legal clocks of the open incidents, due first (dashboard countdowns)',
        params: orgParams,
        querystring: runningDeadlinesQuery,
        response: {
          200: z.object({ now: isoInstant, items: z.array(runningDeadlineSchema) }),
          ...errorResponses,
        },
      },
    },
    async (request) =>
      service.listRunningDeadlines(request.ctx, actorOf(request), request.params.orgId, request.query),
  );

  app.get(
    '/orgs/:orgId/incidents/:incidentId',
    {
      schema: {
        tags: ['incidents'],
        summary: 'One incident with its legal clocks and links',
        params: incidentParams,
        response: { 200: incidentSchema, ...errorResponses },
      },
    },
    async (request) =>
      service.getIncident(request.ctx, actorOf(request), request.params.orgId, request.params.incidentId),
  );

  app.patch(
    '/orgs/:orgId/incidents/:incidentId',
    {
      schema: {
        tags: ['incidents'],
        summary: 'Triage and facts (security officer); classifying a new report starts its handling',
        params: incidentParams,
        body: triageBody,
        response: { 200: incidentSchema, ...errorResponses },
      },
    },
    async (request) =>
      triage.triageIncident(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.params.incidentId,
        request.body,
      ),
  );

  app.patch(
    '/orgs/:orgId/incidents/:incidentId/breach-assessment',
    {
      schema: {
        tags: ['incidents'],
        summary: 'Personal-data breach assessment (security officer or DPO)',
        description:
          'A breach judged unlikely to result in a risk (breachRisk none) must give breachRiskReasoning; it is recorded instead of a notification and stays in the breach log.',
        params: incidentParams,
        body: breachBody,
        response: { 200: incidentSchema, ...errorResponses },
      },
    },
    async (request) =>
      triage.assessBreach(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.params.incidentId,
        request.body,
      ),
  );

  app.put(
    '/orgs/:orgId/incidents/:incidentId/awareness',
    {
      schema: {
        tags: ['incidents'],
        summary: 'Correct when the organisation became aware (with a reason); every clock moves',
        params: incidentParams,
        body: awarenessBody,
        response: { 200: incidentSchema, ...errorResponses },
      },
    },
    async (request) =>
      triage.setAwareness(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.params.incidentId,
        request.body,
      ),
  );

  app.post(
    '/orgs/:orgId/incidents/:incidentId/status',
    {
      schema: {
        tags: ['incidents'],
        summary: 'Change the status: start, resolve, close (lessons learned required), dismiss, reopen',
        params: incidentParams,
        body: statusBody,
        response: { 200: incidentSchema, ...errorResponses },
      },
    },
    async (request) =>
      triage.changeStatus(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.params.incidentId,
        request.body,
      ),
  );

  registerIncidentRecordRoutes(app);
  registerIncidentOutputRoutes(app);
}
