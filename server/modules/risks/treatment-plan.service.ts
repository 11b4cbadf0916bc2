import { requireOrg } from '../../platform/access.ts';
import { todayLocal } from '../../platform/clock.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import type { Locale } from '../../platform/i18n.ts';
import { matrixOf } from './risk-matrix.service.ts';
import { type ActionRecord, presentAction } from './risks.presenter.ts';
import * as repo from './risks.repository.ts';
import { presentRisks } from './risks.service.ts';
import { type TreatmentPlan, treatmentPlanPdf, treatmentPlanWorkbook } from './treatment-plan.presenter.ts';

/** The live register (open and accepted risks) with every action, highest score first. */
async function planOf(ctx: RequestContext, actor: Actor, orgId: string): Promise<TreatmentPlan> {
  const org = await requireOrg(ctx, actor, orgId, 'risks.read');
  const matrix = await matrixOf(ctx.db, org.id);
  const rows = await repo.risksOfOrg(ctx.db, org.id, ['open', 'accepted']);
  const risks = await presentRisks(ctx.db, rows, new Map([[org.id, matrix]]));
  const now = new Date();
  const actions = new Map<string, ActionRecord[]>();
  for (const row of await repo.actionsOf(
    ctx.db,
    rows.map((r) => r.id),
  )) {
    actions.set(row.risk_id, [...(actions.get(row.risk_id) ?? []), presentAction(row, now)]);
  }
  return { orgName: org.name, date: todayLocal(), tolerance: matrix.tolerance, risks, actions };
}

export async function treatmentPlanXlsx(ctx: RequestContext, actor: Actor, orgId: string, locale: Locale) {
  const plan = await planOf(ctx, actor, orgId);
  return { date: plan.date, content: await treatmentPlanWorkbook(plan, locale) };
}

export async function treatmentPlanPdfOf(ctx: RequestContext, actor: Actor, orgId: string, locale: Locale) {
  const plan = await planOf(ctx, actor, orgId);
  return { date: plan.date, content: await treatmentPlanPdf(plan, locale) };
}
