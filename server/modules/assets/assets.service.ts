import type { Db } from '../../db/database.ts';
import type { AssetHosting, AssetKind } from '../../db/schema.ts';
import {
  assertMemberCanRead,
  type OrgRef,
  readableSubtree,
  requireOrg,
  requireReadable,
} from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { nowIso } from '../../platform/clock.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { danishKey } from '../../platform/danish-text.ts';
import { conflict, type FieldError, invalid, notFound, versionConflict } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { decodeCursor, pageOf } from '../../platform/pagination.ts';
import { cycleThrough, type Edge } from './asset-graph.rules.ts';
import { assetsPolicy } from './assets.policy.ts';
import {
  type Asset,
  type AssetRecord,
  type AssetRef,
  type AssetRow,
  presentAsset,
  presentAssetFor,
  presentAssetRef,
} from './assets.presenter.ts';
import * as repo from './assets.repository.ts';
import type { AssetInput, AssetListFilters, AssetUpdate } from './assets.schemas.ts';

export type AssetListQuery = Omit<AssetListFilters, 'sort'> & {
  field: 'name' | 'criticality';
  direction: 'asc' | 'desc';
};

/** Rules across fields, shared by the API and the import (`path` names the field). */
export function assetRuleErrors(values: {
  kind: AssetKind;
  personalData: boolean;
  healthData: boolean;
  clinicalCritical: boolean;
}): FieldError[] {
  const errors: FieldError[] = [];
  if (values.healthData && !values.personalData) {
    errors.push({ path: 'personalData', code: 'asset_health_data_personal' });
  }
  if (values.clinicalCritical && values.kind !== 'process') {
    errors.push({ path: 'clinicalCritical', code: 'asset_critical_process_kind' });
  }
  return errors;
}

/** Loads the asset's dependency lists and presents it. */
export async function presentWithLinks(db: Db, row: AssetRow): Promise<AssetRecord> {
  const links = await repo.linksOf(db, [row.id]);
  return presentAsset(row, {
    dependsOn: links.dependsOn.map(presentAssetRef),
    dependents: links.dependents.map(presentAssetRef),
  });
}

async function presentPage(
  db: Db,
  actor: Actor,
  orgs: readonly OrgRef[],
  rows: AssetRow[],
): Promise<Asset[]> {
  const orgOf = new Map(orgs.map((o) => [o.id, o]));
  const links = await repo.linksOf(
    db,
    rows.map((r) => r.id),
  );
  const group = (list: (AssetRef & { owner: string })[]) => {
    const map = new Map<string, AssetRef[]>();
    for (const item of list) map.set(item.owner, [...(map.get(item.owner) ?? []), presentAssetRef(item)]);
    return map;
  };
  const dependsOn = group(links.dependsOn);
  const dependents = group(links.dependents);
  const now = new Date();
  return rows.map((row) =>
    presentAssetFor(
      actor,
      orgOf.get(row.org_id) as OrgRef,
      row,
      presentAsset(
        row,
        { dependsOn: dependsOn.get(row.id) ?? [], dependents: dependents.get(row.id) ?? [] },
        now,
      ),
    ),
  );
}

export async function loadAsset(db: Db, orgId: string, id: string): Promise<AssetRow> {
  const asset = await repo.findAsset(db, orgId, id);
  if (!asset) throw notFound();
  return asset;
}

/** A cursor's sort value must have the sort column's type, or PostgreSQL would fail on the comparison. */
function cursorOf(cursor: string, field: AssetListQuery['field']) {
  const values = decodeCursor(cursor, 2);
  if ((typeof values[0] === 'number') !== (field === 'criticality') || typeof values[1] !== 'string') {
    throw invalid('invalid_cursor', [{ path: 'cursor', code: 'invalid_cursor' }]);
  }
  return values;
}

export async function listAssets(ctx: RequestContext, actor: Actor, orgId: string, query: AssetListQuery) {
  const org = await requireOrg(ctx, actor, orgId, 'assets.read');
  const orgs = query.subtree ? await readableSubtree(ctx, actor, org, 'assets.read') : [org];
  const orgIds = orgs.map((o) => o.id);
  const sortColumn = query.field === 'criticality' ? 'a.criticality' : 'a.name_key';
  const rows = await repo.listAssets(ctx.db, orgIds, {
    ...query,
    sortColumn,
    cursor: query.cursor ? cursorOf(query.cursor, query.field) : undefined,
  });
  const page = pageOf(rows, query.limit, (row) => [
    query.field === 'criticality' ? row.criticality : row.name_key,
    row.id,
  ]);
  return { items: await presentPage(ctx.db, actor, orgs, page.items), nextCursor: page.nextCursor };
}

export async function getAsset(ctx: RequestContext, actor: Actor, orgId: string, id: string) {
  const org = await requireReadable(ctx, actor, orgId, 'assets.read');
  const row = await loadAsset(ctx.db, org.id, id);
  return presentAssetFor(actor, org, row, await presentWithLinks(ctx.db, row));
}

