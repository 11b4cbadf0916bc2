import type { Db } from '../../db/database.ts';
import type { OrganisationRow, RiskStatus } from '../../db/schema.ts';
import {
  assertMemberCanRead,
  can,
  readableSubtree,
  requireOrg,
  requireReadable,
  rolesAt,
} from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { addMonthsToDate, isOverdue, nowIso, todayLocal } from '../../platform/clock.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { danishKey } from '../../platform/danish-text.ts';
import { conflict, type FieldError, invalid, notFound, versionConflict } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { decodeCursor, pageOf } from '../../platform/pagination.ts';
import { existingAssetIds, presentAssetRef } from '../assets/index.ts';
import { syncExpiredAcceptances } from './risk-acceptance.service.ts';
import { cancelActionTask } from './risk-actions.service.ts';
import { levelErrors, type Matrix, type RiskLevels } from './risk-matrix.rules.ts';
import { columnsOfLevels, levelsOfRow, matricesFor, matrixOf } from './risk-matrix.service.ts';
import { RISK_ENTITY, syncReviewTask } from './risk-tasks.service.ts';
import { risksPolicy } from './risks.policy.ts';
import {
  type AcceptanceRow,
  presentRisk,
  presentRiskFor,
  type RiskExtras,
  type RiskRecord,
  type RiskRow,
} from './risks.presenter.ts';
import * as repo from './risks.repository.ts';
import type { RiskInput, RiskListFilters, RiskReview, RiskUpdate } from './risks.schemas.ts';
import { resolveThreats, threatRefsByIds } from './threats.service.ts';

export type RiskListQuery = Omit<RiskListFilters, 'sort'> & {
  sort: repo.RiskSort;
  direction: 'asc' | 'desc';
};

type RiskFields = Omit<RiskUpdate, 'version' | 'status'>;

/** How long a risk goes between reviews unless a date is given: at least yearly (ISO 27005 practice). */
export const REVIEW_MONTHS = 12;

/** The latest acceptance of each risk unless it was revoked or superseded. */
function currentAcceptances(rows: AcceptanceRow[]): Map<string, AcceptanceRow> {
  const result = new Map<string, AcceptanceRow>();
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.risk_id)) continue;
    seen.add(row.risk_id);
    if (row.end_reason !== 'revoked' && row.end_reason !== 'superseded') result.set(row.risk_id, row);
  }
  return result;
}

