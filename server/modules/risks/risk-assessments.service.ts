import { requireOrg, requireReadable } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { nowIso, todayLocal } from '../../platform/clock.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { danishKey } from '../../platform/danish-text.ts';
import { conflict, invalid, notFound, versionConflict } from '../../platform/errors.ts';
import { translate } from '../../platform/i18n.ts';
import { newId } from '../../platform/ids.ts';
import { decodeCursor, pageOf } from '../../platform/pagination.ts';
import { syncTaskBySource } from '../tasks/index.ts';
import { syncExpiredAcceptances } from './risk-acceptance.service.ts';
import {
  type AssessmentItem,
  type AssessmentSummary,
  itemOf,
  presentAssessment,
  presentAssessmentRecord,
  presentItem,
} from './risk-assessments.presenter.ts';
import * as repo from './risk-assessments.repository.ts';
import type { AssessmentListQuery, DecisionInput, FreezeInput } from './risk-assessments.schemas.ts';
import { levelOf, type Matrix } from './risk-matrix.rules.ts';
import { matrixOf } from './risk-matrix.service.ts';
import { assessmentApprovalKey, raiseAssessmentApprovalTask } from './risk-tasks.service.ts';
import { risksPolicy } from './risks.policy.ts';
import type { RiskRecord } from './risks.presenter.ts';
import * as risks from './risks.repository.ts';
import { presentRisks } from './risks.service.ts';

const ENTITY = 'risk_assessment';

async function loadAssessment(db: RequestContext['db'], orgId: string, id: string) {
  const row = await repo.findAssessment(db, orgId, id);
  if (!row) throw notFound();
  return row;
}

function summaryOf(matrix: Matrix, register: RiskRecord[]): AssessmentSummary {
  return {
    risks: register.length,
    accepted: register.filter((r) => r.status === 'accepted').length,
    aboveTolerance: register.filter((r) => r.aboveTolerance).length,
    residualAssessed: register.filter((r) => r.residualScore !== null).length,
    byLevel: matrix.bands.map((band, index) => {
      const level = levelOf(matrix, band.maxScore);
      return { ...level, rank: index + 1, count: register.filter((r) => r.level.rank === index + 1).length };
    }),
  };
}

export async function listAssessments(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  query: AssessmentListQuery,
) {
  const org = await requireOrg(ctx, actor, orgId, 'risks.read');
  const rows = await repo.listAssessments(ctx.db, org.id, {
    cursor: query.cursor ? decodeCursor(query.cursor, 2) : undefined,
    limit: query.limit,
  });
  const page = pageOf(rows, query.limit, (row) => [row.assessment_date, row.id]);
  return { items: page.items.map((row) => presentAssessment(actor, org, row)), nextCursor: page.nextCursor };
}

export async function getAssessment(ctx: RequestContext, actor: Actor, orgId: string, id: string) {
  const org = await requireReadable(ctx, actor, orgId, 'risks.read');
  const row = await loadAssessment(ctx.db, org.id, id);
  return {
    ...presentAssessment(actor, org, row),
    items: (await repo.itemsOf(ctx.db, row.id)).map(presentItem),
  };
}

/**
 * Freezes the live register (open and accepted risks) as the yearly risk assessment: each risk
 * as it stands, with the matrix it was scored on. The copy is immutable (the database refuses
 * changes); management approves or rejects it, and a task asks them to.
 */
export async function freezeAssessment(ctx: RequestContext, actor: Actor, orgId: string, input: FreezeInput) {
  const org = await requireOrg(ctx, actor, orgId, 'risks.manage');
  const today = todayLocal();
  const date = input.assessmentDate ?? today;
  if (date > today)
    throw invalid('invalid_request', [{ path: 'assessmentDate', code: 'risk_assessment_date_future' }]);
  await syncExpiredAcceptances(ctx, [org.id]);
  return ctx.db.transaction().execute(async (trx) => {
    const matrix = await matrixOf(trx, org.id);
    const register = await presentRisks(
      trx,
      await risks.risksOfOrg(trx, org.id, ['open', 'accepted']),
      new Map([[org.id, matrix]]),
    );
    const id = newId();
    const now = nowIso();
    const title = input.title ?? translate('da', 'risk_assessment.default_title', { year: date.slice(0, 4) });
    await repo.insertAssessment(trx, {
      id,
      org_id: org.id,
      title,
      assessment_date: date,
      note: input.note ?? null,
      status: 'awaiting_approval',
      matrix_json: JSON.stringify(matrix),
      summary_json: JSON.stringify(summaryOf(matrix, register)),
      frozen_by: actor.id,
      frozen_by_name: actor.name,
      frozen_at: now,
      decided_by: null,
      decided_by_name: null,
      decided_at: null,
      decision_note: null,
      version: 1,
    });
    await repo.insertItems(
      trx,
      register.map((risk) => ({
        assessment_id: id,
        org_id: org.id,
        risk_id: risk.id,
        title: risk.title,
        title_key: danishKey(risk.title),
        status: risk.status,
        inherent_score: risk.inherentScore,
        residual_score: risk.residualScore,
        score: risk.score,
        data_json: JSON.stringify(itemOf(risk)),
      })),
    );
    await raiseAssessmentApprovalTask(trx, ctx, org.id, { id, title });
    const row = await loadAssessment(trx, org.id, id);
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'risk_assessment.frozen',
      entityType: ENTITY,
      entityId: id,
      after: presentAssessmentRecord(row),
    });
    return presentAssessment(actor, org, row);
  });
}