async function assertNameFree(db: Db, orgId: string, name: string, exceptId?: string) {
  const existing = await repo.findAssetByNameKey(db, orgId, danishKey(name));
  if (existing && existing.id !== exceptId) {
    throw conflict('asset_name_taken', { name: existing.name });
  }
}

/**
 * The dependencies must be assets of the same organisation, not the asset itself, and must
 * not close a cycle (a process cannot, through its systems, end up depending on itself).
 */
async function assertDependencies(
  db: Db,
  orgId: string,
  assetId: string,
  dependsOnIds: readonly string[],
): Promise<void> {
  const unique = [...new Set(dependsOnIds)];
  const existing = await repo.existingAssetIds(db, orgId, unique);
  const errors: FieldError[] = [];
  dependsOnIds.forEach((id, index) => {
    if (id === assetId) errors.push({ path: `dependsOnIds.${index}`, code: 'asset_dependency_self' });
    else if (!existing.has(id)) errors.push({ path: `dependsOnIds.${index}`, code: 'asset_not_found' });
  });
  if (errors.length) throw invalid('invalid_request', errors);
  const edges: Edge[] = (await repo.edgesOf(db, orgId)).filter((edge) => edge.from !== assetId);
  for (const [index, to] of unique.entries()) {
    const cycle = cycleThrough(edges, assetId, to);
    if (cycle) {
      const names = await namesOf(db, orgId, cycle);
      throw invalid(
        'asset_dependency_cycle',
        [{ path: `dependsOnIds.${index}`, code: 'asset_dependency_cycle' }],
        {
          cycle: names.join(' → '),
        },
      );
    }
    edges.push({ from: assetId, to });
  }
}

async function namesOf(db: Db, orgId: string, ids: readonly string[]): Promise<string[]> {
  const rows = await repo.allAssets(db, orgId);
  const byId = new Map(rows.map((r) => [r.id, r.name]));
  return ids.map((id) => byId.get(id) ?? id);
}

export async function createAsset(ctx: RequestContext, actor: Actor, orgId: string, input: AssetInput) {
  const org = await requireOrg(ctx, actor, orgId, 'assets.write');
  assetsPolicy.create(actor, org, input.ownerUserId ?? null);
  const values = {
    kind: input.kind,
    personalData: input.personalData ?? false,
    healthData: input.healthData ?? false,
    clinicalCritical: input.clinicalCritical ?? false,
  };
  const errors = assetRuleErrors(values);
  if (errors.length) throw invalid('invalid_request', errors);
  await assertMemberCanRead(ctx, input.ownerUserId, org, 'assets.read');
  const id = newId();
  return ctx.db.transaction().execute(async (trx) => {
    await assertNameFree(trx, org.id, input.name);
    if (input.dependsOnIds?.length) await assertDependencies(trx, org.id, id, input.dependsOnIds);
    const now = nowIso();
    await repo.insertAsset(trx, {
      id,
      org_id: org.id,
      ...columnsOf(input),
      name: input.name,
      name_key: danishKey(input.name),
      kind: input.kind,
      clinical_critical: values.clinicalCritical,
      critical_rank: values.clinicalCritical ? (await repo.maxCriticalRank(trx, org.id)) + 1 : null,
      created_by: actor.id,
      version: 1,
      created_at: now,
      updated_at: now,
    });
    await repo.insertDependencies(trx, org.id, id, [...new Set(input.dependsOnIds ?? [])], now);
    const row = await loadAsset(trx, org.id, id);
    const asset = await presentWithLinks(trx, row);
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'asset.created',
      entityType: 'asset',
      entityId: id,
      after: asset,
    });
    return presentAssetFor(actor, org, row, asset);
  });
}

/** Columns of the plain fields present in `input` (undefined: leave as is). */
function columnsOf(input: Partial<AssetInput>) {
  const set = <T>(value: T | undefined, column: string) => (value === undefined ? {} : { [column]: value });
  return {
    ...set(input.description, 'description'),
    ...set(input.ownerUserId, 'owner_user_id'),
    ...set(input.criticality, 'criticality'),
    ...set(input.confidentiality, 'confidentiality'),
    ...set(input.integrity, 'integrity'),
    ...set(input.availability, 'availability'),
    ...set(input.personalData, 'personal_data'),
    ...set(input.healthData, 'health_data'),
    ...set(input.legacy, 'legacy'),
    ...set(input.endOfSupport, 'end_of_support'),
    ...set(input.supplier, 'supplier'),
    ...set(input.hosting, 'hosting'),
  } as {
    description?: string | null;
    owner_user_id?: string | null;
    criticality: number;
    confidentiality: number;
    integrity: number;
    availability: number;
    personal_data?: boolean;
    health_data?: boolean;
    legacy?: boolean;
    end_of_support?: string | null;
    supplier?: string | null;
    hosting?: AssetHosting | null;
  };
}

