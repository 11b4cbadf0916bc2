import type { OrgRef } from '../../platform/access.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { recipientsOf } from '../tasks/index.ts';
import { listActions } from './actions.service.ts';
import { breachLogForExport } from './breach-log.service.ts';
import { breachLogPdf, breachLogXlsx, incidentReportPdf } from './exports.presenter.ts';
import { orgName } from './incidents.repository.ts';
import { type IncidentRow, presentFull, visibleIncident } from './incidents.service.ts';
import { listNotifications } from './notifications.service.ts';
import { allReportTexts, type ReportContext } from './report-texts.presenter.ts';
import { allTimeline } from './timeline.repository.ts';
import { presentTimelineEntry } from './timeline-entries.service.ts';

async function reportContext(
  ctx: RequestContext,
  actor: Actor,
  org: OrgRef,
  incident: IncidentRow,
): Promise<ReportContext> {
  const dpos = await recipientsOf(ctx.db, {
    org_id: incident.org_id,
    assignee_user_id: null,
    assignee_role: 'dpo',
  });
  return {
    incident: await presentFull(ctx.db, incident, { actor, org }),
    orgName: await orgName(ctx.db, incident.org_id),
    notifications: (await listNotifications(ctx, actor, incident.org_id, incident.id)).items,
    dpoFallback: dpos.length ? dpos.map((d) => `${d.name}, ${d.email}`).join('; ') : null,
  };
}

/** The Danish texts for Datatilsynet and the NIS2 authority, with what is still missing. */
export async function reportTexts(ctx: RequestContext, actor: Actor, orgId: string, incidentId: string) {
  const { org, incident } = await visibleIncident(ctx, actor, orgId, incidentId);
  const context = await reportContext(ctx, actor, org, incident);
  return {
    reference: context.incident.reference,
    generatedAt: new Date().toISOString(),
    texts: allReportTexts(context),
  };
}

export async function incidentPdf(ctx: RequestContext, actor: Actor, orgId: string, incidentId: string) {
  const { org, incident } = await visibleIncident(ctx, actor, orgId, incidentId);
  const context = await reportContext(ctx, actor, org, incident);
  const bytes = await incidentReportPdf({
    incident: context.incident,
    orgName: context.orgName,
    notifications: context.notifications,
    actions: (await listActions(ctx, actor, orgId, incidentId)).items,
    timeline: (await allTimeline(ctx.db, incident.id)).map(presentTimelineEntry),
    texts: allReportTexts(context),
  });
  return { reference: context.incident.reference, bytes };
}

export async function breachLogExport(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  format: 'xlsx' | 'pdf',
  subtree: boolean,
) {
  const { org, entries } = await breachLogForExport(ctx, actor, orgId, subtree);
  const bytes =
    format === 'xlsx' ? await breachLogXlsx(org.name, entries) : await breachLogPdf(org.name, entries);
  return { bytes, count: entries.length };
}