const byTitle = (a: string, b: string) => {
  const [x, y] = [danishKey(a), danishKey(b)];
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Presents risks with their threats, assets, acceptance and action counts in a few queries. */
export async function presentRisks(
  db: Db,
  rows: RiskRow[],
  matrices?: Map<string, Matrix>,
): Promise<RiskRecord[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const byOrg = matrices ?? (await matricesFor(db, [...new Set(rows.map((r) => r.org_id))]));
  const [threatLinks, assetLinks, acceptances, actions] = await Promise.all([
    repo.threatIdsOf(db, ids),
    repo.assetsOf(db, ids),
    repo.acceptancesOf(db, ids),
    repo.actionsOf(db, ids),
  ]);
  const refs = await threatRefsByIds(
    db,
    threatLinks.map((l) => l.threat_id),
  );
  const current = currentAcceptances(acceptances);
  const now = new Date();
  const extras = (id: string): RiskExtras => {
    const own = actions.filter((a) => a.risk_id === id);
    const open = own.filter((a) => a.task_status === 'open' || a.task_status === 'in_progress');
    return {
      threats: threatLinks
        .filter((l) => l.risk_id === id)
        .flatMap((l) => refs.get(l.threat_id) ?? [])
        .sort((a, b) => byTitle(a.title.da, b.title.da)),
      assets: assetLinks.filter((a) => a.risk_id === id).map(presentAssetRef),
      acceptance: current.get(id) ?? null,
      actionSummary: {
        total: own.length,
        open: open.length,
        overdue: open.filter((a) => a.due_date !== null && isOverdue(a.due_date, now)).length,
      },
    };
  };
  return rows.map((row) => presentRisk(row, byOrg.get(row.org_id) as Matrix, extras(row.id), now));
}

export async function presentOne(db: Db, row: RiskRow): Promise<RiskRecord> {
  return (await presentRisks(db, [row]))[0] as RiskRecord;
}

export async function loadRisk(db: Db, orgId: string, id: string): Promise<RiskRow> {
  const risk = await repo.findRisk(db, orgId, id);
  if (!risk) throw notFound();
  return risk;
}

/** A cursor's sort value must have the sort column's type, or PostgreSQL would fail on the comparison. */
function cursorOf(cursor: string, sort: repo.RiskSort) {
  const values = decodeCursor(cursor, 2);
  const numeric = sort === 'score' || sort === 'inherentScore';
  if ((typeof values[0] === 'number') !== numeric || typeof values[1] !== 'string') {
    throw invalid('invalid_cursor', [{ path: 'cursor', code: 'invalid_cursor' }]);
  }
  return values;
}

export async function listRisks(ctx: RequestContext, actor: Actor, orgId: string, query: RiskListQuery) {
  const org = await requireOrg(ctx, actor, orgId, 'risks.read');
  const orgs = query.subtree ? await readableSubtree(ctx, actor, org, 'risks.read') : [org];
  const orgIds = orgs.map((o) => o.id);
  await syncExpiredAcceptances(ctx, orgIds);
  const rows = await repo.listRisks(ctx.db, {
    ...query,
    orgIds,
    reviewOverdueBefore: query.reviewOverdue ? todayLocal() : undefined,
    cursor: query.cursor ? cursorOf(query.cursor, query.sort) : undefined,
  });
  const column = repo.riskSortColumns[query.sort].slice(2) as
    | 'score'
    | 'inherent_score'
    | 'title_key'
    | 'review_date';
  const page = pageOf(rows, query.limit, (row) => [row[column], row.id]);
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const items = await presentRisks(ctx.db, page.items);
  return {
    items: items.map((risk) => presentRiskFor(actor, byId.get(risk.orgId) ?? org, risk)),
    nextCursor: page.nextCursor,
  };
}

export async function getRisk(ctx: RequestContext, actor: Actor, orgId: string, id: string) {
  const org = await requireReadable(ctx, actor, orgId, 'risks.read');
  return presentRiskFor(actor, org, await presentOne(ctx.db, await loadRisk(ctx.db, org.id, id)));
}

const nullable = <T>(value: T | null | undefined): T | null => value ?? null;

function levelsOfInput(input: Partial<RiskFields>, base?: RiskLevels): RiskLevels {
  const pick = <K extends keyof RiskLevels>(key: K): RiskLevels[K] =>
    (input[key] !== undefined ? input[key] : (base?.[key] ?? null)) as RiskLevels[K];
  return {
    likelihood: pick('likelihood'),
    consequenceOrganisation: pick('consequenceOrganisation'),
    consequencePatientSafety: pick('consequencePatientSafety'),
    consequenceDataSubject: pick('consequenceDataSubject'),
    residualLikelihood: pick('residualLikelihood'),
    residualConsequenceOrganisation: pick('residualConsequenceOrganisation'),
    residualConsequencePatientSafety: pick('residualConsequencePatientSafety'),
    residualConsequenceDataSubject: pick('residualConsequenceDataSubject'),
  };
}

async function assertAssets(db: Db, orgId: string, ids: readonly string[]): Promise<void> {
  const existing = await existingAssetIds(db, orgId, ids);
  const errors: FieldError[] = ids.flatMap((id, index) =>
    existing.has(id) ? [] : [{ path: `assetIds.${index}`, code: 'asset_not_found' }],
  );
  if (errors.length) throw invalid('invalid_request', errors);
}

/** Checks everything a risk needs before it is written; throws the first failing rule set as a 400. */
async function validate(
  db: Db,
  org: OrganisationRow,
  matrix: Matrix,
  levels: RiskLevels,
  input: Partial<RiskFields>,
  status: RiskStatus,
  ownerUserId: string | null,
) {
  const errors = levelErrors(matrix, levels);
  if (status !== 'draft' && !ownerUserId) errors.push({ path: 'ownerUserId', code: 'risk_owner_required' });
  if (errors.length) throw invalid('invalid_request', errors);
  if (input.ownerUserId !== undefined)
    await assertMemberCanRead({ db }, input.ownerUserId, org, 'risks.read');
  if (input.threatIds) await resolveThreats(db, org, input.threatIds);
  if (input.assetIds) await assertAssets(db, org.id, input.assetIds);
}

const dedupe = (ids: readonly string[] | undefined) => (ids ? [...new Set(ids)] : undefined);

export async function createRisk(ctx: RequestContext, actor: Actor, orgId: string, input: RiskInput) {
  const org = await requireOrg(ctx, actor, orgId, 'risks.write');
  const manages = can(actor, 'risks.manage', org);
  const ownsOnly = !manages && rolesAt(actor.memberships, org).has('risk_owner');
  const ownerUserId = input.ownerUserId !== undefined ? input.ownerUserId : ownsOnly ? actor.id : null;
  const status = input.status ?? (manages || (ownsOnly && ownerUserId === actor.id) ? 'open' : 'draft');
  risksPolicy.create(actor, org, { ownerUserId, status });
  const matrix = await matrixOf(ctx.db, org.id);
  const levels = levelsOfInput(input);
  await validate(ctx.db, org, matrix, levels, { ...input, ownerUserId }, status, ownerUserId);
  const id = newId();
  return ctx.db.transaction().execute(async (trx) => {
    const now = nowIso();
    await repo.insertRisk(trx, {
      id,
      org_id: org.id,
      title: input.title,
      title_key: danishKey(input.title),
      description: nullable(input.description),
      status,
      owner_user_id: ownerUserId,
      ...columnsOfLevels(levels),
      existing_controls: nullable(input.existingControls),
      planned_controls: nullable(input.plannedControls),
      treatment: nullable(input.treatment),
      treatment_note: nullable(input.treatmentNote),
      review_date: input.reviewDate ?? addMonthsToDate(todayLocal(), REVIEW_MONTHS),
      last_reviewed_at: null,
      last_reviewed_by: null,
      created_by: actor.id,
      version: 1,
      created_at: now,
      updated_at: now,
    });
    await repo.setThreats(trx, org.id, id, dedupe(input.threatIds) ?? []);
    await repo.setAssets(trx, org.id, id, dedupe(input.assetIds) ?? []);
    const row = await loadRisk(trx, org.id, id);
    await syncReviewTask(trx, ctx, null, row);
    const risk = await presentOne(trx, row);
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'risk.created',
      entityType: RISK_ENTITY,
      entityId: id,
      after: risk,
    });
    return presentRiskFor(actor, org, risk);
  });
}

