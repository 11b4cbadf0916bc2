import type { Db } from '../../db/database.ts';
import type { RiskMatricesTable } from '../../db/schema.ts';
import { requireOrg } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { nowIso } from '../../platform/clock.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { invalid, versionConflict } from '../../platform/errors.ts';
import { presentMatrix, type StoredMatrix } from './risk-matrix.presenter.ts';
import * as repo from './risk-matrix.repository.ts';
import {
  defaultMatrix,
  isAboveTolerance,
  levelOf,
  type Matrix,
  type MatrixBand,
  type MatrixLevel,
  mappingErrors,
  matrixErrors,
  type RiskLevels,
  remapLevels,
  scoresOf,
} from './risk-matrix.rules.ts';
import type { MatrixInput, Rescored } from './risk-matrix.schemas.ts';
import { RISK_ENTITY } from './risk-tasks.service.ts';
import type { RiskRow } from './risks.presenter.ts';
import * as risks from './risks.repository.ts';

function fromRow(row: RiskMatricesTable | undefined): StoredMatrix {
  if (!row) return { matrix: defaultMatrix, version: 0, isDefault: true, updatedAt: null };
  return {
    matrix: {
      likelihoodLevels: JSON.parse(row.likelihood_levels) as MatrixLevel[],
      consequenceLevels: JSON.parse(row.consequence_levels) as MatrixLevel[],
      bands: JSON.parse(row.bands) as MatrixBand[],
      tolerance: row.tolerance,
    },
    version: row.version,
    isDefault: false,
    updatedAt: row.updated_at,
  };
}

export async function storedMatrixOf(db: Db, orgId: string): Promise<StoredMatrix> {
  return fromRow(await repo.findMatrix(db, orgId));
}

export async function matrixOf(db: Db, orgId: string): Promise<Matrix> {
  return (await storedMatrixOf(db, orgId)).matrix;
}

/** The matrix of each organisation (the default where none is stored), for lists over a subtree. */
export async function matricesFor(db: Db, orgIds: readonly string[]): Promise<Map<string, Matrix>> {
  const stored = new Map((await repo.matricesOf(db, orgIds)).map((row) => [row.org_id, fromRow(row).matrix]));
  return new Map(orgIds.map((id) => [id, stored.get(id) ?? defaultMatrix]));
}

export async function getMatrix(ctx: RequestContext, actor: Actor, orgId: string) {
  const org = await requireOrg(ctx, actor, orgId, 'risks.read');
  return presentMatrix(org.id, await storedMatrixOf(ctx.db, org.id));
}

export const levelsOfRow = (row: RiskRow): RiskLevels => ({
  likelihood: row.likelihood,
  consequenceOrganisation: row.consequence_organisation,
  consequencePatientSafety: row.consequence_patient_safety,
  consequenceDataSubject: row.consequence_data_subject,
  residualLikelihood: row.residual_likelihood,
  residualConsequenceOrganisation: row.residual_consequence_organisation,
  residualConsequencePatientSafety: row.residual_consequence_patient_safety,
  residualConsequenceDataSubject: row.residual_consequence_data_subject,
});

export const columnsOfLevels = (levels: RiskLevels) => {
  const scores = scoresOf(levels);
  return {
    likelihood: levels.likelihood,
    consequence_organisation: levels.consequenceOrganisation,
    consequence_patient_safety: levels.consequencePatientSafety,
    consequence_data_subject: levels.consequenceDataSubject,
    residual_likelihood: levels.residualLikelihood,
    residual_consequence_organisation: levels.residualConsequenceOrganisation,
    residual_consequence_patient_safety: levels.residualConsequencePatientSafety,
    residual_consequence_data_subject: levels.residualConsequenceDataSubject,
    inherent_score: scores.inherentScore,
    residual_score: scores.residualScore,
    score: scores.score,
  };
};

/**
 * Changes the organisation's matrix and re-scores its risks in the same transaction: a new
 * number of levels moves every risk through the mapping (no risk is left with a level the
 * matrix no longer has), new bands or tolerance re-evaluate each risk's level and whether it
 * is above the tolerance. An acceptance the security officer signed for a risk that is now
 * above the tolerance no longer suffices: it lapses and the risk is open again.
 */
