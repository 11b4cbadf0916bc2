import { z } from 'zod';
import {
  breachRisks,
  dataCategories,
  dataSubjectCategories,
  deadlineKinds,
  incidentCategories,
  incidentSeverities,
  incidentStatuses,
  linkKinds,
  personalDataAnswers,
} from '../../catalog/incidents.ts';
import type { IncidentLinksTable } from '../../db/schema.ts';
import type { OrgRef } from '../../platform/access.ts';
import { isoInstant } from '../../platform/api-schemas.ts';
import type { Actor } from '../../platform/context.ts';
import { type Deadline, localTime } from './deadlines.rules.ts';
import { incidentCan, incidentCanSchema } from './incidents.policy.ts';
import type { IncidentRow, MyReportRow } from './incidents.repository.ts';

/** Who looks at an incident, and where it lives: the presenter computes `can` for them. */
export type Viewer = { actor: Actor; org: OrgRef };

/** INC-2026-0007: year of the report and the organisation's running number that year. */
export const referenceOf = (row: { year: number; number: number }) =>
  `INC-${row.year}-${String(row.number).padStart(4, '0')}`;

export const deadlineSchema = z
  .object({
    kind: z.enum(deadlineKinds),
    dueAt: isoInstant
      .nullable()
      .describe('UTC; null where the law sets no fixed time ("without undue delay")'),
    dueLocal: z.string().nullable().describe('Danish wall clock with offset, e.g. 2026-03-31T11:00:00+02:00'),
    status: z.enum(['open', 'met', 'late', 'not_required']),
    completedAt: isoInstant.nullable().describe('When the notification that answers it was sent'),
    provisional: z.boolean().describe('Runs until the breach or NIS2 assessment says otherwise'),
    secondsRemaining: z
      .number()
      .int()
      .nullable()
      .describe('At the time of the response; negative once passed'),
  })
  .meta({ id: 'IncidentDeadline' });

export const incidentLinkSchema = z
  .object({
    id: z.string(),
    kind: z.enum(linkKinds),
    targetId: z.string().nullable().describe('Id in the risk/asset/supplier register, when it has one'),
    label: z.string(),
    createdByName: z.string(),
    createdAt: isoInstant,
  })
  .meta({ id: 'IncidentLink' });

export type IncidentLink = z.infer<typeof incidentLinkSchema>;

export function presentLink(row: IncidentLinksTable): IncidentLink {
  return {
    id: row.id,
    kind: row.kind,
    targetId: row.target_id,
    label: row.label,
    createdByName: row.created_by_name,
    createdAt: row.created_at,
  };
}

const yesNo = z.boolean().nullable().describe('null: not assessed yet');

