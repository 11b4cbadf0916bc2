import { writeAudit } from '../../platform/audit.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { decodeCursor, pageOf } from '../../platform/pagination.ts';
import { assertNoUnacknowledgedCpr } from './cpr.rules.ts';
import type { NoteInput } from './incident-records.schemas.ts';
import { incidentsPolicy } from './incidents.policy.ts';
import { visibleIncident } from './incidents.service.ts';
import { assertNotInFuture, toUtc } from './input.rules.ts';
import * as repo from './timeline.repository.ts';
import { addTimelineEntry, presentTimelineEntry } from './timeline-entries.service.ts';

export async function listTimeline(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  incidentId: string,
  query: { limit: number; cursor?: string; direction: 'asc' | 'desc' },
) {
  const { incident } = await visibleIncident(ctx, actor, orgId, incidentId);
  const rows = await repo.listTimeline(ctx.db, incident.id, {
    cursor: query.cursor ? decodeCursor(query.cursor, 2) : undefined,
    limit: query.limit,
    direction: query.direction,
  });
  const page = pageOf(rows, query.limit, (row) => [row.at, row.id]);
  return { items: page.items.map(presentTimelineEntry), nextCursor: page.nextCursor };
}

/** A note in the timeline: what was done or found, optionally when it happened. */
export async function addNote(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  incidentId: string,
  input: NoteInput,
) {
  const { incident } = await visibleIncident(ctx, actor, orgId, incidentId, incidentsPolicy.handlePrivacy);
  assertNoUnacknowledgedCpr({ text: input.text }, input.acknowledgeCpr);
  assertNotInFuture({ occurredAt: input.occurredAt });
  return ctx.db.transaction().execute(async (trx) => {
    await addTimelineEntry(trx, ctx, incident, {
      kind: 'note',
      text: input.text.trim(),
      occurredAt: toUtc(input.occurredAt) ?? null,
    });
    // The audit log records that a note was written; the note's text stays in the timeline.
    await writeAudit(trx, ctx, {
      orgId: incident.org_id,
      action: 'incident.note_added',
      entityType: 'incident',
      entityId: incident.id,
      after: { occurredAt: toUtc(input.occurredAt) ?? null, length: input.text.trim().length },
    });
    const rows = await repo.listTimeline(trx, incident.id, { limit: 1, direction: 'desc' });
    const latest = rows[0];
    if (!latest) throw new Error('note vanished');
    return presentTimelineEntry(latest);
  });
}