/** Renumbers the critical processes 1..n in their current order (after one is added or removed). */
async function compactRanks(trx: Db, orgId: string): Promise<void> {
  const processes = await repo.criticalProcesses(trx, orgId);
  await repo.setCriticalRanks(
    trx,
    orgId,
    processes.map((p) => p.id),
  );
}

export async function updateAsset(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  id: string,
  input: AssetUpdate,
): Promise<Asset> {
  const org = await requireReadable(ctx, actor, orgId, 'assets.read');
  const current = await loadAsset(ctx.db, org.id, id);
  assetsPolicy.update(actor, org, current, input.ownerUserId);
  const merged = {
    kind: input.kind ?? current.kind,
    personalData: input.personalData ?? Boolean(current.personal_data),
    healthData: input.healthData ?? Boolean(current.health_data),
    clinicalCritical: input.clinicalCritical ?? Boolean(current.clinical_critical),
  };
  const errors = assetRuleErrors(merged);
  if (errors.length) throw invalid('invalid_request', errors);
  if (input.ownerUserId !== undefined) await assertMemberCanRead(ctx, input.ownerUserId, org, 'assets.read');
  return ctx.db.transaction().execute(async (trx) => {
    const before = await presentWithLinks(trx, current);
    if (input.name !== undefined) await assertNameFree(trx, org.id, input.name, id);
    if (input.dependsOnIds) await assertDependencies(trx, org.id, id, input.dependsOnIds);
    const wasCritical = Boolean(current.clinical_critical);
    const rank =
      merged.clinicalCritical === wasCritical
        ? {}
        : merged.clinicalCritical
          ? { clinical_critical: true, critical_rank: (await repo.maxCriticalRank(trx, org.id)) + 1 }
          : { clinical_critical: false, critical_rank: null };
    const now = nowIso();
    const changed = await repo.updateAsset(trx, id, input.version, {
      ...columnsOf(input),
      ...(input.name !== undefined ? { name: input.name, name_key: danishKey(input.name) } : {}),
      ...(input.kind !== undefined ? { kind: input.kind } : {}),
      ...rank,
      updated_at: now,
    });
    if (!changed) throw versionConflict();
    if (wasCritical && !merged.clinicalCritical) await compactRanks(trx, org.id);
    if (input.dependsOnIds) {
      await repo.deleteDependencies(trx, id);
      await repo.insertDependencies(trx, org.id, id, [...new Set(input.dependsOnIds)], now);
    }
    const row = await loadAsset(trx, org.id, id);
    const after = await presentWithLinks(trx, row);
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'asset.updated',
      entityType: 'asset',
      entityId: id,
      before,
      after,
    });
    return presentAssetFor(actor, org, row, after);
  });
}

/** Deleting an asset removes its dependencies and its place in risk scenarios; the audit log keeps it. */
export async function deleteAsset(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  id: string,
): Promise<void> {
  const org = await requireReadable(ctx, actor, orgId, 'assets.read');
  const current = await loadAsset(ctx.db, org.id, id);
  assetsPolicy.delete(actor, org, current);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await presentWithLinks(trx, current);
    const risks = await repo.riskCountOf(trx, id);
    await repo.deleteAsset(trx, id);
    if (current.clinical_critical) await compactRanks(trx, org.id);
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'asset.deleted',
      entityType: 'asset',
      entityId: id,
      before: { ...before, riskScenarios: risks },
    });
  });
}

/** Adds one dependency (graph editing); refuses self, other organisations' assets and cycles. */
export async function addDependency(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  id: string,
  dependsOnId: string,
): Promise<Asset> {
  const org = await requireReadable(ctx, actor, orgId, 'assets.read');
  const current = await loadAsset(ctx.db, org.id, id);
  assetsPolicy.update(actor, org, current);
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.dependencyIdsOf(trx, id);
    if (existing.includes(dependsOnId)) throw conflict('asset_dependency_exists');
    await assertDependencies(trx, org.id, id, [...existing, dependsOnId]);
    await repo.insertDependencies(trx, org.id, id, [dependsOnId], nowIso());
    const row = await loadAsset(trx, org.id, id);
    const after = await presentWithLinks(trx, row);
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'asset.dependency_added',
      entityType: 'asset',
      entityId: id,
      after: { dependsOnId },
    });
    return presentAssetFor(actor, org, row, after);
  });
}

export async function removeDependency(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  id: string,
  dependsOnId: string,
): Promise<void> {
  const org = await requireReadable(ctx, actor, orgId, 'assets.read');
  const current = await loadAsset(ctx.db, org.id, id);
  assetsPolicy.update(actor, org, current);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.dependencyIdsOf(trx, id);
    if (!existing.includes(dependsOnId)) throw notFound();
    await repo.deleteDependencies(trx, id, [dependsOnId]);
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'asset.dependency_removed',
      entityType: 'asset',
      entityId: id,
      before: { dependsOnId },
    });
  });
}