export const incidentSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    reference: z.string().describe('INC-<year>-<number>, per organisation'),
    status: z.enum(incidentStatuses),
    statusReason: z.string().nullable(),
    source: z.enum(['internal', 'external']),
    vulnerabilityReportId: z.string().nullable(),
    title: z.string(),
    description: z.string(),
    occurredAt: isoInstant.nullable(),
    discoveredAt: isoInstant.nullable(),
    systems: z.string().nullable(),
    personalDataSuspected: z.enum(personalDataAnswers).describe('The reporter’s answer'),
    reporterUserId: z.string().nullable(),
    reporterName: z.string().nullable(),
    reportedAt: isoInstant,
    category: z.enum(incidentCategories).nullable(),
    severity: z.enum(incidentSeverities).nullable(),
    affectsConfidentiality: z.boolean(),
    affectsIntegrity: z.boolean(),
    affectsAvailability: z.boolean(),
    nis2Significant: yesNo,
    suspectedMalicious: yesNo,
    crossBorder: yesNo,
    indicatorsOfCompromise: z.string().nullable(),
    patientSafetyImpact: yesNo,
    uthReference: z.string().nullable().describe('Reference of the patient-safety (UTH) report'),
    suspectedCrime: yesNo,
    location: z.string().nullable(),
    detectionMethod: z.string().nullable(),
    cause: z.string().nullable().describe('Type of threat or root cause'),
    impactDescription: z.string().nullable(),
    containment: z.string().nullable(),
    mitigation: z.string().nullable().describe('Mitigation applied and ongoing'),
    participants: z.string().nullable(),
    recurrence: z.string().nullable().describe('Can it happen again?'),
    relevantLogs: z.string().nullable(),
    endedAt: isoInstant.nullable().describe('When the incident itself ended (duration)'),
    triagedAt: isoInstant.nullable(),
    triagedByName: z.string().nullable(),
    awareAt: isoInstant.describe('When the organisation became aware; every clock starts here'),
    awareLocal: z.string(),
    awareSetByName: z.string(),
    awareSetAt: isoInstant,
    awareReason: z.string().nullable().describe('Why it was set or last changed'),
    personalDataBreach: yesNo,
    dataCategories: z.array(z.enum(dataCategories)),
    dataSubjectCategories: z.array(z.enum(dataSubjectCategories)),
    dataSubjectsApprox: z.number().int().nullable(),
    recordsApprox: z.number().int().nullable(),
    breachRisk: z.enum(breachRisks).nullable(),
    breachRiskReasoning: z.string().nullable(),
    likelyConsequences: z.string().nullable(),
    measuresTaken: z.string().nullable(),
    dpoContact: z.string().nullable(),
    dataSubjectsExemption: z.string().nullable().describe('Why data subjects are not told (Art. 34(3))'),
    breachAssessedAt: isoInstant.nullable(),
    breachAssessedByName: z.string().nullable(),
    dpoEscalatedAt: isoInstant.nullable(),
    resolvedAt: isoInstant.nullable().describe('Handling ended'),
    lessonsLearned: z.string().nullable(),
    closedAt: isoInstant.nullable(),
    closedByName: z.string().nullable(),
    deadlines: z.array(deadlineSchema),
    links: z.array(incidentLinkSchema),
    version: z.number().int(),
    createdAt: isoInstant,
    updatedAt: isoInstant,
    can: incidentCanSchema,
  })
  .meta({ id: 'Incident' });

export type Incident = z.infer<typeof incidentSchema>;

const bool = (value: boolean | number) => Boolean(value);
const maybeBool = (value: boolean | number | null) => (value === null ? null : Boolean(value));
const jsonList = <T extends string>(text: string, allowed: readonly T[]): T[] =>
  (JSON.parse(text) as string[]).filter((v): v is T => (allowed as readonly string[]).includes(v));

export function presentIncident(
  row: IncidentRow,
  extra: { deadlines: Deadline[]; links: IncidentLinksTable[] },
  viewer: Viewer,
): Incident {
  return {
    id: row.id,
    orgId: row.org_id,
    reference: referenceOf(row),
    status: row.status,
    statusReason: row.status_reason,
    source: row.source,
    vulnerabilityReportId: row.vulnerability_report_id,
    title: row.title,
    description: row.description,
    occurredAt: row.occurred_at,
    discoveredAt: row.discovered_at,
    systems: row.systems,
    personalDataSuspected: row.personal_data_suspected,
    reporterUserId: row.reporter_user_id,
    reporterName: row.reporter_name,
    reportedAt: row.reported_at,
    category: row.category,
    severity: row.severity,
    affectsConfidentiality: bool(row.affects_confidentiality),
    affectsIntegrity: bool(row.affects_integrity),
    affectsAvailability: bool(row.affects_availability),
    nis2Significant: maybeBool(row.nis2_significant),
    suspectedMalicious: maybeBool(row.suspected_malicious),
    crossBorder: maybeBool(row.cross_border),
    indicatorsOfCompromise: row.indicators_of_compromise,
    patientSafetyImpact: maybeBool(row.patient_safety_impact),
    uthReference: row.uth_reference,
    suspectedCrime: maybeBool(row.suspected_crime),
    location: row.location,
    detectionMethod: row.detection_method,
    cause: row.cause,
    impactDescription: row.impact_description,
    containment: row.containment,
    mitigation: row.mitigation,
    participants: row.participants,
    recurrence: row.recurrence,
    relevantLogs: row.relevant_logs,
    endedAt: row.ended_at,
    triagedAt: row.triaged_at,
    triagedByName: row.triaged_by_name,
    awareAt: row.aware_at,
    awareLocal: localTime(row.aware_at),
    awareSetByName: row.aware_set_by_name,
    awareSetAt: row.aware_set_at,
    awareReason: row.aware_reason,
    personalDataBreach: maybeBool(row.personal_data_breach),
    dataCategories: jsonList(row.data_categories, dataCategories),
    dataSubjectCategories: jsonList(row.data_subject_categories, dataSubjectCategories),
    dataSubjectsApprox: row.data_subjects_approx,
    recordsApprox: row.records_approx,
    breachRisk: row.breach_risk,
    breachRiskReasoning: row.breach_risk_reasoning,
    likelyConsequences: row.likely_consequences,
    measuresTaken: row.measures_taken,
    dpoContact: row.dpo_contact,
    dataSubjectsExemption: row.data_subjects_exemption,
    breachAssessedAt: row.breach_assessed_at,
    breachAssessedByName: row.breach_assessed_by_name,
    dpoEscalatedAt: row.dpo_escalated_at,
    resolvedAt: row.resolved_at,
    lessonsLearned: row.lessons_learned,
    closedAt: row.closed_at,
    closedByName: row.closed_by_name,
    deadlines: extra.deadlines,
    links: extra.links.map(presentLink),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    can: incidentCan(viewer.actor, viewer.org, row),
  };
}

