import { catalogThreat, threatCatalog } from '../../catalog/threats.ts';
import type { Db } from '../../db/database.ts';
import type { OrganisationRow } from '../../db/schema.ts';
import { requireOrg, requireReadable } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { nowIso } from '../../platform/clock.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { danishKey } from '../../platform/danish-text.ts';
import { conflict, type FieldError, invalid, notFound, versionConflict } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { risksPolicy } from './risks.policy.ts';
import {
  presentCatalogThreat,
  presentOwnThreat,
  type Threat,
  type ThreatRef,
  threatRefOf,
  withThreatCan,
} from './threats.presenter.ts';
import * as repo from './threats.repository.ts';
import type { ThreatInput, ThreatQuery, ThreatUpdate } from './threats.schemas.ts';

/** The organisation and its ancestors, from its materialised path. */
export const lineageOf = (org: Pick<OrganisationRow, 'path'>) => org.path.split('/').filter(Boolean);

/** The shipped catalogue and the threats the organisation and its ancestors added, by Danish title. */
export async function listThreats(ctx: RequestContext, actor: Actor, orgId: string, query: ThreatQuery) {
  const org = await requireOrg(ctx, actor, orgId, 'risks.read');
  const counts = await repo.riskCountsByThreat(ctx.db, org.id);
  const own = await repo.ownThreatsOf(ctx.db, lineageOf(org));
  let items: Threat[] = [
    ...threatCatalog.filter((t) => !t.retired).map((t) => presentCatalogThreat(t, counts.get(t.key) ?? 0)),
    ...own.map((t) => presentOwnThreat(t, counts.get(t.id) ?? 0)),
  ].map((t) => withThreatCan(actor, org, t));
  if (query.category) items = items.filter((t) => t.category === query.category);
  if (query.q) {
    const needle = danishKey(query.q);
    items = items.filter((t) => danishKey(`${t.title.da} ${t.title.en}`).includes(needle));
  }
  const key = (t: Threat) => danishKey(t.title.da);
  items.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return { items, nextCursor: null };
}

/**
 * Resolves threat ids given for a risk at `org`: catalogue keys, or own threats of the
 * organisation or an ancestor. Unknown ids are field errors at `threatIds.<index>`.
 */
export async function resolveThreats(
  db: Db,
  org: Pick<OrganisationRow, 'path'>,
  ids: readonly string[],
): Promise<ThreatRef[]> {
  const lineage = new Set(lineageOf(org));
  const own = new Map(
    (
      await repo.threatsByIds(
        db,
        ids.filter((id) => !catalogThreat(id)),
      )
    ).map((t) => [t.id, t]),
  );
  const errors: FieldError[] = [];
  const refs: ThreatRef[] = [];
  ids.forEach((id, index) => {
    const catalog = catalogThreat(id);
    const custom = own.get(id);
    if (catalog && !catalog.retired) refs.push(threatRefOf(presentCatalogThreat(catalog)));
    else if (custom && lineage.has(custom.org_id)) refs.push(threatRefOf(presentOwnThreat(custom)));
    else errors.push({ path: `threatIds.${index}`, code: 'threat_not_found' });
  });
  if (errors.length) throw invalid('invalid_request', errors);
  return refs;
}

/** Threat references for presenting risks (ids were checked when they were saved). */
export async function threatRefsByIds(db: Db, ids: readonly string[]): Promise<Map<string, ThreatRef>> {
  const result = new Map<string, ThreatRef>();
  const custom = [];
  for (const id of new Set(ids)) {
    const catalog = catalogThreat(id);
    if (catalog) result.set(id, threatRefOf(presentCatalogThreat(catalog)));
    else custom.push(id);
  }
  for (const row of await repo.threatsByIds(db, custom))
    result.set(row.id, threatRefOf(presentOwnThreat(row)));
  return result;
}

async function loadOwnThreat(db: Db, orgId: string, id: string) {
  const threat = await repo.findThreat(db, orgId, id);
  if (!threat) throw notFound();
  return threat;
}

export async function createThreat(ctx: RequestContext, actor: Actor, orgId: string, input: ThreatInput) {
  const org = await requireOrg(ctx, actor, orgId, 'risks.manage');
  return ctx.db.transaction().execute(async (trx) => {
    const now = nowIso();
    const id = newId();
    await repo.insertThreat(trx, {
      id,
      org_id: org.id,
      title: input.title,
      title_key: danishKey(input.title),
      description: input.description ?? null,
      category: input.category,
      affects_confidentiality: input.affects?.confidentiality ?? false,
      affects_integrity: input.affects?.integrity ?? false,
      affects_availability: input.affects?.availability ?? false,
      created_by: actor.id,
      version: 1,
      created_at: now,
      updated_at: now,
    });
    const threat = presentOwnThreat(await loadOwnThreat(trx, org.id, id));
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'threat.created',
      entityType: 'threat',
      entityId: id,
      after: threat,
    });
    return withThreatCan(actor, org, threat);
  });
}

export async function updateThreat(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  id: string,
  input: ThreatUpdate,
) {
  const org = await requireReadable(ctx, actor, orgId, 'risks.read');
  const current = await loadOwnThreat(ctx.db, org.id, id);
  risksPolicy.manage(actor, org);
  return ctx.db.transaction().execute(async (trx) => {
    const changed = await repo.updateThreat(trx, id, input.version, {
      ...(input.title !== undefined ? { title: input.title, title_key: danishKey(input.title) } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.category !== undefined ? { category: input.category } : {}),
      ...(input.affects?.confidentiality !== undefined
        ? { affects_confidentiality: input.affects.confidentiality }
        : {}),
      ...(input.affects?.integrity !== undefined ? { affects_integrity: input.affects.integrity } : {}),
      ...(input.affects?.availability !== undefined
        ? { affects_availability: input.affects.availability }
        : {}),
      updated_at: nowIso(),
    });
    if (!changed) throw versionConflict();
    const after = presentOwnThreat(await loadOwnThreat(trx, org.id, id));
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'threat.updated',
      entityType: 'threat',
      entityId: id,
      before: presentOwnThreat(current),
      after,
    });
    return withThreatCan(actor, org, after);
  });
}

/** A threat named by risk scenarios stays: remove it from them first. */
export async function deleteThreat(ctx: RequestContext, actor: Actor, orgId: string, id: string) {
  const org = await requireReadable(ctx, actor, orgId, 'risks.read');
  const current = await loadOwnThreat(ctx.db, org.id, id);
  risksPolicy.manage(actor, org);
  await ctx.db.transaction().execute(async (trx) => {
    const uses = await repo.threatUseCount(trx, id);
    if (uses > 0) throw conflict('threat_in_use', { count: uses });
    await repo.deleteThreat(trx, id);
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'threat.deleted',
      entityType: 'threat',
      entityId: id,
      before: presentOwnThreat(current),
    });
  });
}
