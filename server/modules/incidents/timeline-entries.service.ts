import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { isoInstant } from '../../platform/api-schemas.ts';
import { nowIso } from '../../platform/clock.ts';
import type { RequestContext } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { insertTimelineEntry, type TimelineRow } from './timeline.repository.ts';

/**
 * What the timeline records: notes people write, and every change the services make (status,
 * triage, awareness time, breach assessment, DPO escalation, notifications, actions, links).
 */
export const timelineKinds = [
  'reported',
  'note',
  'status',
  'triage',
  'awareness',
  'breach_assessment',
  'dpo_escalation',
  'notification',
  'action',
  'link',
] as const;

export type TimelineKind = (typeof timelineKinds)[number];

export const timelineEntrySchema = z
  .object({
    id: z.string(),
    incidentId: z.string(),
    at: isoInstant.describe('When it was recorded'),
    occurredAt: isoInstant.nullable().describe('When it happened, for notes written afterwards'),
    actorId: z.string().nullable(),
    actorName: z.string(),
    kind: z.enum(timelineKinds),
    text: z.string().nullable(),
    details: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'IncidentTimelineEntry' });

export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export function presentTimelineEntry(row: TimelineRow): TimelineEntry {
  return {
    id: row.id,
    incidentId: row.incident_id,
    at: row.at,
    occurredAt: row.occurred_at,
    actorId: row.actor_id,
    actorName: row.actor_name,
    kind: row.kind as TimelineKind,
    text: row.text,
    details: row.details_json ? (JSON.parse(row.details_json) as Record<string, unknown>) : null,
  };
}

/** Appends an entry in the caller's transaction, in the name of the request's actor. */
export async function addTimelineEntry(
  trx: Db,
  ctx: Pick<RequestContext, 'actor'>,
  incident: { id: string; org_id: string },
  entry: { kind: TimelineKind; text?: string | null; occurredAt?: string | null; details?: unknown },
): Promise<void> {
  await insertTimelineEntry(trx, {
    id: newId(),
    incident_id: incident.id,
    org_id: incident.org_id,
    at: nowIso(),
    occurred_at: entry.occurredAt ?? null,
    actor_id: ctx.actor?.id ?? null,
    actor_name: ctx.actor?.name ?? 'Skjold',
    kind: entry.kind,
    text: entry.text ?? null,
    details_json: entry.details === undefined ? null : JSON.stringify(entry.details),
  });
}