/** One line of the incident list: enough to triage from, without the free text. */
export const incidentSummarySchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    reference: z.string(),
    title: z.string(),
    status: z.enum(incidentStatuses),
    source: z.enum(['internal', 'external']),
    category: z.enum(incidentCategories).nullable(),
    severity: z.enum(incidentSeverities).nullable(),
    personalDataSuspected: z.enum(personalDataAnswers),
    personalDataBreach: yesNo,
    nis2Significant: yesNo,
    reportedAt: isoInstant,
    awareAt: isoInstant,
    nextDeadline: deadlineSchema.nullable().describe('The open or late clock due first'),
    version: z.number().int(),
    can: incidentCanSchema,
  })
  .meta({ id: 'IncidentSummary' });

export type IncidentSummary = z.infer<typeof incidentSummarySchema>;

/** The clock that matters most now: late ones first, then the open one due soonest. */
export function nextDeadline(deadlines: readonly Deadline[]): Deadline | null {
  const running = deadlines.filter((d) => (d.status === 'open' || d.status === 'late') && !d.completedAt);
  const rank = (d: Deadline) => (d.dueAt ? Date.parse(d.dueAt) : Number.POSITIVE_INFINITY);
  return running.sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

export function presentIncidentSummary(
  row: IncidentRow,
  deadlines: readonly Deadline[],
  viewer: Viewer,
): IncidentSummary {
  return {
    id: row.id,
    orgId: row.org_id,
    reference: referenceOf(row),
    title: row.title,
    status: row.status,
    source: row.source,
    category: row.category,
    severity: row.severity,
    personalDataSuspected: row.personal_data_suspected,
    personalDataBreach: maybeBool(row.personal_data_breach),
    nis2Significant: maybeBool(row.nis2_significant),
    reportedAt: row.reported_at,
    awareAt: row.aware_at,
    nextDeadline: nextDeadline(deadlines),
    version: row.version,
    can: incidentCan(viewer.actor, viewer.org, row),
  };
}

/** What a reporter sees of their own report: its status, nothing of the handling. */
export const myIncidentReportSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    reference: z.string(),
    title: z.string(),
    reportedAt: isoInstant,
    status: z.enum(incidentStatuses),
    updatedAt: isoInstant,
  })
  .meta({ id: 'MyIncidentReport' });

export type MyIncidentReport = z.infer<typeof myIncidentReportSchema>;

export function presentMyReport(row: MyReportRow): MyIncidentReport {
  return {
    id: row.id,
    orgId: row.org_id,
    orgName: row.org_name,
    reference: referenceOf(row),
    title: row.title,
    reportedAt: row.reported_at,
    status: row.status,
    updatedAt: row.updated_at,
  };
}
