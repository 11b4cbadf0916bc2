import { requirementById } from '../../catalog/controls/index.ts';
import { requireOrg } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { conflict, invalid, notFound } from '../../platform/errors.ts';
import { controlsPolicy } from './controls.policy.ts';
import * as repo from './soa.repository.ts';
import { presentRisk, requirementInScope } from './soa.service.ts';

/**
 * Which risks of the organisation's register a control treats. The coverage view reads these
 * links; a link to a risk the risk module later removes is ignored there.
 */
export async function linkRisk(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  requirementId: string,
  riskId: string,
) {
  const org = await requireOrg(ctx, actor, orgId);
  controlsPolicy.write(actor, org);
  const { requirement, scope } = await requirementInScope(ctx.db, org, requirementId);
  return ctx.db.transaction().execute(async (trx) => {
    await repo.ensureEntries(trx, org.id, scope.frameworks);
    const row = await repo.findEntry(trx, org.id, requirement.id);
    if (!row) throw notFound();
    if (!(await repo.riskExists(trx, org.id, riskId))) {
      throw invalid('soa_risk_not_found', [{ path: 'riskId', code: 'soa_risk_not_found' }]);
    }
    if (await repo.riskLinkExists(trx, org.id, requirement.id, riskId))
      throw conflict('soa_risk_link_exists');
    await repo.insertRiskLink(trx, {
      org_id: org.id,
      requirement_id: requirement.id,
      risk_id: riskId,
      created_by: actor.id,
    });
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'soa_entry.risk_linked',
      entityType: 'soa_entry',
      entityId: row.id,
      after: { requirementId: requirement.id, riskId },
    });
    return { items: (await repo.linkedRisks(trx, org.id, requirement.id)).map(presentRisk) };
  });
}

export async function unlinkRisk(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  requirementId: string,
  riskId: string,
) {
  const org = await requireOrg(ctx, actor, orgId);
  controlsPolicy.write(actor, org);
  const requirement = requirementById(requirementId);
  if (!requirement) throw notFound();
  await ctx.db.transaction().execute(async (trx) => {
    const row = await repo.findEntry(trx, org.id, requirement.id);
    if (!row || !(await repo.deleteRiskLink(trx, org.id, requirement.id, riskId))) throw notFound();
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'soa_entry.risk_unlinked',
      entityType: 'soa_entry',
      entityId: row.id,
      before: { requirementId: requirement.id, riskId },
    });
  });
}
