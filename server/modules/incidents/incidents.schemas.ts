import { z } from 'zod';
import {
  breachRisks,
  dataCategories,
  dataSubjectCategories,
  incidentCategories,
  incidentSeverities,
  incidentStatuses,
  personalDataAnswers,
} from '../../catalog/incidents.ts';
import { orgParams, queryBoolean, uuidParam, versionField } from '../../platform/api-schemas.ts';
import { listQuery } from '../../platform/pagination.ts';
import { roles } from '../../platform/roles.ts';
import { taskPriorities } from '../tasks/index.ts';

/** Request pieces shared by the incident routes. */
export const incidentParams = orgParams.extend({ incidentId: uuidParam });

/** An instant with Z or an offset, e.g. 2026-03-28T10:00:00+01:00; stored as UTC. */
export const instant = z.iso.datetime({ offset: true });
export const shortText = z.string().max(2000);
export const longText = z.string().max(10_000);
export const acknowledgeCpr = z
  .boolean()
  .optional()
  .describe('Confirms free text that holds a CPR number (after a 400 incident_cpr_found warning)');

/** A corrective action: a task linked to the incident, with an owner (a person or a role) and a due date. */
export const actionBody = z.object({
  title: z.string().trim().min(1).max(300),
  description: longText.nullable().optional(),
  assigneeUserId: z.uuid().nullable().optional(),
  assigneeRole: z.enum(roles).nullable().optional(),
  dueDate: z.iso.date(),
  priority: z.enum(taskPriorities).optional(),
});
export type ActionInput = z.infer<typeof actionBody>;

const commaList = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .max(300)
    .transform((value) => value.split(',').filter(Boolean))
    .pipe(z.array(z.enum(values)));

/** Query of the incident list; `sort` becomes a direction in the route. */
export const incidentListQuery = listQuery.extend({
  status: commaList(incidentStatuses).optional(),
  severity: commaList(incidentSeverities).optional(),
  category: commaList(incidentCategories).optional(),
  personalDataBreach: queryBoolean.optional(),
  subtree: queryBoolean.optional().describe('Include the descendants where you read incidents'),
});

export const reportBody = z.object({
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

export const triageBody = z.object({
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

export const breachBody = z.object({
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

export const awarenessBody = z.object({
  version: versionField,
  awareAt: instant,
  reason: z.string().trim().min(1).max(2000),
});

export const statusBody = z.object({
  version: versionField,
  status: z.enum(incidentStatuses),
  reason: shortText.nullable().optional().describe('Required to dismiss and to reopen a closed incident'),
  lessonsLearned: longText.nullable().optional().describe('Required to close, unless already recorded'),
  resolvedAt: instant.nullable().optional().describe('When handling ended; now if left out'),
  acknowledgeCpr,
});

export const runningDeadlinesQuery = z.object({
  subtree: queryBoolean.optional(),
  includeProvisional: queryBoolean.optional().describe('Clocks awaiting an assessment (default true)'),
});

export type IncidentListQuery = Omit<z.infer<typeof incidentListQuery>, 'sort'> & {
  direction: 'asc' | 'desc';
};
export type ReportInput = z.infer<typeof reportBody>;
export type TriageInput = z.infer<typeof triageBody>;
export type BreachInput = z.infer<typeof breachBody>;
export type AwarenessInput = z.infer<typeof awarenessBody>;
export type StatusInput = z.infer<typeof statusBody>;
export type RunningDeadlinesQuery = z.infer<typeof runningDeadlinesQuery>;
