import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { assetKinds } from '../../db/schema.ts';
import { requireOrg, requireReadable } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { todayLocal } from '../../platform/clock.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { invalid } from '../../platform/errors.ts';
import { dependenciesOf, dependentsOf, type Reached } from './asset-graph.rules.ts';
import { type AssetRow, assetRefSchema, presentAssetRef, ratingField } from './assets.presenter.ts';
import * as repo from './assets.repository.ts';
import type { AssetGraphQuery } from './assets.schemas.ts';
import { loadAsset } from './assets.service.ts';

export const graphNodeSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(assetKinds),
    criticality: ratingField,
    clinicalCritical: z.boolean(),
    criticalRank: z.number().int().nullable(),
    legacy: z.boolean(),
    unsupported: z.boolean(),
    personalData: z.boolean(),
    healthData: z.boolean(),
    supplier: z.string().nullable(),
    ownerName: z.string().nullable(),
  })
  .meta({ id: 'AssetGraphNode' });

export type GraphNode = z.infer<typeof graphNodeSchema>;

export const graphSchema = z
  .object({
    nodes: z.array(graphNodeSchema),
    edges: z.array(
      z.object({
        from: z.string().describe('The dependent asset'),
        to: z.string().describe('What it depends on'),
      }),
    ),
  })
  .meta({ id: 'AssetGraph' });

const reachedSchema = z.object({
  asset: graphNodeSchema,
  depth: z.number().int().describe('1 = direct'),
  viaId: z.string().describe('The asset it is reached through'),
});

export const impactSchema = z
  .object({
    asset: assetRefSchema,
    dependents: z.array(reachedSchema).describe('Everything hit when the asset fails, nearest first'),
    criticalProcesses: z
      .array(
        z.object({
          id: z.string(),
          name: z.string(),
          rank: z.number().int().nullable(),
          depth: z.number().int(),
        }),
      )
      .describe('Critical clinical processes among them, by rank'),
    summary: z.object({
      dependents: z.number().int(),
      highestCriticality: ratingField.nullable(),
      healthData: z.boolean().describe('Some asset hit holds health data'),
    }),
  })
  .meta({ id: 'AssetImpact' });

export const criticalOverviewSchema = z
  .object({
    date: z.iso.date(),
    items: z.array(
      z.object({
        rank: z.number().int(),
        process: graphNodeSchema,
        supporting: z
          .array(reachedSchema)
          .describe('Systems, devices, information, services and locations it needs'),
        suppliers: z
          .array(z.string())
          .describe('The supply chain: suppliers of the process and what it needs'),
        legacy: z.number().int(),
        unsupported: z.number().int(),
        devices: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'CriticalProcessOverview' });

export type CriticalOverview = z.infer<typeof criticalOverviewSchema>;

export function presentNode(row: AssetRow, today = todayLocal()): GraphNode {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    criticality: row.criticality,
    clinicalCritical: Boolean(row.clinical_critical),
    criticalRank: row.critical_rank,
    legacy: Boolean(row.legacy),
    unsupported: row.end_of_support !== null && row.end_of_support < today,
    personalData: Boolean(row.personal_data),
    healthData: Boolean(row.health_data),
    supplier: row.supplier,
    ownerName: row.owner_name,
  };
}

async function loadGraph(db: Db, orgId: string) {
  const [rows, edges] = await Promise.all([repo.allAssets(db, orgId), repo.edgesOf(db, orgId)]);
  return { byId: new Map(rows.map((r) => [r.id, r])), rows, edges };
}

/** Nodes and edges for the web's graph view: the whole register, or one asset's neighbourhood. */
export async function assetGraph(ctx: RequestContext, actor: Actor, orgId: string, query: AssetGraphQuery) {
  const org = await requireOrg(ctx, actor, orgId, 'assets.read');
  const { byId, rows, edges } = await loadGraph(ctx.db, org.id);
  const today = todayLocal();
  if (!query.assetId) {
    return { nodes: rows.map((r) => presentNode(r, today)), edges };
  }
  const root = await loadAsset(ctx.db, org.id, query.assetId);
  const depth = query.depth ?? Number.POSITIVE_INFINITY;
  const included = new Set([
    root.id,
    ...dependenciesOf(edges, root.id, depth).map((r) => r.id),
    ...dependentsOf(edges, root.id, depth).map((r) => r.id),
  ]);
  return {
    nodes: [...included].flatMap((id) => {
      const row = byId.get(id);
      return row ? [presentNode(row, today)] : [];
    }),
    edges: edges.filter((e) => included.has(e.from) && included.has(e.to)),
  };
}

/** Danish sort keys compare bytewise, as the databases do. */
const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const byDepthThenCriticality = (byId: Map<string, AssetRow>) => (a: Reached, b: Reached) => {
  const left = byId.get(a.id);
  const right = byId.get(b.id);
  return (
    a.depth - b.depth ||
    (right?.criticality ?? 0) - (left?.criticality ?? 0) ||
    compareKeys(left?.name_key ?? '', right?.name_key ?? '')
  );
};

/** "What breaks if this fails": every dependent, nearest first, and the critical processes among them. */
export async function assetImpact(ctx: RequestContext, actor: Actor, orgId: string, id: string) {
  const org = await requireReadable(ctx, actor, orgId, 'assets.read');
  const asset = await loadAsset(ctx.db, org.id, id);
  const { byId, edges } = await loadGraph(ctx.db, org.id);
  const today = todayLocal();
  const reached = dependentsOf(edges, asset.id).sort(byDepthThenCriticality(byId));
  const dependents = reached.flatMap((r) => {
    const row = byId.get(r.id);
    return row ? [{ asset: presentNode(row, today), depth: r.depth, viaId: r.via }] : [];
  });
  const criticalProcesses = dependents
    .filter((d) => d.asset.clinicalCritical)
    .map((d) => ({ id: d.asset.id, name: d.asset.name, rank: d.asset.criticalRank, depth: d.depth }))
    .sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER));
  return {
    asset: presentAssetRef(asset),
    dependents,
    criticalProcesses,
    summary: {
      dependents: dependents.length,
      highestCriticality: dependents.length ? Math.max(...dependents.map((d) => d.asset.criticality)) : null,
      healthData: dependents.some((d) => d.asset.healthData),
    },
  };
}

