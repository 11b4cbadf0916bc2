import type { Readable } from 'node:stream';
import type { Db } from '../../db/database.ts';
import type { OrganisationRow } from '../../db/schema.ts';
import { can, requireOrg } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { loadActor } from '../../platform/authenticate.ts';
import { nowIso } from '../../platform/clock.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { danishKey } from '../../platform/danish-text.ts';
import { type FieldError, invalid, versionConflict } from '../../platform/errors.ts';
import { openFile } from '../../platform/files/files.service.ts';
import { type Locale, translate } from '../../platform/i18n.ts';
import { newId } from '../../platform/ids.ts';
import { columnHeaders, type ImportField } from './asset-columns.rules.ts';
import { type Edge, findCycle } from './asset-graph.rules.ts';
import {
  type ImportValues,
  type ParsedFile,
  parseTable,
  type RowError,
  readCsv,
  readXlsx,
} from './asset-import.rules.ts';
import { type AssetRow, presentAsset } from './assets.presenter.ts';
import * as repo from './assets.repository.ts';
import { assetRuleErrors } from './assets.service.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

/** The uploaded file (files module: size limit and type checked on upload) read as a table. */
async function readImportFile(ctx: RequestContext, actor: Actor, org: OrganisationRow, fileId: string) {
  const { file, content } = await openFile(ctx, actor, org.id, fileId);
  const bytes = await bytesOf(content);
  if (file.contentType === XLSX) return { file, table: await readXlsx(bytes) };
  if (file.contentType.startsWith('text/csv')) return { file, table: readCsv(bytes) };
  throw invalid('asset_import_file_type', [{ path: 'fileId', code: 'asset_import_file_type' }]);
}

type PlannedRow = {
  row: number;
  name: string;
  action: 'create' | 'update';
  id: string;
  existing: AssetRow | undefined;
  values: Partial<ImportValues>;
  ownerUserId: string | null | undefined;
  dependsOnIds: string[] | undefined;
};

type Plan = { rows: PlannedRow[]; errors: RowError[] };

const requiredForNew: ImportField[] = ['kind', 'criticality', 'confidentiality', 'integrity', 'availability'];

/**
 * Matches rows to existing assets by name (Danish key), checks owners, required values,
 * cross-field rules and dependencies, and the dependency graph as it would be after the
 * import. Every problem becomes a row error; nothing is written.
 */
async function planImport(db: Db, org: OrganisationRow, parsed: ParsedFile): Promise<Plan> {
  const errors = [...parsed.errors];
  const existing = await repo.allAssets(db, org.id);
  const byKey = new Map(existing.map((a) => [a.name_key, a]));
  const firstRowOf = new Map<string, number>();
  const rows: PlannedRow[] = [];
  for (const parsedRow of parsed.rows) {
    const name = parsedRow.values.name;
    if (name === undefined) continue;
    const key = danishKey(name);
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      errors.push({
        row: parsedRow.row,
        field: 'name',
        code: 'asset_import_duplicate_name',
        params: { first },
      });
      continue;
    }
    firstRowOf.set(key, parsedRow.row);
    const match = byKey.get(key);
    rows.push({
      row: parsedRow.row,
      name,
      action: match ? 'update' : 'create',
      id: match?.id ?? newId(),
      existing: match,
      values: parsedRow.values,
      ownerUserId: undefined,
      dependsOnIds: undefined,
    });
  }

  const owners = await resolveOwners(db, org, rows);
  for (const row of rows) {
    if (row.action === 'create') {
      for (const field of requiredForNew) {
        if (row.values[field] === undefined && !errors.some((e) => e.row === row.row && e.field === field)) {
          errors.push({ row: row.row, field, code: 'required' });
        }
      }
    }
    if (row.values.owner !== undefined) {
      if (row.values.owner === null) row.ownerUserId = null;
      else {
        const id = owners.get(row.values.owner);
        if (id) row.ownerUserId = id;
        else
          errors.push({
            row: row.row,
            field: 'owner',
            code: 'asset_import_unknown_owner',
            params: { value: row.values.owner },
          });
      }
    }
    const merged = mergedValues(row);
    for (const error of assetRuleErrors(merged)) {
      errors.push({
        row: row.row,
        field: error.path === 'personalData' ? 'healthData' : 'clinicalCritical',
        code: error.code,
      });
    }
  }

  const idByKey = new Map<string, string>([
    ...existing.map((a) => [a.name_key, a.id] as [string, string]),
    ...rows.map((r) => [danishKey(r.name), r.id] as [string, string]),
  ]);
  for (const row of rows) {
    if (!row.values.dependsOn) continue;
    const ids: string[] = [];
    for (const name of row.values.dependsOn) {
      const id = idByKey.get(danishKey(name));
      if (!id)
        errors.push({
          row: row.row,
          field: 'dependsOn',
          code: 'asset_import_unknown_dependency',
          params: { value: name },
        });
      else if (id === row.id)
        errors.push({ row: row.row, field: 'dependsOn', code: 'asset_dependency_self' });
      else if (!ids.includes(id)) ids.push(id);
    }
    row.dependsOnIds = ids;
  }

  const replaced = new Set(rows.filter((r) => r.dependsOnIds).map((r) => r.id));
  const edges: Edge[] = [
    ...(await repo.edgesOf(db, org.id)).filter((e) => !replaced.has(e.from)),
    ...rows.flatMap((r) => (r.dependsOnIds ?? []).map((to) => ({ from: r.id, to }))),
  ];
  const cycle = findCycle(edges);
  if (cycle) {
    const nameOf = new Map<string, string>([
      ...existing.map((a) => [a.id, a.name] as [string, string]),
      ...rows.map((r) => [r.id, r.name] as [string, string]),
    ]);
    const culprit = rows.find((r) => r.dependsOnIds && cycle.includes(r.id)) ?? rows[0];
    if (culprit) {
      errors.push({
        row: culprit.row,
        field: 'dependsOn',
        code: 'asset_import_dependency_cycle',
        params: { cycle: cycle.map((id) => nameOf.get(id) ?? id).join(' → ') },
      });
    }
  }
  errors.sort((a, b) => a.row - b.row);
  return { rows, errors };
}

