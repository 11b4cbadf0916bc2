import { z } from 'zod';
import { requireOrg } from '../../platform/access.ts';
import { isOverdue } from '../../platform/clock.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { isAboveTolerance, levelOf } from './risk-matrix.rules.ts';
import { matrixOf } from './risk-matrix.service.ts';
import { daysUntil } from './risks.presenter.ts';
import * as repo from './risks.repository.ts';

/** Days ahead that count as "due soon" on the dashboard. */
export const SOON_DAYS = 30;

const count = z.number().int();

export const riskSummarySchema = z
  .object({
    total: count,
    byStatus: z.object({ draft: count, open: count, accepted: count, closed: count }),
    live: count.describe('Open and accepted risks: the register'),
    aboveTolerance: count.describe('Live risks whose score is above the tolerance'),
    untreated: count.describe('Live risks without a treatment decision'),
    byLevel: z
      .array(z.object({ rank: count, label: z.string(), colour: z.string(), count }))
      .describe('Live risks per band of the matrix, by the score that counts'),
    reviews: z.object({ overdue: count, dueSoon: count.describe(`Due within ${SOON_DAYS} days`) }),
    acceptances: z.object({
      active: count,
      expiringSoon: count.describe(`Expiring within ${SOON_DAYS} days`),
      expired: count,
    }),
    actions: z.object({ open: count, overdue: count }),
  })
  .meta({ id: 'RiskSummary' });

/** The numbers a risk dashboard shows, from one pass over the organisation's register. */
export async function riskSummary(ctx: RequestContext, actor: Actor, orgId: string) {
  const org = await requireOrg(ctx, actor, orgId, 'risks.read');
  const matrix = await matrixOf(ctx.db, org.id);
  const risks = await repo.risksOfOrg(ctx.db, org.id);
  const live = risks.filter((r) => r.status === 'open' || r.status === 'accepted');
  const ids = live.map((r) => r.id);
  const [acceptances, actions] = await Promise.all([
    repo.acceptancesOf(ctx.db, ids),
    repo.actionsOf(ctx.db, ids),
  ]);
  const now = new Date();
  const current = new Map<string, (typeof acceptances)[number]>();
  for (const a of acceptances) if (!current.has(a.risk_id)) current.set(a.risk_id, a);
  const inForce = [...current.values()].filter((a) => a.ended_at === null);
  const openActions = actions.filter((a) => a.task_status === 'open' || a.task_status === 'in_progress');
  const byStatus = { draft: 0, open: 0, accepted: 0, closed: 0 };
  for (const risk of risks) byStatus[risk.status] += 1;
  return {
    total: risks.length,
    byStatus,
    live: live.length,
    aboveTolerance: live.filter((r) => isAboveTolerance(matrix, r.score)).length,
    untreated: live.filter((r) => r.treatment === null).length,
    byLevel: matrix.bands.map((_, index) => {
      const { label, colour } = levelOf(matrix, matrix.bands[index]?.maxScore ?? 0);
      return {
        rank: index + 1,
        label,
        colour,
        count: live.filter((r) => levelOf(matrix, r.score).rank === index + 1).length,
      };
    }),
    reviews: {
      overdue: live.filter((r) => isOverdue(r.review_date, now)).length,
      dueSoon: live.filter((r) => {
        const days = daysUntil(r.review_date, now);
        return days >= 0 && days <= SOON_DAYS;
      }).length,
    },
    acceptances: {
      active: inForce.filter((a) => !isOverdue(a.expires_on, now)).length,
      expiringSoon: inForce.filter((a) => {
        const days = daysUntil(a.expires_on, now);
        return days >= 0 && days <= SOON_DAYS;
      }).length,
      expired: inForce.filter((a) => isOverdue(a.expires_on, now)).length,
    },
    actions: {
      open: openActions.length,
      overdue: openActions.filter((a) => a.due_date !== null && isOverdue(a.due_date, now)).length,
    },
  };
}
