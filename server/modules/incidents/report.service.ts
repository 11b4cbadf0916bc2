import type { Db } from '../../db/database.ts';
import type { OrganisationRow } from '../../db/schema.ts';
import { requireOrg } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { nowIso, TIME_ZONE } from '../../platform/clock.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { danishKey } from '../../platform/danish-text.ts';
import { newId } from '../../platform/ids.ts';
import { decodeCursor, pageOf } from '../../platform/pagination.ts';
import { assertNoUnacknowledgedCpr } from './cpr.rules.ts';
import { type MyIncidentReport, presentMyReport, referenceOf } from './incidents.presenter.ts';
import * as repo from './incidents.repository.ts';
import type { ReportInput } from './incidents.schemas.ts';
import { auditView, type IncidentRow, loadIncident, settle } from './incidents.service.ts';
import { assertNotInFuture, cleanText, toUtc } from './input.rules.ts';
import { addTimelineEntry } from './timeline-entries.service.ts';

export type NewIncident = {
  title: string;
  description: string;
  discoveredAt: string | null;
  occurredAt: string | null;
  systems: string | null;
  personalData: 'yes' | 'no' | 'unknown';
  source: 'internal' | 'external';
  vulnerabilityReportId?: string | null;
  /** Who reported it; null for external reports (the officer who accepted them sets the clock). */
  reporter: Actor | null;
};

/**
 * Report an incident: the short form every member can fill in within a minute. The awareness
 * time starts as the moment the reporter noticed it (the organisation knew through its
 * employee) or, without one, the moment of the report; the officer may correct it with a reason.
 */
export async function reportIncident(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  input: ReportInput,
): Promise<MyIncidentReport> {
  const org = await requireOrg(ctx, actor, orgId, 'incidents.report');
  assertNoUnacknowledgedCpr(
    { title: input.title, description: input.description, systems: input.systems },
    input.acknowledgeCpr,
  );
  assertNotInFuture({ discoveredAt: input.discoveredAt, occurredAt: input.occurredAt });
  return ctx.db.transaction().execute(async (trx) => {
    const incident = await createIncident(trx, ctx, org, {
      title: input.title.trim(),
      description: input.description.trim(),
      discoveredAt: toUtc(input.discoveredAt) ?? null,
      occurredAt: toUtc(input.occurredAt) ?? null,
      systems: cleanText(input.systems) ?? null,
      personalData: input.personalData,
      source: 'internal',
      reporter: actor,
    });
    return presentMyReport({ ...incident, org_name: org.name });
  });
}

/** Creates the incident with its reference number, timeline entry and audit event; then settles it. */
export async function createIncident(
  trx: Db,
  ctx: RequestContext,
  org: OrganisationRow,
  input: NewIncident,
): Promise<IncidentRow> {
  const reportedAt = nowIso();
  const local = Temporal.Instant.from(reportedAt).toZonedDateTimeISO(TIME_ZONE);
  const number = await repo.nextIncidentNumber(trx, org.id, local.year);
  const noticed = input.discoveredAt && input.discoveredAt < reportedAt ? input.discoveredAt : reportedAt;
  const setBy = ctx.actor;
  const id = newId();
  await repo.insertIncident(trx, {
    id,
    org_id: org.id,
    year: local.year,
    number,
    title: input.title,
    title_key: danishKey(input.title),
    description: input.description,
    occurred_at: input.occurredAt,
    discovered_at: input.discoveredAt,
    systems: input.systems,
    personal_data_suspected: input.personalData,
    source: input.source,
    vulnerability_report_id: input.vulnerabilityReportId ?? null,
    reporter_user_id: input.reporter?.id ?? null,
    reporter_name: input.reporter?.name ?? null,
    reported_at: reportedAt,
    reported_month: `${local.year}-${String(local.month).padStart(2, '0')}`,
    status: 'reported',
    status_reason: null,
    aware_at: noticed,
    aware_set_by: setBy?.id ?? null,
    aware_set_by_name: setBy?.name ?? 'Skjold',
    aware_set_at: reportedAt,
    aware_reason:
      input.source === 'external'
        ? 'Sat automatisk: tidspunktet, hvor den eksterne henvendelse blev modtaget.'
        : input.discoveredAt
          ? 'Sat automatisk: tidspunktet, hvor anmelderen opdagede hændelsen.'
          : 'Sat automatisk: tidspunktet for anmeldelsen.',
    version: 1,
    created_at: reportedAt,
    updated_at: reportedAt,
  });
  const incident = await loadIncident(trx, org.id, id);
  await addTimelineEntry(trx, ctx, incident, {
    kind: 'reported',
    text: `Anmeldt som ${referenceOf(incident)}.`,
    details: { source: input.source, personalDataSuspected: input.personalData },
  });
  await writeAudit(trx, ctx, {
    orgId: org.id,
    action: 'incident.reported',
    entityType: 'incident',
    entityId: id,
    after: auditView(incident),
  });
  return settle(trx, ctx, incident);
}

/** "My reports": what I reported, in every organisation, with its status and nothing else. */
export async function listMyReports(
  ctx: RequestContext,
  actor: Actor,
  query: { limit: number; cursor?: string },
): Promise<{ items: MyIncidentReport[]; nextCursor: string | null }> {
  const rows = await repo.listReportsBy(ctx.db, actor.id, {
    cursor: query.cursor ? decodeCursor(query.cursor, 2) : undefined,
    limit: query.limit,
  });
  const page = pageOf(rows, query.limit, (row) => [row.reported_at, row.id]);
  return { items: page.items.map(presentMyReport), nextCursor: page.nextCursor };
}
