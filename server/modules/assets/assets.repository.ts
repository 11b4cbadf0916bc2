import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import { keysetAfter } from '../../db/keyset.ts';
import type { AssetKind, AssetsTable } from '../../db/schema.ts';
import { updateVersioned } from '../../db/versioned-update.ts';
import { danishContainsPattern, likeEscaped } from '../../platform/danish-text.ts';
import type { CursorValues } from '../../platform/pagination.ts';
import type { AssetRow } from './assets.presenter.ts';

export type AssetSortColumn = 'a.name_key' | 'a.criticality';

export type AssetFilter = {
  kind?: AssetKind[];
  ownerUserId?: string;
  minCriticality?: number;
  clinicalCritical?: boolean;
  legacy?: boolean;
  personalData?: boolean;
  healthData?: boolean;
  q?: string;
  sortColumn: AssetSortColumn;
  direction: 'asc' | 'desc';
  cursor?: CursorValues;
  limit: number;
};

function baseQuery(db: Db) {
  return db
    .selectFrom('assets as a')
    .leftJoin('users as u', 'u.id', 'a.owner_user_id')
    .selectAll('a')
    .select(['u.name as owner_name', 'u.email as owner_email']);
}

/** A page of assets of the given organisations in (sort column, id) order. */
export async function listAssets(
  db: Db,
  orgIds: readonly string[],
  filter: AssetFilter,
): Promise<AssetRow[]> {
  let query = baseQuery(db).where('a.org_id', 'in', orgIds.length ? [...orgIds] : ['']);
  if (filter.kind?.length) query = query.where('a.kind', 'in', filter.kind);
  if (filter.ownerUserId) query = query.where('a.owner_user_id', '=', filter.ownerUserId);
  if (filter.minCriticality) query = query.where('a.criticality', '>=', filter.minCriticality);
  if (filter.clinicalCritical !== undefined)
    query = query.where('a.clinical_critical', '=', filter.clinicalCritical);
  if (filter.legacy !== undefined) query = query.where('a.legacy', '=', filter.legacy);
  if (filter.personalData !== undefined) query = query.where('a.personal_data', '=', filter.personalData);
  if (filter.healthData !== undefined) query = query.where('a.health_data', '=', filter.healthData);
  if (filter.q) query = query.where(likeEscaped('a.name_key', danishContainsPattern(filter.q)));
  if (filter.cursor)
    query = query.where(keysetAfter(filter.sortColumn, 'a.id', filter.direction, filter.cursor));
  return query
    .orderBy(filter.sortColumn, filter.direction)
    .orderBy('a.id', filter.direction)
    .limit(filter.limit + 1)
    .execute();
}

/** Every asset of the organisation, by name (graph, exports, import matching). */
export async function allAssets(db: Db, orgId: string): Promise<AssetRow[]> {
  return baseQuery(db).where('a.org_id', '=', orgId).orderBy('a.name_key').orderBy('a.id').execute();
}

export async function findAsset(db: Db, orgId: string, id: string): Promise<AssetRow | undefined> {
  return baseQuery(db).where('a.org_id', '=', orgId).where('a.id', '=', id).executeTakeFirst();
}

export async function assetExists(db: Db, orgId: string, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('assets')
    .select('id')
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Boolean(row);
}

