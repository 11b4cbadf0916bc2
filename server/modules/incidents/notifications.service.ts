import { z } from 'zod';
import {
  type DeadlineKind,
  notificationRecipients,
  notificationStages,
  recipientLabels,
  type StageCode,
  stageLabels,
  stagesByRecipient,
} from '../../catalog/incidents.ts';
import type { OrgRef } from '../../platform/access.ts';
import { isoInstant } from '../../platform/api-schemas.ts';
import { writeAudit } from '../../platform/audit.ts';
import { nowIso } from '../../platform/clock.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { invalid, notFound, versionConflict } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { assertNoUnacknowledgedCpr } from './cpr.rules.ts';
import { type Deadline, deadlineKindFor, localTime } from './deadlines.rules.ts';
import type { NotificationInput, NotificationUpdate } from './incident-records.schemas.ts';
import { incidentsPolicy, notificationCan, notificationCanSchema } from './incidents.policy.ts';
import { deadlinesFor, type IncidentRow, settle, visibleIncident } from './incidents.service.ts';
import { assertNotInFuture, cleanText, toUtc } from './input.rules.ts';
import * as repo from './notifications.repository.ts';
import { addTimelineEntry } from './timeline-entries.service.ts';

export const notificationSchema = z
  .object({
    id: z.string(),
    incidentId: z.string(),
    recipient: z.enum(notificationRecipients),
    stage: z.enum(notificationStages).nullable(),
    recipientDetail: z.string().nullable().describe('E.g. the supplier’s name or the police district'),
    sentAt: isoInstant,
    sentLocal: z.string(),
    sentByName: z.string(),
    recordedByName: z.string(),
    reference: z.string().nullable().describe('The recipient’s case or journal number'),
    summary: z.string().nullable(),
    delayReason: z.string().nullable(),
    deadline: z.string().nullable().describe('The clock this notification answers'),
    dueAt: isoInstant.nullable(),
    late: z.boolean().describe('Sent after the clock it answers'),
    attachments: z.array(
      z.object({ id: z.string(), name: z.string(), contentType: z.string(), size: z.number().int() }),
    ),
    version: z.number().int(),
    createdAt: isoInstant,
    updatedAt: isoInstant,
    can: notificationCanSchema,
  })
  .meta({ id: 'IncidentNotification' });

export type IncidentNotification = z.infer<typeof notificationSchema>;

type Attachment = Awaited<ReturnType<typeof repo.attachmentsOf>>[number];
type Viewer = { actor: Actor; org: OrgRef; incident: IncidentRow };

function present(
  row: repo.NotificationRow,
  deadlines: readonly Deadline[],
  attachments: readonly Attachment[],
  viewer: Viewer,
): IncidentNotification {
  const kind = deadlineKindFor(row.recipient, row.stage);
  const clock = kind ? deadlines.find((d) => d.kind === kind) : undefined;
  const dueAt = clock && clock.status !== 'not_required' ? clock.dueAt : null;
  return {
    id: row.id,
    incidentId: row.incident_id,
    recipient: row.recipient,
    stage: row.stage as StageCode | null,
    recipientDetail: row.recipient_detail,
    sentAt: row.sent_at,
    sentLocal: localTime(row.sent_at),
    sentByName: row.sent_by_name,
    recordedByName: row.recorded_by_name,
    reference: row.reference,
    summary: row.summary,
    delayReason: row.delay_reason,
    deadline: kind,
    dueAt,
    late: dueAt !== null && Date.parse(row.sent_at) > Date.parse(dueAt),
    attachments: attachments
      .filter((a) => a.entity_id === row.id)
      .map((a) => ({ id: a.id, name: a.name, contentType: a.content_type, size: Number(a.size) })),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    can: notificationCan(viewer.actor, viewer.org, viewer.incident, row.recipient),
  };
}

export async function listNotifications(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  incidentId: string,
) {
  const { org, incident } = await visibleIncident(ctx, actor, orgId, incidentId);
  const rows = await repo.listNotifications(ctx.db, incident.id);
  const deadlines = await deadlinesFor(ctx.db, incident);
  const attachments = await repo.attachmentsOf(
    ctx.db,
    incident.org_id,
    rows.map((r) => r.id),
  );
  return { items: rows.map((row) => present(row, deadlines, attachments, { actor, org, incident })) };
}

/**
 * Records that a notification was sent: to whom, when, by whom, the recipient's reference and
 * the file that went out. One sent after its clock ran out must give the reason for the delay
 * (GDPR Art. 33(1) asks for it in the notification itself).
 */
