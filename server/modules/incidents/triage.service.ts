import type { Updateable } from 'kysely';
import { breachRiskLabels, categoryLabels, severityLabels, statusLabels } from '../../catalog/incidents.ts';
import type { IncidentStatus, IncidentsTable } from '../../db/schema.ts';
import { nowIso } from '../../platform/clock.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { danishKey } from '../../platform/danish-text.ts';
import { invalid } from '../../platform/errors.ts';
import { assertNoUnacknowledgedCpr } from './cpr.rules.ts';
import { localTime } from './deadlines.rules.ts';
import { incidentsPolicy } from './incidents.policy.ts';
import type { AwarenessInput, BreachInput, StatusInput, TriageInput } from './incidents.schemas.ts';
import { presentFull, saveIncident, settle, visibleIncident } from './incidents.service.ts';
import { assertNotInFuture, cleanText, toUtc } from './input.rules.ts';
import { addTimelineEntry } from './timeline-entries.service.ts';

type Changes = Omit<Updateable<IncidentsTable>, 'id' | 'org_id' | 'version'>;

/** Free-text fields of the triage form: trimmed, checked for CPR numbers. */
const textColumns = {
  systems: 'systems',
  indicatorsOfCompromise: 'indicators_of_compromise',
  uthReference: 'uth_reference',
  location: 'location',
  detectionMethod: 'detection_method',
  cause: 'cause',
  impactDescription: 'impact_description',
  containment: 'containment',
  mitigation: 'mitigation',
  participants: 'participants',
  recurrence: 'recurrence',
  relevantLogs: 'relevant_logs',
  lessonsLearned: 'lessons_learned',
} as const satisfies Partial<Record<keyof TriageInput, keyof IncidentsTable>>;

const valueColumns = {
  personalDataSuspected: 'personal_data_suspected',
  category: 'category',
  severity: 'severity',
  affectsConfidentiality: 'affects_confidentiality',
  affectsIntegrity: 'affects_integrity',
  affectsAvailability: 'affects_availability',
  nis2Significant: 'nis2_significant',
  suspectedMalicious: 'suspected_malicious',
  crossBorder: 'cross_border',
  patientSafetyImpact: 'patient_safety_impact',
  suspectedCrime: 'suspected_crime',
} as const satisfies Partial<Record<keyof TriageInput, keyof IncidentsTable>>;

const timeColumns = {
  occurredAt: 'occurred_at',
  discoveredAt: 'discovered_at',
  endedAt: 'ended_at',
} as const satisfies Partial<Record<keyof TriageInput, keyof IncidentsTable>>;

/** The fields whose change starts the handling (moves a fresh report to "in progress"). */
const classificationFields: readonly (keyof TriageInput)[] = [
  'category',
  'severity',
  'affectsConfidentiality',
  'affectsIntegrity',
  'affectsAvailability',
  'nis2Significant',
  'patientSafetyImpact',
];

const yesNo = (value: boolean | null | undefined) =>
  value === null ? 'ikke vurderet' : value ? 'ja' : 'nej';

/** Triage and the facts of the incident: the security officer's form. */
export async function triageIncident(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  id: string,
  input: TriageInput,
) {
  const { org, incident } = await visibleIncident(ctx, actor, orgId, id, incidentsPolicy.manage);
  const texts: Record<string, string | null | undefined> = {
    title: input.title,
    description: input.description,
  };
  for (const key of Object.keys(textColumns) as (keyof typeof textColumns)[]) texts[key] = input[key];
  assertNoUnacknowledgedCpr(texts, input.acknowledgeCpr);
  assertNotInFuture({
    occurredAt: input.occurredAt,
    discoveredAt: input.discoveredAt,
    endedAt: input.endedAt,
  });

  const changes: Record<string, unknown> = {};
  const changed: string[] = [];
  if (input.title !== undefined) {
    changes.title = input.title.trim();
    changes.title_key = danishKey(input.title);
    changed.push('title');
  }
  if (input.description !== undefined) {
    changes.description = input.description.trim();
    changed.push('description');
  }
  for (const [field, column] of Object.entries(textColumns)) {
    const value = input[field as keyof typeof textColumns];
    if (value === undefined) continue;
    changes[column] = cleanText(value);
    changed.push(field);
  }
  for (const [field, column] of Object.entries(timeColumns)) {
    const value = input[field as keyof typeof timeColumns];
    if (value === undefined) continue;
    changes[column] = toUtc(value);
    changed.push(field);
  }
  for (const [field, column] of Object.entries(valueColumns)) {
    const value = input[field as keyof typeof valueColumns];
    if (value === undefined) continue;
    changes[column] = value;
    changed.push(field);
  }
  const classifying = classificationFields.some((field) => input[field] !== undefined);
  if (classifying) {
    changes.triaged_at = nowIso();
    changes.triaged_by_name = actor.name;
    if (incident.status === 'reported') changes.status = 'in_progress';
  }

  const summary = [
    input.category !== undefined
      ? `kategori: ${input.category ? categoryLabels[input.category].da : 'ingen'}`
      : null,
    input.severity !== undefined
      ? `alvorlighed: ${input.severity ? severityLabels[input.severity].da : 'ingen'}`
      : null,
    input.nis2Significant !== undefined ? `NIS2-væsentlig: ${yesNo(input.nis2Significant)}` : null,
    input.patientSafetyImpact !== undefined
      ? `patientsikkerhed påvirket: ${yesNo(input.patientSafetyImpact)}`
      : null,
    input.suspectedCrime !== undefined
      ? `mistanke om strafbart forhold: ${yesNo(input.suspectedCrime)}`
      : null,
  ].filter(Boolean);

  return ctx.db.transaction().execute(async (trx) => {
    const saved = await saveIncident(
      trx,
      ctx,
      incident,
      input.version,
      changes as Changes,
      'incident.triaged',
    );
    if (changed.length) {
      await addTimelineEntry(trx, ctx, saved, {
        kind: 'triage',
        text: summary.length ? `Vurdering opdateret (${summary.join('; ')}).` : 'Oplysninger opdateret.',
        details: { fields: changed },
      });
    }
    if (changes.status === 'in_progress') {
      await addTimelineEntry(trx, ctx, saved, {
        kind: 'status',
        text: `Status: ${statusLabels.reported.da} → ${statusLabels.in_progress.da}.`,
        details: { from: 'reported', to: 'in_progress' },
      });
    }
    return presentFull(trx, await settle(trx, ctx, saved), { actor, org });
  });
}