/** Which of `ids` are assets of the organisation. */
export async function existingAssetIds(db: Db, orgId: string, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db
    .selectFrom('assets')
    .select('id')
    .where('org_id', '=', orgId)
    .where('id', 'in', [...ids])
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function findAssetByNameKey(db: Db, orgId: string, nameKey: string) {
  return db
    .selectFrom('assets')
    .select(['id', 'name'])
    .where('org_id', '=', orgId)
    .where('name_key', '=', nameKey)
    .executeTakeFirst();
}

export async function insertAsset(db: Db, row: Insertable<AssetsTable>): Promise<void> {
  await db.insertInto('assets').values(row).execute();
}

export async function updateAsset(
  db: Db,
  id: string,
  version: number,
  changes: Omit<Updateable<AssetsTable>, 'id' | 'org_id' | 'version'>,
): Promise<boolean> {
  return updateVersioned(db, 'assets', id, version, changes);
}

export async function deleteAsset(db: Db, id: string): Promise<void> {
  await db.deleteFrom('assets').where('id', '=', id).execute();
}

export type Edge = { from: string; to: string };

/** Every dependency edge of the organisation: `from` depends on `to`. */
export async function edgesOf(db: Db, orgId: string): Promise<Edge[]> {
  const rows = await db
    .selectFrom('asset_dependencies')
    .select(['asset_id', 'depends_on_id'])
    .where('org_id', '=', orgId)
    .execute();
  return rows.map((r) => ({ from: r.asset_id, to: r.depends_on_id }));
}

/** Direct dependencies and dependents of the given assets, with the other end's name. */
export async function linksOf(db: Db, ids: readonly string[]) {
  if (!ids.length) return { dependsOn: [], dependents: [] };
  const dependsOn = await db
    .selectFrom('asset_dependencies as d')
    .innerJoin('assets as a', 'a.id', 'd.depends_on_id')
    .select(['d.asset_id as owner', 'a.id', 'a.name', 'a.kind', 'a.criticality', 'a.name_key'])
    .where('d.asset_id', 'in', [...ids])
    .orderBy('a.name_key')
    .execute();
  const dependents = await db
    .selectFrom('asset_dependencies as d')
    .innerJoin('assets as a', 'a.id', 'd.asset_id')
    .select(['d.depends_on_id as owner', 'a.id', 'a.name', 'a.kind', 'a.criticality', 'a.name_key'])
    .where('d.depends_on_id', 'in', [...ids])
    .orderBy('a.name_key')
    .execute();
  return { dependsOn, dependents };
}

export async function dependencyIdsOf(db: Db, assetId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('asset_dependencies')
    .select('depends_on_id')
    .where('asset_id', '=', assetId)
    .execute();
  return rows.map((r) => r.depends_on_id);
}

export async function insertDependencies(
  db: Db,
  orgId: string,
  assetId: string,
  dependsOn: readonly string[],
  at: string,
) {
  if (!dependsOn.length) return;
  await db
    .insertInto('asset_dependencies')
    .values(dependsOn.map((to) => ({ org_id: orgId, asset_id: assetId, depends_on_id: to, created_at: at })))
    .execute();
}

export async function deleteDependencies(db: Db, assetId: string, dependsOn?: readonly string[]) {
  let query = db.deleteFrom('asset_dependencies').where('asset_id', '=', assetId);
  if (dependsOn) {
    if (!dependsOn.length) return;
    query = query.where('depends_on_id', 'in', [...dependsOn]);
  }
  await query.execute();
}

/** The organisation's critical clinical processes, by rank. */
export async function criticalProcesses(db: Db, orgId: string): Promise<AssetRow[]> {
  return baseQuery(db)
    .where('a.org_id', '=', orgId)
    .where('a.clinical_critical', '=', true)
    .orderBy('a.critical_rank')
    .orderBy('a.name_key')
    .execute();
}

export async function maxCriticalRank(db: Db, orgId: string): Promise<number> {
  const row = await db
    .selectFrom('assets')
    .select((eb) => eb.fn.max('critical_rank').as('rank'))
    .where('org_id', '=', orgId)
    .where('clinical_critical', '=', true)
    .executeTakeFirst();
  return Number(row?.rank ?? 0);
}

/** Writes ranks 1..n in the given order; does not count as an edit of the asset (no version bump). */
export async function setCriticalRanks(db: Db, orgId: string, orderedIds: readonly string[]): Promise<void> {
  for (const [index, id] of orderedIds.entries()) {
    await db
      .updateTable('assets')
      .set({ critical_rank: index + 1 })
      .where('org_id', '=', orgId)
      .where('id', '=', id)
      .execute();
  }
}

/** Number of risk scenarios that name the asset as affected. */
export async function riskCountOf(db: Db, assetId: string): Promise<number> {
  const row = await db
    .selectFrom('risk_assets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('asset_id', '=', assetId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