/** Management's decision on a frozen assessment, once; never by the person who froze it. */
export async function decideAssessment(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  id: string,
  input: DecisionInput,
) {
  const org = await requireReadable(ctx, actor, orgId, 'risks.read');
  const current = await loadAssessment(ctx.db, org.id, id);
  risksPolicy.decideAssessment(actor, org, current.frozen_by);
  if (current.status !== 'awaiting_approval') throw conflict('risk_assessment_decided');
  if (input.decision === 'rejected' && !input.note?.trim()) {
    throw invalid('invalid_request', [{ path: 'note', code: 'risk_assessment_rejection_note' }]);
  }
  return ctx.db.transaction().execute(async (trx) => {
    const changed = await repo.decide(trx, id, input.version, {
      status: input.decision,
      decided_by: actor.id,
      decided_by_name: actor.name,
      decided_at: nowIso(),
      decision_note: input.note ?? null,
    });
    if (!changed) throw versionConflict();
    await syncTaskBySource(trx, ctx, org.id, assessmentApprovalKey(id), { status: 'done' });
    const row = await loadAssessment(trx, org.id, id);
    const after = presentAssessment(actor, org, row);
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: input.decision === 'approved' ? 'risk_assessment.approved' : 'risk_assessment.rejected',
      entityType: ENTITY,
      entityId: id,
      before: { status: current.status },
      after: { status: after.status, note: after.decisionNote },
    });
    return after;
  });
}

const sideOf = (item: AssessmentItem) => ({
  inherentScore: item.inherentScore,
  residualScore: item.residualScore,
  score: item.score,
  level: item.level,
});

/** Two assessments side by side: new risks, closed risks, and risks whose scores moved. */
export async function compareAssessments(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  fromId: string,
  toId: string,
) {
  const org = await requireReadable(ctx, actor, orgId, 'risks.read');
  const [from, to] = await Promise.all([
    loadAssessment(ctx.db, org.id, fromId),
    loadAssessment(ctx.db, org.id, toId),
  ]);
  const [fromItems, toItems] = await Promise.all([
    repo.itemsOf(ctx.db, from.id),
    repo.itemsOf(ctx.db, to.id),
  ]);
  const before = new Map(fromItems.map((row) => [row.risk_id, presentItem(row)]));
  const after = new Map(toItems.map((row) => [row.risk_id, presentItem(row)]));
  const moved = [];
  let unchanged = 0;
  for (const [riskId, later] of after) {
    const earlier = before.get(riskId);
    if (!earlier) continue;
    const same =
      earlier.inherentScore === later.inherentScore &&
      earlier.residualScore === later.residualScore &&
      earlier.score === later.score;
    if (same) {
      unchanged += 1;
      continue;
    }
    moved.push({
      riskId,
      title: later.title,
      from: sideOf(earlier),
      to: sideOf(later),
      direction: (later.score > earlier.score ? 'up' : later.score < earlier.score ? 'down' : 'same') as
        | 'up'
        | 'down'
        | 'same',
    });
  }
  moved.sort((a, b) => Math.abs(b.to.score - b.from.score) - Math.abs(a.to.score - a.from.score));
  return {
    from: presentAssessment(actor, org, from),
    to: presentAssessment(actor, org, to),
    new: [...after.values()].filter((item) => !before.has(item.riskId)),
    closed: [...before.values()].filter((item) => !after.has(item.riskId)),
    moved,
    unchanged,
  };
}