/** Which status changes a PATCH may make; acceptance has its own endpoint. */
const transitions: Record<RiskStatus, readonly RiskStatus[]> = {
  draft: ['draft', 'open'],
  open: ['open', 'closed'],
  accepted: ['accepted', 'closed'],
  closed: ['closed', 'open'],
};

export async function updateRisk(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  id: string,
  input: RiskUpdate,
) {
  const org = await requireReadable(ctx, actor, orgId, 'risks.read');
  const current = await loadRisk(ctx.db, org.id, id);
  risksPolicy.update(actor, org, current, { ownerUserId: input.ownerUserId, status: input.status });
  const status = input.status ?? current.status;
  if (!transitions[current.status].includes(status)) {
    throw invalid('invalid_request', [{ path: 'status', code: 'risk_status_transition' }]);
  }
  const matrix = await matrixOf(ctx.db, org.id);
  const levels = levelsOfInput(input, levelsOfRow(current));
  const ownerUserId = input.ownerUserId !== undefined ? input.ownerUserId : current.owner_user_id;
  await validate(ctx.db, org, matrix, levels, input, status, ownerUserId);
  return ctx.db.transaction().execute(async (trx) => {
    const before = await presentOne(trx, current);
    const columns = columnsOfLevels(levels);
    const now = nowIso();
    // An accepted risk whose score rises is no longer what was accepted: the acceptance lapses.
    const lapses = current.status === 'accepted' && status === 'accepted' && columns.score > current.score;
    const set = <T>(value: T | undefined, column: string) => (value === undefined ? {} : { [column]: value });
    const changed = await repo.updateRisk(trx, id, input.version, {
      ...(input.title !== undefined ? { title: input.title, title_key: danishKey(input.title) } : {}),
      ...set(input.description, 'description'),
      ...set(input.ownerUserId, 'owner_user_id'),
      ...set(input.existingControls, 'existing_controls'),
      ...set(input.plannedControls, 'planned_controls'),
      ...set(input.treatment, 'treatment'),
      ...set(input.treatmentNote, 'treatment_note'),
      ...set(input.reviewDate, 'review_date'),
      ...columns,
      status: lapses ? 'open' : status,
      updated_at: now,
    });
    if (!changed) throw versionConflict();
    if (input.threatIds) await repo.setThreats(trx, org.id, id, dedupe(input.threatIds) ?? []);
    if (input.assetIds) await repo.setAssets(trx, org.id, id, dedupe(input.assetIds) ?? []);
    if (lapses) {
      const acceptance = await repo.openAcceptanceOf(trx, id);
      if (acceptance) {
        await repo.endAcceptance(trx, acceptance.id, {
          ended_at: now,
          ended_by: actor.id,
          end_reason: 'lapsed',
          end_note: 'score_increased',
        });
      }
    }
    const row = await loadRisk(trx, org.id, id);
    await syncReviewTask(trx, ctx, current, row);
    const after = await presentOne(trx, row);
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'risk.updated',
      entityType: RISK_ENTITY,
      entityId: id,
      before,
      after,
    });
    return presentRiskFor(actor, org, after);
  });
}

