import type { Db } from '../../db/database.ts';
import { writeAudit } from '../../platform/audit.ts';
import { nowIso, todayLocal } from '../../platform/clock.ts';
import type { RequestContext } from '../../platform/context.ts';
import { sendMail } from '../../platform/mail/send-mail.ts';
import { recipientsOf, syncTaskBySource } from '../tasks/index.ts';
import type { Deadline } from './deadlines.rules.ts';
import { referenceOf } from './incidents.presenter.ts';
import { type IncidentRow, markEscalated, orgName } from './incidents.repository.ts';
import { addTimelineEntry } from './timeline-entries.service.ts';

export const ESCALATION_TASK_SOURCE = 'incident.dpo_escalation';

/** Personal data is involved when the reporter or the triage says so, or the breach is confirmed. */
export const involvesPersonalData = (row: IncidentRow) =>
  row.personal_data_suspected === 'yes' || Boolean(row.personal_data_breach);

export function incidentUrl(ctx: Pick<RequestContext, 'config'>, row: { org_id: string; id: string }) {
  return ctx.config.publicUrl
    ? `${ctx.config.publicUrl.replace(/\/$/, '')}/o/${row.org_id}/incidents/${row.id}`
    : undefined;
}

/**
 * Tells the organisation's DPOs at once, the first time personal data is marked as involved:
 * a task assigned to the DPO role (the in-app notice, in "my tasks") and an e-mail to each DPO
 * user, in their language. The mail names the reference, category, severity and times and links
 * to the incident; it never carries the free text or anything about the people concerned.
 */
export async function escalateToDpo(
  trx: Db,
  ctx: RequestContext,
  incident: IncidentRow,
  deadlines: readonly Deadline[],
): Promise<void> {
  if (incident.dpo_escalated_at || !involvesPersonalData(incident)) return;
  const reference = referenceOf(incident);
  const at = nowIso();
  await syncTaskBySource(trx, ctx, incident.org_id, `incident:${incident.id}:dpo_escalation`, {
    title: `Vurdér muligt brud på persondatasikkerheden: ${reference}`,
    description:
      'Hændelsen er markeret med, at personoplysninger kan være berørt. Vurdér om der er tale om et brud, risikoen for de registrerede, og om Datatilsynet og de registrerede skal underrettes.',
    assigneeRole: 'dpo',
    dueDate: todayLocal(),
    priority: 'high',
    entityType: 'incident',
    entityId: incident.id,
    source: ESCALATION_TASK_SOURCE,
    mode: 'create_only',
  });
  const dpos = await recipientsOf(trx, {
    org_id: incident.org_id,
    assignee_user_id: null,
    assignee_role: 'dpo',
  });
  const gdpr = deadlines.find((d) => d.kind === 'gdpr_authority' && d.status !== 'not_required');
  const name = await orgName(trx, incident.org_id);
  const url = incidentUrl(ctx, incident);
  for (const dpo of dpos) {
    await sendMail(trx, ctx, {
      to: dpo.email,
      template: 'incident_dpo_escalation',
      locale: dpo.locale,
      params: {
        orgName: name,
        reference,
        category: incident.category,
        severity: incident.severity,
        reportedAt: incident.reported_at,
        awareAt: incident.aware_at,
        gdprDueAt: gdpr?.dueAt ?? null,
        ...(url ? { url } : {}),
      },
      orgId: incident.org_id,
      dedupeKey: `incident_dpo_escalation:${incident.id}:${dpo.id}`,
    });
  }
  await markEscalated(trx, incident.id, at);
  await addTimelineEntry(trx, ctx, incident, {
    kind: 'dpo_escalation',
    text:
      dpos.length > 0
        ? `Eskaleret til databeskyttelsesrådgiveren (${dpos.length} modtager${dpos.length === 1 ? '' : 'e'}).`
        : 'Ingen databeskyttelsesrådgiver er knyttet til organisationen; opgaven ligger til rollen.',
    details: { recipients: dpos.length },
  });
  await writeAudit(trx, ctx, {
    orgId: incident.org_id,
    action: 'incident.dpo_escalated',
    entityType: 'incident',
    entityId: incident.id,
    after: { reference, recipients: dpos.length, at },
  });
}