/** E-mail -> user id, for owners who can read the organisation's assets. */
async function resolveOwners(db: Db, org: OrganisationRow, rows: PlannedRow[]): Promise<Map<string, string>> {
  const emails = [...new Set(rows.map((r) => r.values.owner).filter((e): e is string => Boolean(e)))];
  const result = new Map<string, string>();
  if (!emails.length) return result;
  const users = await db.selectFrom('users').select(['id', 'email']).where('email', 'in', emails).execute();
  for (const user of users) {
    const owner = await loadActor(db, user.id, null);
    if (owner && can(owner, 'assets.read', org)) result.set(user.email, user.id);
  }
  return result;
}

function mergedValues(row: PlannedRow) {
  const e = row.existing;
  return {
    kind: row.values.kind ?? e?.kind ?? 'system',
    personalData: row.values.personalData ?? Boolean(e?.personal_data),
    healthData: row.values.healthData ?? Boolean(e?.health_data),
    clinicalCritical: row.values.clinicalCritical ?? Boolean(e?.clinical_critical),
  };
}

export type ImportError = { row: number; field: ImportField; column: string; code: string; message: string };

function describeError(error: RowError, parsed: ParsedFile, locale: Locale): ImportError {
  const column =
    parsed.columns.find((c) => c.field === error.field)?.header ?? columnHeaders[error.field][locale];
  return {
    row: error.row,
    field: error.field,
    column,
    code: error.code,
    message: translate(locale, error.code, error.params ?? {}),
  };
}

/** The import file of an organisation whose assets the actor manages, parsed into rows. */
async function parseImportFile(ctx: RequestContext, actor: Actor, orgId: string, fileId: string) {
  const org = await requireOrg(ctx, actor, orgId, 'assets.manage');
  const { file, table } = await readImportFile(ctx, actor, org, fileId);
  return { org, file, parsed: parseTable(table) };
}

export async function previewImport(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  fileId: string,
  locale: Locale,
) {
  const { org, file, parsed } = await parseImportFile(ctx, actor, orgId, fileId);
  const plan = await planImport(ctx.db, org, parsed);
  const errors = plan.errors.map((e) => describeError(e, parsed, locale));
  const failing = new Set(errors.map((e) => e.row));
  return {
    file: { id: file.id, name: file.name, sha256: file.sha256 },
    columns: parsed.columns,
    ignoredHeaders: parsed.ignoredHeaders,
    rows: parsed.rows.map((r) => {
      const planned = plan.rows.find((p) => p.row === r.row);
      return {
        row: r.row,
        name: r.values.name ?? null,
        action: planned?.action ?? null,
        valid: !failing.has(r.row),
      };
    }),
    errors,
    summary: {
      rows: parsed.rows.length,
      create: plan.rows.filter((r) => r.action === 'create').length,
      update: plan.rows.filter((r) => r.action === 'update').length,
      errors: errors.length,
    },
  };
}

/**
 * Imports every row or none: one bad row refuses the whole file with a 400 that names each
 * row and column. Creates and updates run in one transaction with an audit event per asset
 * and one for the import (file name and sha256), so the register can be traced to the file.
 */
