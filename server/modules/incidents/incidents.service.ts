import type { Updateable } from 'kysely';
import type { RecipientCode } from '../../catalog/incidents.ts';
import type { Db } from '../../db/database.ts';
import type { IncidentsTable, OrganisationRow } from '../../db/schema.ts';
import { type OrgRef, readableSubtree, requireOrg } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { nowIso } from '../../platform/clock.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { notFound, versionConflict } from '../../platform/errors.ts';
import { decodeCursor, pageOf } from '../../platform/pagination.ts';
import { syncDeadlineTasks } from './deadline-tasks.service.ts';
import {
  computeDeadlines,
  type Deadline,
  type DeadlineFacts,
  type SentNotification,
} from './deadlines.rules.ts';
import { escalateToDpo } from './dpo-escalation.service.ts';
import { incidentsPolicy } from './incidents.policy.ts';
import { presentIncident, presentIncidentSummary, referenceOf, type Viewer } from './incidents.presenter.ts';
import * as repo from './incidents.repository.ts';
import type { IncidentListQuery, RunningDeadlinesQuery } from './incidents.schemas.ts';
import { linksOf } from './links.repository.ts';
import { sentNotificationsOf } from './notifications.repository.ts';

export type IncidentRow = repo.IncidentRow;
type PolicyCheck = (actor: Actor, org: OrganisationRow, incident: IncidentRow) => void;

export async function loadIncident(db: Db, orgId: string, id: string): Promise<IncidentRow> {
  const incident = await repo.findIncident(db, orgId, id);
  if (!incident) throw notFound();
  return incident;
}

/** The organisation (visible to the actor) and the incident, after the given policy check. */
export async function visibleIncident(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  id: string,
  check: PolicyCheck = incidentsPolicy.read,
) {
  const org = await requireOrg(ctx, actor, orgId);
  const incident = await repo.findIncident(ctx.db, org.id, id);
  if (!incident) throw notFound();
  check(actor, org, incident);
  return { org, incident };
}

export const factsOf = (row: IncidentRow): DeadlineFacts => ({
  status: row.status,
  awareAt: row.aware_at,
  personalDataSuspected: row.personal_data_suspected,
  personalDataBreach: row.personal_data_breach === null ? null : Boolean(row.personal_data_breach),
  breachRisk: row.breach_risk,
  dataSubjectsExemption: row.data_subjects_exemption,
  nis2Significant: row.nis2_significant === null ? null : Boolean(row.nis2_significant),
  suspectedCrime: row.suspected_crime === null ? null : Boolean(row.suspected_crime),
  resolvedAt: row.resolved_at,
});

/** The clocks of several incidents with one query for their notifications. */
export async function deadlinesOf(
  db: Db,
  rows: readonly IncidentRow[],
  now: Date = new Date(),
): Promise<Map<string, Deadline[]>> {
  const sent = await sentNotificationsOf(
    db,
    rows.map((row) => row.id),
  );
  const byIncident = new Map<string, SentNotification[]>();
  for (const n of sent) {
    const list = byIncident.get(n.incident_id) ?? [];
    list.push({ recipient: n.recipient as RecipientCode, stage: n.stage, sentAt: n.sent_at });
    byIncident.set(n.incident_id, list);
  }
  return new Map(
    rows.map((row) => [row.id, computeDeadlines(factsOf(row), byIncident.get(row.id) ?? [], now)]),
  );
}

export async function deadlinesFor(db: Db, row: IncidentRow, now: Date = new Date()): Promise<Deadline[]> {
  return (await deadlinesOf(db, [row], now)).get(row.id) ?? [];
}

export async function presentFull(db: Db, row: IncidentRow, viewer: Viewer) {
  return presentIncident(
    row,
    { deadlines: await deadlinesFor(db, row), links: await linksOf(db, row.id) },
    viewer,
  );
}

/**
 * Writes a change with the version check and its audit event; the caller's transaction then
 * settles the consequences (clocks, tasks, DPO escalation).
 */
export async function saveIncident(
  trx: Db,
  ctx: RequestContext,
  incident: IncidentRow,
  version: number,
  changes: Omit<Updateable<IncidentsTable>, 'id' | 'org_id' | 'version'>,
  action: string,
): Promise<IncidentRow> {
  const saved = await repo.updateIncident(trx, incident.id, version, { ...changes, updated_at: nowIso() });
  if (!saved) throw versionConflict();
  const after = await loadIncident(trx, incident.org_id, incident.id);
  await writeAudit(trx, ctx, {
    orgId: incident.org_id,
    action,
    entityType: 'incident',
    entityId: incident.id,
    before: auditView(incident),
    after: auditView(after),
  });
  return after;
}

/**
 * What the audit log keeps of an incident: the reference and the fields that are not free
 * text, so the hash-chained log never holds the description of what happened to whom.
 */