export async function recordNotification(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  incidentId: string,
  input: NotificationInput,
) {
  const { org, incident } = await visibleIncident(ctx, actor, orgId, incidentId, (a, o, inc) =>
    incidentsPolicy.notify(a, o, inc, input.recipient),
  );
  const stages = stagesByRecipient[input.recipient];
  const stage = input.stage ?? null;
  if (stages.length === 0 ? stage !== null : stage === null || !stages.includes(stage)) {
    throw invalid('incident_notification_stage_invalid', [
      { path: 'stage', code: 'incident_notification_stage_invalid' },
    ]);
  }
  assertNotInFuture({ sentAt: input.sentAt });
  assertNoUnacknowledgedCpr(
    { summary: input.summary, recipientDetail: input.recipientDetail, delayReason: input.delayReason },
    input.acknowledgeCpr,
  );
  const sentAt = toUtc(input.sentAt) as string;
  const delayReason = cleanText(input.delayReason) ?? null;
  const deadlines = await deadlinesFor(ctx.db, incident);
  const kind: DeadlineKind | null = deadlineKindFor(input.recipient, stage);
  const clock = kind ? deadlines.find((d) => d.kind === kind) : undefined;
  const late =
    clock !== undefined &&
    clock.status !== 'not_required' &&
    clock.completedAt === null &&
    clock.dueAt !== null &&
    Date.parse(sentAt) > Date.parse(clock.dueAt);
  if (late && !delayReason) {
    throw invalid(
      'incident_notification_delay_reason_required',
      [{ path: 'delayReason', code: 'incident_notification_delay_reason_required' }],
      { due: clock?.dueLocal ?? '' },
    );
  }
  const fileIds = [...new Set(input.fileIds ?? [])];
  const files = await repo.filesOfOrg(ctx.db, incident.org_id, fileIds);
  if (files.length !== fileIds.length) {
    throw invalid('incident_file_not_found', [{ path: 'fileIds', code: 'incident_file_not_found' }]);
  }

  return ctx.db.transaction().execute(async (trx) => {
    const now = nowIso();
    const id = newId();
    await repo.insertNotification(trx, {
      id,
      incident_id: incident.id,
      org_id: incident.org_id,
      recipient: input.recipient,
      stage,
      recipient_detail: cleanText(input.recipientDetail) ?? null,
      sent_at: sentAt,
      sent_by_name: cleanText(input.sentByName) ?? actor.name,
      recorded_by: actor.id,
      recorded_by_name: actor.name,
      reference: cleanText(input.reference) ?? null,
      summary: cleanText(input.summary) ?? null,
      delay_reason: delayReason,
      version: 1,
      created_at: now,
      updated_at: now,
    });
    await repo.linkFiles(trx, incident.org_id, id, fileIds, now);
    const label = `${recipientLabels[input.recipient].da}${stage ? ` (${stageLabels[stage].da.toLowerCase()})` : ''}`;
    await addTimelineEntry(trx, ctx, incident, {
      kind: 'notification',
      occurredAt: sentAt,
      text: `Underretning registreret: ${label}, sendt ${localTime(sentAt)}${late ? ' efter fristen' : ''}.`,
      details: { notificationId: id, recipient: input.recipient, stage, late },
    });
    await writeAudit(trx, ctx, {
      orgId: incident.org_id,
      action: 'incident.notification_recorded',
      entityType: 'incident_notification',
      entityId: id,
      after: {
        incidentId: incident.id,
        recipient: input.recipient,
        stage,
        sentAt,
        reference: cleanText(input.reference) ?? null,
        late,
        fileIds,
      },
    });
    const settled = await settle(trx, ctx, incident);
    const row = await repo.findNotification(trx, incident.id, id);
    if (!row) throw notFound();
    return present(
      row,
      await deadlinesFor(trx, settled),
      await repo.attachmentsOf(trx, incident.org_id, [id]),
      { actor, org, incident: settled },
    );
  });
}

/** Corrections that arrive later (the authority's journal number); the sending itself is history. */
export async function updateNotification(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  incidentId: string,
  notificationId: string,
  input: NotificationUpdate,
) {
  const { org, incident } = await visibleIncident(ctx, actor, orgId, incidentId);
  const row = await repo.findNotification(ctx.db, incident.id, notificationId);
  if (!row) throw notFound();
  incidentsPolicy.notify(actor, org, incident, row.recipient);
  assertNoUnacknowledgedCpr({ summary: input.summary, delayReason: input.delayReason }, input.acknowledgeCpr);
  return ctx.db.transaction().execute(async (trx) => {
    const changed = await repo.updateNotification(trx, row.id, input.version, {
      ...(input.reference !== undefined ? { reference: cleanText(input.reference) ?? null } : {}),
      ...(input.summary !== undefined ? { summary: cleanText(input.summary) ?? null } : {}),
      ...(input.delayReason !== undefined ? { delay_reason: cleanText(input.delayReason) ?? null } : {}),
      updated_at: nowIso(),
    });
    if (!changed) throw versionConflict();
    const after = await repo.findNotification(trx, incident.id, row.id);
    if (!after) throw notFound();
    await writeAudit(trx, ctx, {
      orgId: incident.org_id,
      action: 'incident.notification_updated',
      entityType: 'incident_notification',
      entityId: row.id,
      before: { reference: row.reference, version: row.version },
      after: { reference: after.reference, version: after.version },
    });
    await addTimelineEntry(trx, ctx, incident, {
      kind: 'notification',
      text: `Underretning til ${recipientLabels[row.recipient].da} rettet${after.reference ? ` (reference ${after.reference})` : ''}.`,
      details: { notificationId: row.id },
    });
    return present(
      after,
      await deadlinesFor(trx, incident),
      await repo.attachmentsOf(trx, incident.org_id, [row.id]),
      { actor, org, incident },
    );
  });
}