/** Records that the risk was reviewed, with a note, and sets the next review date. */
export async function reviewRisk(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  id: string,
  input: RiskReview,
) {
  const org = await requireReadable(ctx, actor, orgId, 'risks.read');
  const current = await loadRisk(ctx.db, org.id, id);
  risksPolicy.update(actor, org, current);
  if (current.status !== 'open' && current.status !== 'accepted') throw conflict('risk_not_live');
  const today = todayLocal();
  const next = input.nextReviewDate ?? addMonthsToDate(today, REVIEW_MONTHS);
  if (next <= today)
    throw invalid('invalid_request', [{ path: 'nextReviewDate', code: 'risk_review_date_past' }]);
  return ctx.db.transaction().execute(async (trx) => {
    const now = nowIso();
    const changed = await repo.updateRisk(trx, id, input.version, {
      last_reviewed_at: now,
      last_reviewed_by: actor.id,
      review_date: next,
      updated_at: now,
    });
    if (!changed) throw versionConflict();
    const row = await loadRisk(trx, org.id, id);
    await syncReviewTask(trx, ctx, current, row, 'done');
    const after = await presentOne(trx, row);
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'risk.reviewed',
      entityType: RISK_ENTITY,
      entityId: id,
      before: { reviewDate: current.review_date, lastReviewedAt: current.last_reviewed_at },
      after: { reviewDate: next, lastReviewedAt: now, note: input.note ?? null },
    });
    return presentRiskFor(actor, org, after);
  });
}

/** Only drafts are deleted; a risk that was in the register is closed instead, so it stays traceable. */
export async function deleteRisk(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  id: string,
): Promise<void> {
  const org = await requireReadable(ctx, actor, orgId, 'risks.read');
  const current = await loadRisk(ctx.db, org.id, id);
  risksPolicy.delete(actor, org, current);
  if (current.status !== 'draft') throw conflict('risk_delete_not_draft');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await presentOne(trx, current);
    for (const action of await repo.actionsOf(trx, [id])) await cancelActionTask(trx, ctx, org.id, action);
    await repo.deleteRisk(trx, id);
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'risk.deleted',
      entityType: RISK_ENTITY,
      entityId: id,
      before,
    });
  });
}