/** The yearly overview of critical processes, the assets they need and their supply chains. */
export async function criticalOverviewOf(db: Db, orgId: string): Promise<CriticalOverview> {
  const { byId, edges } = await loadGraph(db, orgId);
  const processes = await repo.criticalProcesses(db, orgId);
  const today = todayLocal();
  return {
    date: today,
    items: processes.map((process, index) => {
      const supporting = dependenciesOf(edges, process.id)
        .sort(byDepthThenCriticality(byId))
        .flatMap((r) => {
          const row = byId.get(r.id);
          return row ? [{ asset: presentNode(row, today), depth: r.depth, viaId: r.via }] : [];
        });
      const suppliers = new Set(
        [process.supplier, ...supporting.map((s) => s.asset.supplier)].filter((s): s is string => Boolean(s)),
      );
      return {
        rank: process.critical_rank ?? index + 1,
        process: presentNode(process, today),
        supporting,
        suppliers: [...suppliers].sort((a, b) => a.localeCompare(b, 'da')),
        legacy: supporting.filter((s) => s.asset.legacy).length,
        unsupported: supporting.filter((s) => s.asset.unsupported).length,
        devices: supporting.filter((s) => s.asset.kind === 'device').length,
      };
    }),
  };
}

export async function criticalOverview(ctx: RequestContext, actor: Actor, orgId: string) {
  const org = await requireOrg(ctx, actor, orgId, 'assets.read');
  return criticalOverviewOf(ctx.db, org.id);
}

/** Ranks the critical clinical processes: `assetIds` lists every one of them, most critical first. */
export async function rankCriticalProcesses(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  assetIds: string[],
) {
  const org = await requireOrg(ctx, actor, orgId, 'assets.manage');
  return ctx.db.transaction().execute(async (trx) => {
    const current = await repo.criticalProcesses(trx, org.id);
    const expected = new Set(current.map((p) => p.id));
    const given = new Set(assetIds);
    if (
      given.size !== assetIds.length ||
      given.size !== expected.size ||
      ![...given].every((id) => expected.has(id))
    ) {
      throw invalid('asset_critical_order_mismatch', [
        { path: 'assetIds', code: 'asset_critical_order_mismatch' },
      ]);
    }
    await repo.setCriticalRanks(trx, org.id, assetIds);
    const before = current.map((p) => ({ id: p.id, name: p.name, rank: p.critical_rank }));
    const after = assetIds.map((id, index) => ({
      id,
      name: current.find((p) => p.id === id)?.name,
      rank: index + 1,
    }));
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'asset.critical_processes_ranked',
      entityType: 'organisation',
      entityId: org.id,
      before,
      after,
    });
    return criticalOverviewOf(trx, org.id);
  });
}
