import { type FrameworkId, frameworks, requirementById } from '../../catalog/controls/index.ts';
import { requireOrg } from '../../platform/access.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { decodeCursor, pageOf } from '../../platform/pagination.ts';
import { controlsPolicy } from './controls.policy.ts';
import { presentRequirementCoverage } from './coverage.presenter.ts';
import * as repo from './coverage.repository.ts';
import { coverageLevels, hubStatuses, requirementCoverage } from './coverage.rules.ts';
import type { RiskCoverageQuery } from './coverage.schemas.ts';
import type { SoaEntry } from './soa.presenter.ts';
import { buildSoa } from './soa.service.ts';

/**
 * The coverage view: per framework (in scope or not) how far each requirement is covered,
 * with the Annex A controls behind it; the applicable controls without valid evidence; and
 * how many live risks are treated by a control.
 */
export async function getCoverage(ctx: RequestContext, actor: Actor, orgId: string) {
  const org = await requireOrg(ctx, actor, orgId);
  controlsPolicy.read(actor, org);
  const soa = await buildSoa(ctx.db, org);
  const entries = new Map<string, SoaEntry>(soa.items.map((item) => [item.requirementId, item]));
  const inScope = new Set<FrameworkId>(soa.frameworks);
  const hub = hubStatuses(entries, inScope);
  const risks = await repo.riskTotals(ctx.db, org.id);
  return {
    orgId: org.id,
    frameworks: frameworks.map((framework) => {
      const requirements = framework.requirements.map((r) => requirementCoverage(r, entries, inScope, hub));
      const totals = Object.fromEntries(coverageLevels.map((level) => [level, 0])) as Record<
        (typeof coverageLevels)[number],
        number
      >;
      for (const r of requirements) totals[r.coverage] += 1;
      return {
        frameworkId: framework.id,
        name: framework.name,
        inScope: inScope.has(framework.id),
        totals,
        requirements: requirements.map(presentRequirementCoverage),
      };
    }),
    evidenceGaps: soa.items
      .filter((item) => item.applicable && item.evidence.valid === 0)
      .map((item) => ({
        id: item.requirementId,
        frameworkId: item.frameworkId,
        code: item.code,
        title: item.title,
        status: item.status,
        ownerName: item.ownerName,
        evidence: item.evidence,
      })),
    risks: { ...risks, untreated: risks.total - risks.treated },
  };
}

/** Which risks are treated by which controls, highest score first; `treated=false` lists the gaps. */
export async function listRiskCoverage(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  query: RiskCoverageQuery,
) {
  const org = await requireOrg(ctx, actor, orgId);
  controlsPolicy.readRiskCoverage(actor, org);
  const rows = await repo.listRisks(ctx.db, org.id, {
    treated: query.treated,
    status: query.status,
    cursor: query.cursor ? decodeCursor(query.cursor, 2) : undefined,
    limit: query.limit,
  });
  const page = pageOf(rows, query.limit, (row) => [row.score, row.id]);
  const soa = await buildSoa(ctx.db, org);
  const entries = new Map(soa.items.map((item) => [item.requirementId, item]));
  const links = await repo.linksOfRisks(
    ctx.db,
    org.id,
    page.items.map((row) => row.id),
  );
  return {
    items: page.items.map((row) => ({
      riskId: row.id,
      title: row.title,
      status: row.status,
      score: row.score,
      inherentScore: row.inherent_score,
      residualScore: row.residual_score,
      treatment: row.treatment,
      controls: links
        .filter((link) => link.risk_id === row.id)
        .flatMap((link) => {
          const requirement = requirementById(link.requirement_id);
          if (!requirement) return [];
          return [
            {
              id: requirement.id,
              frameworkId: requirement.frameworkId,
              code: requirement.code,
              title: requirement.title,
              status: entries.get(requirement.id)?.status ?? null,
            },
          ];
        }),
    })),
    nextCursor: page.nextCursor,
  };
}
