import { linkKindLabels } from '../../catalog/incidents.ts';
import { writeAudit } from '../../platform/audit.ts';
import { nowIso } from '../../platform/clock.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { conflict, invalid, notFound } from '../../platform/errors.ts';
import { linkTarget } from '../../platform/files/link-targets.ts';
import { newId } from '../../platform/ids.ts';
import type { LinkInput } from './incident-records.schemas.ts';
import { incidentsPolicy } from './incidents.policy.ts';
import { presentLink } from './incidents.presenter.ts';
import { visibleIncident } from './incidents.service.ts';
import * as repo from './links.repository.ts';
import { addTimelineEntry } from './timeline-entries.service.ts';

/** The record kind each register uses with the platform's link targets. */
const registerEntity: Record<LinkInput['kind'], string> = {
  risk: 'risk_scenario',
  asset: 'asset',
  supplier: 'supplier',
};

/**
 * Links the incident to a risk, an asset or a supplier. When that register exists (its module
 * registered the record kind with the platform's link targets), the id must be one of its
 * records in the same organisation; until then the link is kept by name.
 */
export async function addLink(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  incidentId: string,
  input: LinkInput,
) {
  const { incident } = await visibleIncident(ctx, actor, orgId, incidentId, incidentsPolicy.manage);
  const targetId = input.targetId?.trim() || null;
  const label = input.label.trim();
  if (targetId) {
    const exists = linkTarget(registerEntity[input.kind]);
    if (exists && !(await exists(ctx.db, incident.org_id, targetId))) {
      throw invalid('incident_link_target_not_found', [
        { path: 'targetId', code: 'incident_link_target_not_found' },
      ]);
    }
  }
  if (await repo.sameLinkExists(ctx.db, incident.id, { kind: input.kind, targetId, label })) {
    throw conflict('incident_link_exists');
  }
  return ctx.db.transaction().execute(async (trx) => {
    const id = newId();
    const row = {
      id,
      incident_id: incident.id,
      org_id: incident.org_id,
      kind: input.kind,
      target_id: targetId,
      label,
      created_by_name: actor.name,
      created_at: nowIso(),
    };
    await repo.insertLink(trx, row);
    await addTimelineEntry(trx, ctx, incident, {
      kind: 'link',
      text: `Knyttet til ${linkKindLabels[input.kind].da.toLowerCase()}: ${label}.`,
      details: { linkId: id, kind: input.kind, targetId },
    });
    await writeAudit(trx, ctx, {
      orgId: incident.org_id,
      action: 'incident.linked',
      entityType: 'incident',
      entityId: incident.id,
      after: { linkId: id, kind: input.kind, targetId, label },
    });
    return presentLink(row);
  });
}

export async function removeLink(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  incidentId: string,
  linkId: string,
): Promise<void> {
  const { incident } = await visibleIncident(ctx, actor, orgId, incidentId, incidentsPolicy.manage);
  const link = await repo.findLink(ctx.db, incident.id, linkId);
  if (!link) throw notFound();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.deleteLink(trx, link.id);
    await addTimelineEntry(trx, ctx, incident, {
      kind: 'link',
      text: `Ikke længere knyttet til ${linkKindLabels[link.kind].da.toLowerCase()}: ${link.label}.`,
      details: { linkId: link.id, kind: link.kind, targetId: link.target_id, removed: true },
    });
    await writeAudit(trx, ctx, {
      orgId: incident.org_id,
      action: 'incident.unlinked',
      entityType: 'incident',
      entityId: incident.id,
      before: { linkId: link.id, kind: link.kind, targetId: link.target_id, label: link.label },
    });
  });
}