export async function updateMatrix(ctx: RequestContext, actor: Actor, orgId: string, input: MatrixInput) {
  const org = await requireOrg(ctx, actor, orgId, 'risks.manage');
  const next: Matrix = {
    likelihoodLevels: input.likelihoodLevels.map((l) => ({ ...l, description: l.description ?? null })),
    consequenceLevels: input.consequenceLevels.map((l) => ({ ...l, description: l.description ?? null })),
    bands: input.bands,
    tolerance: input.tolerance,
  };
  const shapeErrors = matrixErrors(next);
  if (shapeErrors.length) throw invalid('risk_matrix_invalid', shapeErrors);
  return ctx.db.transaction().execute(async (trx) => {
    const current = await storedMatrixOf(trx, org.id);
    if (current.version !== input.version) throw versionConflict();
    const likelihood = mappingErrors(
      'likelihoodMapping',
      current.matrix.likelihoodLevels.length,
      next.likelihoodLevels.length,
      input.likelihoodMapping,
    );
    const consequence = mappingErrors(
      'consequenceMapping',
      current.matrix.consequenceLevels.length,
      next.consequenceLevels.length,
      input.consequenceMapping,
    );
    const mappingFailures = [...likelihood.errors, ...consequence.errors];
    if (mappingFailures.length) {
      const missing = mappingFailures.some((e) => e.code === 'risk_matrix_mapping_missing');
      throw invalid(missing ? 'risk_matrix_mapping_required' : 'risk_matrix_invalid', mappingFailures);
    }
    const now = nowIso();
    const saved = await repo.saveMatrix(
      trx,
      {
        org_id: org.id,
        likelihood_levels: JSON.stringify(next.likelihoodLevels),
        consequence_levels: JSON.stringify(next.consequenceLevels),
        bands: JSON.stringify(next.bands),
        tolerance: next.tolerance,
        updated_by: actor.id,
        version: current.version + 1,
        updated_at: now,
      },
      current.version,
    );
    if (!saved) throw versionConflict();
    const rescored = await rescoreRisks(
      trx,
      ctx,
      actor,
      org.id,
      current.matrix,
      next,
      likelihood.mapping,
      consequence.mapping,
    );
    const after = presentMatrix(org.id, await storedMatrixOf(trx, org.id));
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'risk_matrix.updated',
      entityType: 'risk_matrix',
      entityId: org.id,
      before: presentMatrix(org.id, current),
      after: {
        ...after,
        likelihoodMapping: input.likelihoodMapping,
        consequenceMapping: input.consequenceMapping,
        rescored,
      },
    });
    return { matrix: after, rescored };
  });
}

async function rescoreRisks(
  trx: Db,
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  before: Matrix,
  after: Matrix,
  likelihood: Map<number, number> | null,
  consequence: Map<number, number> | null,
): Promise<Rescored> {
  const rows = await risks.risksOfOrg(trx, orgId);
  const result: Rescored = {
    risks: rows.length,
    scoresChanged: 0,
    levelsChanged: 0,
    toleranceCrossed: 0,
    acceptancesLapsed: 0,
  };
  const now = nowIso();
  for (const row of rows) {
    const levels = levelsOfRow(row);
    const remapped = likelihood || consequence ? remapLevels(levels, likelihood, consequence) : levels;
    const columns = columnsOfLevels(remapped);
    if (levelOf(before, row.score).label !== levelOf(after, columns.score).label) result.levelsChanged += 1;
    const nowAbove = isAboveTolerance(after, columns.score);
    if (isAboveTolerance(before, row.score) !== nowAbove) result.toleranceCrossed += 1;
    if (JSON.stringify(remapped) !== JSON.stringify(levels)) {
      result.scoresChanged += 1;
      await risks.updateRisk(trx, row.id, row.version, { ...columns, updated_at: now });
      await writeAudit(trx, ctx, {
        orgId,
        action: 'risk.rescored',
        entityType: RISK_ENTITY,
        entityId: row.id,
        before: {
          ...levels,
          inherentScore: row.inherent_score,
          residualScore: row.residual_score,
          score: row.score,
        },
        after: {
          ...remapped,
          inherentScore: columns.inherent_score,
          residualScore: columns.residual_score,
          score: columns.score,
        },
      });
    }
    if (row.status === 'accepted' && nowAbove) {
      const acceptance = await risks.openAcceptanceOf(trx, row.id);
      if (acceptance && acceptance.role !== 'management') {
        await risks.endAcceptance(trx, acceptance.id, {
          ended_at: now,
          ended_by: actor.id,
          end_reason: 'lapsed',
          end_note: 'risk_matrix_tolerance',
        });
        const current = await risks.findRisk(trx, orgId, row.id);
        if (current)
          await risks.updateRisk(trx, row.id, current.version, { status: 'open', updated_at: now });
        await writeAudit(trx, ctx, {
          orgId,
          action: 'risk.acceptance_lapsed',
          entityType: RISK_ENTITY,
          entityId: row.id,
          before: { acceptanceId: acceptance.id, role: acceptance.role, score: acceptance.score },
          after: { reason: 'above_new_tolerance', tolerance: after.tolerance, score: columns.score },
        });
        result.acceptancesLapsed += 1;
      }
    }
  }
  return result;
}