export function auditView(row: IncidentRow) {
  return {
    reference: referenceOf(row),
    status: row.status,
    statusReason: row.status_reason,
    category: row.category,
    severity: row.severity,
    confidentiality: Boolean(row.affects_confidentiality),
    integrity: Boolean(row.affects_integrity),
    availability: Boolean(row.affects_availability),
    personalDataSuspected: row.personal_data_suspected,
    personalDataBreach: row.personal_data_breach === null ? null : Boolean(row.personal_data_breach),
    breachRisk: row.breach_risk,
    dataSubjectsApprox: row.data_subjects_approx,
    recordsApprox: row.records_approx,
    nis2Significant: row.nis2_significant === null ? null : Boolean(row.nis2_significant),
    patientSafetyImpact: row.patient_safety_impact === null ? null : Boolean(row.patient_safety_impact),
    suspectedCrime: row.suspected_crime === null ? null : Boolean(row.suspected_crime),
    awareAt: row.aware_at,
    awareSetBy: row.aware_set_by_name,
    awareReason: row.aware_reason,
    resolvedAt: row.resolved_at,
    closedAt: row.closed_at,
    version: row.version,
  };
}

/** After every change: keep the deadline tasks in step and escalate to the DPO when due. */
export async function settle(trx: Db, ctx: RequestContext, incident: IncidentRow): Promise<IncidentRow> {
  const deadlines = await deadlinesFor(trx, incident);
  await syncDeadlineTasks(trx, ctx, incident, deadlines);
  await escalateToDpo(trx, ctx, incident, deadlines);
  return loadIncident(trx, incident.org_id, incident.id);
}

/** The organisation, or with `subtree` it and every descendant where the actor reads incidents. */
export async function readableOrgs(
  ctx: RequestContext,
  actor: Actor,
  org: OrganisationRow,
  subtree: boolean,
): Promise<OrgRef[]> {
  if (!subtree) return [org];
  return readableSubtree(ctx, actor, org, 'incidents.read');
}

/** The ids of `readableOrgs`. */
export async function readableOrgIds(
  ctx: RequestContext,
  actor: Actor,
  org: OrganisationRow,
  subtree: boolean,
): Promise<string[]> {
  return (await readableOrgs(ctx, actor, org, subtree)).map((o) => o.id);
}

export async function listIncidents(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  query: IncidentListQuery,
) {
  const org = await requireOrg(ctx, actor, orgId, 'incidents.read');
  const orgs = new Map((await readableOrgs(ctx, actor, org, query.subtree ?? false)).map((o) => [o.id, o]));
  const rows = await repo.listIncidents(ctx.db, [...orgs.keys()], {
    dialect: ctx.dialect,
    status: query.status,
    severity: query.severity,
    category: query.category,
    personalDataBreach: query.personalDataBreach,
    q: query.q,
    direction: query.direction,
    cursor: query.cursor ? decodeCursor(query.cursor, 2) : undefined,
    limit: query.limit,
  });
  const page = pageOf(rows, query.limit, (row) => [row.reported_at, row.id]);
  const deadlines = await deadlinesOf(ctx.db, page.items);
  return {
    items: page.items.map((row) =>
      presentIncidentSummary(row, deadlines.get(row.id) ?? [], { actor, org: orgs.get(row.org_id) ?? org }),
    ),
    nextCursor: page.nextCursor,
  };
}

export async function getIncident(ctx: RequestContext, actor: Actor, orgId: string, id: string) {
  const { org, incident } = await visibleIncident(ctx, actor, orgId, id);
  return presentFull(ctx.db, incident, { actor, org });
}

/**
 * The dashboard's countdowns: every running clock of the open incidents, late ones first, then
 * by due time; ready for live countdowns (dueAt, dueLocal, secondsRemaining).
 */
export async function listRunningDeadlines(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  query: RunningDeadlinesQuery,
) {
  const org = await requireOrg(ctx, actor, orgId, 'incidents.read');
  const orgIds = await readableOrgIds(ctx, actor, org, query.subtree ?? false);
  const rows = await repo.openIncidentsOf(ctx.db, orgIds, 1000);
  const now = new Date();
  const deadlines = await deadlinesOf(ctx.db, rows, now);
  const items = rows.flatMap((row) =>
    (deadlines.get(row.id) ?? [])
      .filter((d) => (d.status === 'open' || d.status === 'late') && !d.completedAt)
      .filter((d) => query.includeProvisional !== false || !d.provisional)
      .map((d) => ({
        incidentId: row.id,
        orgId: row.org_id,
        reference: referenceOf(row),
        title: row.title,
        severity: row.severity,
        ...d,
      })),
  );
  const rank = (d: Deadline) => (d.dueAt ? Date.parse(d.dueAt) : Number.POSITIVE_INFINITY);
  items.sort((a, b) => rank(a) - rank(b));
  return { now: now.toISOString(), items };
}