/**
 * The breach assessment (GDPR Art. 33-34): breach or not, what data and whom, the risk, and
 * the reasoning when judged unlikely to result in a risk (recorded instead of a notification;
 * the breach stays in the breach log either way, Art. 33(5)).
 */
export async function assessBreach(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  id: string,
  input: BreachInput,
) {
  const { org, incident } = await visibleIncident(ctx, actor, orgId, id, incidentsPolicy.handlePrivacy);
  assertNoUnacknowledgedCpr(
    {
      breachRiskReasoning: input.breachRiskReasoning,
      likelyConsequences: input.likelyConsequences,
      measuresTaken: input.measuresTaken,
      dataSubjectsExemption: input.dataSubjectsExemption,
    },
    input.acknowledgeCpr,
  );
  const breach =
    input.personalDataBreach !== undefined
      ? input.personalDataBreach
      : incident.personal_data_breach === null
        ? null
        : Boolean(incident.personal_data_breach);
  const risk = input.breachRisk !== undefined ? input.breachRisk : incident.breach_risk;
  const reasoning =
    input.breachRiskReasoning !== undefined
      ? cleanText(input.breachRiskReasoning)
      : incident.breach_risk_reasoning;
  if (breach !== true && input.breachRisk) {
    throw invalid('incident_breach_not_confirmed', [
      { path: 'breachRisk', code: 'incident_breach_not_confirmed' },
    ]);
  }
  if (breach === true && risk === 'none' && !reasoning) {
    throw invalid('incident_breach_reasoning_required', [
      { path: 'breachRiskReasoning', code: 'incident_breach_reasoning_required' },
    ]);
  }
  const changes: Changes = {
    breach_assessed_at: nowIso(),
    breach_assessed_by_name: actor.name,
    ...(input.personalDataBreach !== undefined ? { personal_data_breach: input.personalDataBreach } : {}),
    ...(input.dataCategories !== undefined
      ? { data_categories: JSON.stringify([...new Set(input.dataCategories)]) }
      : {}),
    ...(input.dataSubjectCategories !== undefined
      ? { data_subject_categories: JSON.stringify([...new Set(input.dataSubjectCategories)]) }
      : {}),
    ...(input.dataSubjectsApprox !== undefined ? { data_subjects_approx: input.dataSubjectsApprox } : {}),
    ...(input.recordsApprox !== undefined ? { records_approx: input.recordsApprox } : {}),
    ...(input.breachRisk !== undefined ? { breach_risk: input.breachRisk } : {}),
    ...(input.breachRiskReasoning !== undefined
      ? { breach_risk_reasoning: cleanText(input.breachRiskReasoning) }
      : {}),
    ...(input.likelyConsequences !== undefined
      ? { likely_consequences: cleanText(input.likelyConsequences) }
      : {}),
    ...(input.measuresTaken !== undefined ? { measures_taken: cleanText(input.measuresTaken) } : {}),
    ...(input.dpoContact !== undefined ? { dpo_contact: cleanText(input.dpoContact) } : {}),
    ...(input.dataSubjectsExemption !== undefined
      ? { data_subjects_exemption: cleanText(input.dataSubjectsExemption) }
      : {}),
  };
  return ctx.db.transaction().execute(async (trx) => {
    const saved = await saveIncident(trx, ctx, incident, input.version, changes, 'incident.breach_assessed');
    const parts = [
      `brud på persondatasikkerheden: ${yesNo(breach)}`,
      breach && risk ? `risiko: ${breachRiskLabels[risk].da.toLowerCase()}` : null,
    ].filter(Boolean);
    await addTimelineEntry(trx, ctx, saved, {
      kind: 'breach_assessment',
      text: `Bruddet vurderet (${parts.join('; ')}).`,
      details: { personalDataBreach: breach, breachRisk: risk },
    });
    return presentFull(trx, await settle(trx, ctx, saved), { actor, org });
  });
}

