import { z } from 'zod';
import { requireOrg } from '../../platform/access.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { consequenceOf, isAboveTolerance, levelOf, type Matrix, scoreOf } from './risk-matrix.rules.ts';
import { matrixOf } from './risk-matrix.service.ts';
import type { RiskRow } from './risks.presenter.ts';
import { levelSchema } from './risks.presenter.ts';
import * as repo from './risks.repository.ts';
import type { HeatMapQuery } from './risks.schemas.ts';

const cellSchema = z.object({
  likelihood: z.number().int(),
  consequence: z.number().int(),
  score: z.number().int(),
  level: levelSchema,
  aboveTolerance: z.boolean(),
  count: z.number().int(),
  riskIds: z.array(z.string()),
});

const gridSchema = z.object({
  cells: z
    .array(cellSchema)
    .describe('Every cell of the matrix, highest likelihood first, then consequence ascending'),
  total: z.number().int(),
});

export const heatMapSchema = z
  .object({
    likelihoodLevels: z.array(z.object({ level: z.number().int(), label: z.string() })),
    consequenceLevels: z.array(z.object({ level: z.number().int(), label: z.string() })),
    bands: z.array(z.object({ maxScore: z.number().int(), label: z.string(), colour: z.string() })),
    tolerance: z.number().int(),
    inherent: gridSchema,
    residual: gridSchema.extend({
      notAssessed: z
        .number()
        .int()
        .describe('Risks without a residual assessment (not in the residual grid)'),
    }),
  })
  .meta({ id: 'RiskHeatMap' });

type Position = { likelihood: number; consequence: number } | null;

function grid(matrix: Matrix, risks: RiskRow[], position: (risk: RiskRow) => Position) {
  const cells = new Map<string, string[]>();
  let total = 0;
  for (const risk of risks) {
    const at = position(risk);
    if (!at) continue;
    total += 1;
    const key = `${at.likelihood}:${at.consequence}`;
    const list = cells.get(key);
    if (list) list.push(risk.id);
    else cells.set(key, [risk.id]);
  }
  const likelihoods = matrix.likelihoodLevels.map((l) => l.level).reverse();
  return {
    total,
    cells: likelihoods.flatMap((likelihood) =>
      matrix.consequenceLevels.map(({ level: consequence }) => {
        const score = scoreOf(likelihood, consequence);
        const riskIds = cells.get(`${likelihood}:${consequence}`) ?? [];
        return {
          likelihood,
          consequence,
          score,
          level: levelOf(matrix, score),
          aboveTolerance: isAboveTolerance(matrix, score),
          count: riskIds.length,
          riskIds,
        };
      }),
    ),
  };
}

/** Inherent and residual heat maps of the live register (open and accepted risks unless asked otherwise). */
export async function heatMap(ctx: RequestContext, actor: Actor, orgId: string, query: HeatMapQuery) {
  const org = await requireOrg(ctx, actor, orgId, 'risks.read');
  const matrix = await matrixOf(ctx.db, org.id);
  const risks = await repo.risksOfOrg(
    ctx.db,
    org.id,
    query.status?.length ? query.status : ['open', 'accepted'],
  );
  const inherent = grid(matrix, risks, (r) => ({
    likelihood: r.likelihood,
    consequence:
      consequenceOf([r.consequence_organisation, r.consequence_patient_safety, r.consequence_data_subject]) ??
      1,
  }));
  const residual = grid(matrix, risks, (r) => {
    const consequence = consequenceOf([
      r.residual_consequence_organisation,
      r.residual_consequence_patient_safety,
      r.residual_consequence_data_subject,
    ]);
    return r.residual_likelihood !== null && consequence !== null
      ? { likelihood: r.residual_likelihood, consequence }
      : null;
  });
  return {
    likelihoodLevels: matrix.likelihoodLevels.map(({ level, label }) => ({ level, label })),
    consequenceLevels: matrix.consequenceLevels.map(({ level, label }) => ({ level, label })),
    bands: matrix.bands,
    tolerance: matrix.tolerance,
    inherent,
    residual: { ...residual, notAssessed: risks.length - residual.total },
  };
}
