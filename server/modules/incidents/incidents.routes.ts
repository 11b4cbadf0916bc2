import { z } from 'zod';
import {
  breachRisks,
  dataCategories,
  dataSubjectCategories,
  incidentCatalog,
  incidentCategories,
  incidentSeverities,
  incidentStatuses,
  personalDataAnswers,
} from '../../catalog/incidents.ts';
import {
  errorResponses,
  isoInstant,
  orgParams,
  queryBoolean,
  versionField,
} from '../../platform/api-schemas.ts';
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
import { acknowledgeCpr, incidentParams, instant, longText, shortText } from './incidents.schemas.ts';
import * as service from './incidents.service.ts';
import * as report from './report.service.ts';
import * as triage from './triage.service.ts';

const commaList = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .max(300)
    .transform((value) => value.split(',').filter(Boolean))
    .pipe(z.array(z.enum(values)));

const listFilters = listQuery.extend({
  status: commaList(incidentStatuses).optional(),
  severity: commaList(incidentSeverities).optional(),
  category: commaList(incidentCategories).optional(),
  personalDataBreach: queryBoolean.optional(),
  subtree: queryBoolean.optional().describe('Include the descendants where you read incidents'),
});

const reportBody = z.object({
  title: z.string().trim().min(1).max(200).describe('What happened, in one line'),
  description: z.string().trim().min(1).max(10_000),
  discoveredAt: instant.nullable().optional().describe('When you noticed it; now if left out'),
  occurredAt: instant.nullable().optional(),
  systems: shortText.nullable().optional().describe('Which systems are involved'),
  personalData: z.enum(personalDataAnswers).describe('Are personal or health data involved?'),
  acknowledgeCpr,
});

const yesNo = z.boolean().nullable().optional();
const text = shortText.nullable().optional();

const triageBody = z.object({
  version: versionField,
  acknowledgeCpr,
  title: z.string().trim().min(1).max(200).optional(),
  description: z.string().trim().min(1).max(10_000).optional(),
  occurredAt: instant.nullable().optional(),
  discoveredAt: instant.nullable().optional(),
  systems: text,
  personalDataSuspected: z.enum(personalDataAnswers).optional(),
  category: z.enum(incidentCategories).nullable().optional(),
  severity: z.enum(incidentSeverities).nullable().optional(),
  affectsConfidentiality: z.boolean().optional(),
  affectsIntegrity: z.boolean().optional(),
  affectsAvailability: z.boolean().optional(),
  nis2Significant: yesNo,
  suspectedMalicious: yesNo,
  crossBorder: yesNo,
  indicatorsOfCompromise: longText.nullable().optional(),
  patientSafetyImpact: yesNo,
  uthReference: z.string().max(100).nullable().optional(),
  suspectedCrime: yesNo,
  location: text,
  detectionMethod: text,
  cause: text,
  impactDescription: text,
  containment: text,
  mitigation: text,
  participants: text,
  recurrence: text,
  relevantLogs: text,
  endedAt: instant.nullable().optional(),
  lessonsLearned: longText.nullable().optional(),
});

const breachBody = z.object({
  version: versionField,
  acknowledgeCpr,
  personalDataBreach: z.boolean().nullable().optional(),
  dataCategories: z.array(z.enum(dataCategories)).max(dataCategories.length).optional(),
  dataSubjectCategories: z.array(z.enum(dataSubjectCategories)).max(dataSubjectCategories.length).optional(),
  dataSubjectsApprox: z.number().int().min(0).max(100_000_000).nullable().optional(),
  recordsApprox: z.number().int().min(0).max(1_000_000_000).nullable().optional(),
  breachRisk: z.enum(breachRisks).nullable().optional(),
  breachRiskReasoning: text,
  likelyConsequences: text,
  measuresTaken: text,
  dpoContact: z.string().max(500).nullable().optional(),
  dataSubjectsExemption: text,
});

const awarenessBody = z.object({
  version: versionField,
  awareAt: instant,
  reason: z.string().trim().min(1).max(2000),
});

const statusBody = z.object({
  version: versionField,
  status: z.enum(incidentStatuses),
  reason: shortText.nullable().optional().describe('Required to dismiss and to reopen a closed incident'),
  lessonsLearned: longText.nullable().optional().describe('Required to close, unless already recorded'),
  resolvedAt: instant.nullable().optional().describe('When handling ended; now if left out'),
  acknowledgeCpr,
});

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
        querystring: listFilters,
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
        querystring: z.object({
          subtree: queryBoolean.optional(),
          includeProvisional: queryBoolean
            .optional()
            .describe('Clocks awaiting an assessment (default true)'),
        }),
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