/**
 * Corrects when the organisation became aware. Every clock follows; the change keeps who made
 * it and why (timeline and audit log).
 */
export async function setAwareness(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  id: string,
  input: AwarenessInput,
) {
  const { org, incident } = await visibleIncident(ctx, actor, orgId, id, incidentsPolicy.handlePrivacy);
  const reason = cleanText(input.reason);
  if (!reason) {
    throw invalid('incident_awareness_reason_required', [
      { path: 'reason', code: 'incident_awareness_reason_required' },
    ]);
  }
  assertNotInFuture({ awareAt: input.awareAt });
  const awareAt = toUtc(input.awareAt) as string;
  return ctx.db.transaction().execute(async (trx) => {
    const saved = await saveIncident(
      trx,
      ctx,
      incident,
      input.version,
      {
        aware_at: awareAt,
        aware_set_by: actor.id,
        aware_set_by_name: actor.name,
        aware_set_at: nowIso(),
        aware_reason: reason,
      },
      'incident.awareness_changed',
    );
    await addTimelineEntry(trx, ctx, saved, {
      kind: 'awareness',
      text: `Tidspunkt for kendskab ændret fra ${localTime(incident.aware_at)} til ${localTime(awareAt)}. Begrundelse: ${reason}`,
      details: { from: incident.aware_at, to: awareAt },
    });
    return presentFull(trx, await settle(trx, ctx, saved), { actor, org });
  });
}

/** Where an incident may go from each status. Reopening is always possible, with a reason. */
const transitions: Record<IncidentStatus, readonly IncidentStatus[]> = {
  reported: ['in_progress', 'resolved', 'dismissed'],
  in_progress: ['resolved', 'closed', 'dismissed'],
  resolved: ['in_progress', 'closed'],
  closed: ['in_progress'],
  dismissed: ['in_progress'],
};

export async function changeStatus(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  id: string,
  input: StatusInput,
) {
  const { org, incident } = await visibleIncident(ctx, actor, orgId, id, incidentsPolicy.manage);
  const from = incident.status;
  const to = input.status;
  if (!transitions[from].includes(to)) {
    throw invalid('incident_status_transition', [{ path: 'status', code: 'incident_status_transition' }], {
      from: `@incident_status.${from}`,
      to: `@incident_status.${to}`,
    });
  }
  const reason = cleanText(input.reason) ?? null;
  const now = nowIso();
  assertNotInFuture({ resolvedAt: input.resolvedAt });
  let changes: Changes = { status: to };
  if (to === 'dismissed') {
    if (!reason)
      throw invalid('incident_dismiss_reason_required', [
        { path: 'reason', code: 'incident_dismiss_reason_required' },
      ]);
    changes = { ...changes, status_reason: reason };
  } else if (to === 'resolved') {
    changes = { ...changes, resolved_at: toUtc(input.resolvedAt) ?? now, status_reason: reason };
  } else if (to === 'closed') {
    const lessons = cleanText(input.lessonsLearned) ?? incident.lessons_learned;
    if (!lessons) {
      throw invalid('incident_lessons_learned_required', [
        { path: 'lessonsLearned', code: 'incident_lessons_learned_required' },
      ]);
    }
    assertNoUnacknowledgedCpr({ lessonsLearned: input.lessonsLearned }, input.acknowledgeCpr);
    changes = {
      ...changes,
      lessons_learned: lessons,
      resolved_at: incident.resolved_at ?? toUtc(input.resolvedAt) ?? now,
      closed_at: now,
      closed_by_name: actor.name,
      status_reason: reason,
    };
  } else if (to === 'in_progress') {
    if ((from === 'closed' || from === 'dismissed') && !reason) {
      throw invalid('incident_reopen_reason_required', [
        { path: 'reason', code: 'incident_reopen_reason_required' },
      ]);
    }
    changes = {
      ...changes,
      resolved_at: null,
      closed_at: null,
      closed_by_name: null,
      status_reason: reason,
      ...(incident.triaged_at ? {} : { triaged_at: now, triaged_by_name: actor.name }),
    };
  }
  return ctx.db.transaction().execute(async (trx) => {
    const saved = await saveIncident(trx, ctx, incident, input.version, changes, 'incident.status_changed');
    await addTimelineEntry(trx, ctx, saved, {
      kind: 'status',
      text: `Status: ${statusLabels[from].da} → ${statusLabels[to].da}.${reason ? ` Begrundelse: ${reason}` : ''}`,
      details: { from, to },
    });
    return presentFull(trx, await settle(trx, ctx, saved), { actor, org });
  });
}