export async function commitImport(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  fileId: string,
  locale: Locale,
) {
  const { org, file, parsed } = await parseImportFile(ctx, actor, orgId, fileId);
  return ctx.db.transaction().execute(async (trx) => {
    const plan = await planImport(trx, org, parsed);
    if (plan.errors.length) {
      const described = plan.errors.map((e) => describeError(e, parsed, locale));
      const first = described[0] as ImportError;
      const fields: FieldError[] = described.map((e) => ({
        path: `rows.${e.row}.${e.field}`,
        code: e.code,
        message: translate(locale, 'asset_import_row_error', {
          row: e.row,
          column: e.column,
          message: e.message,
        }),
      }));
      throw invalid('asset_import_invalid', fields, {
        count: described.length,
        row: first.row,
        column: first.column,
      });
    }
    const now = nowIso();
    for (const row of plan.rows) {
      const v = row.values;
      const columns = {
        ...(v.description !== undefined ? { description: v.description } : {}),
        ...(row.ownerUserId !== undefined ? { owner_user_id: row.ownerUserId } : {}),
        ...(v.criticality !== undefined ? { criticality: v.criticality } : {}),
        ...(v.confidentiality !== undefined ? { confidentiality: v.confidentiality } : {}),
        ...(v.integrity !== undefined ? { integrity: v.integrity } : {}),
        ...(v.availability !== undefined ? { availability: v.availability } : {}),
        ...(v.personalData !== undefined ? { personal_data: v.personalData } : {}),
        ...(v.healthData !== undefined ? { health_data: v.healthData } : {}),
        ...(v.legacy !== undefined ? { legacy: v.legacy } : {}),
        ...(v.endOfSupport !== undefined ? { end_of_support: v.endOfSupport } : {}),
        ...(v.supplier !== undefined ? { supplier: v.supplier } : {}),
        ...(v.hosting !== undefined ? { hosting: v.hosting } : {}),
        ...(v.kind !== undefined ? { kind: v.kind } : {}),
      };
      const critical = v.clinicalCritical ?? Boolean(row.existing?.clinical_critical);
      if (row.existing) {
        // Someone changed the asset between the plan and now: refuse rather than overwrite.
        const updated = await repo.updateAsset(trx, row.id, row.existing.version, {
          ...columns,
          name: row.name,
          name_key: danishKey(row.name),
          clinical_critical: critical,
          critical_rank: critical ? (row.existing.critical_rank ?? null) : null,
          updated_at: now,
        });
        if (!updated) throw versionConflict();
      } else {
        await repo.insertAsset(trx, {
          id: row.id,
          org_id: org.id,
          name: row.name,
          name_key: danishKey(row.name),
          kind: v.kind as ImportValues['kind'],
          criticality: v.criticality as number,
          confidentiality: v.confidentiality as number,
          integrity: v.integrity as number,
          availability: v.availability as number,
          ...columns,
          clinical_critical: critical,
          critical_rank: null,
          created_by: actor.id,
          version: 1,
          created_at: now,
          updated_at: now,
        });
      }
    }
    for (const row of plan.rows) {
      if (!row.dependsOnIds) continue;
      await repo.deleteDependencies(trx, row.id);
      await repo.insertDependencies(trx, org.id, row.id, row.dependsOnIds, now);
    }
    await rerankCriticalProcesses(trx, org.id, plan.rows);
    for (const row of plan.rows) {
      const after = await repo.findAsset(trx, org.id, row.id);
      await writeAudit(trx, ctx, {
        orgId: org.id,
        action: row.existing ? 'asset.updated' : 'asset.created',
        entityType: 'asset',
        entityId: row.id,
        before: row.existing ? presentAsset(row.existing) : undefined,
        after: after && presentAsset(after),
      });
    }
    const summary = {
      created: plan.rows.filter((r) => r.action === 'create').length,
      updated: plan.rows.filter((r) => r.action === 'update').length,
    };
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'asset.imported',
      entityType: 'file',
      entityId: file.id,
      after: { file: { id: file.id, name: file.name, sha256: file.sha256 }, ...summary },
    });
    return { ...summary, file: { id: file.id, name: file.name, sha256: file.sha256 } };
  });
}

/**
 * After an import the critical processes are renumbered 1..n: a rank given in the file wins,
 * then the existing rank, then file order.
 */
async function rerankCriticalProcesses(trx: Db, orgId: string, rows: PlannedRow[]) {
  const processes = await repo.criticalProcesses(trx, orgId);
  const fromFile = new Map(rows.map((r, index) => [r.id, { rank: r.values.criticalRank ?? null, index }]));
  const sortKey = (p: AssetRow) => {
    const row = fromFile.get(p.id);
    return [row?.rank ?? p.critical_rank ?? Number.MAX_SAFE_INTEGER, row?.index ?? -1] as const;
  };
  const ordered = [...processes].sort((a, b) => {
    const [ra, ia] = sortKey(a);
    const [rb, ib] = sortKey(b);
    return ra - rb || ia - ib;
  });
  await repo.setCriticalRanks(
    trx,
    orgId,
    ordered.map((p) => p.id),
  );
}
