import { requireOrg } from '../../platform/access.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import type { Locale } from '../../platform/i18n.ts';
import { criticalOverviewWorkbook, registerWorkbook } from './asset-export.presenter.ts';
import { criticalOverviewOf } from './asset-graph.service.ts';
import * as repo from './assets.repository.ts';

/** Small enough to build at once: a register holds hundreds to a few thousand assets. */
export async function exportRegister(ctx: RequestContext, actor: Actor, orgId: string, locale: Locale) {
  const org = await requireOrg(ctx, actor, orgId, 'assets.read');
  const [rows, edges] = await Promise.all([repo.allAssets(ctx.db, org.id), repo.edgesOf(ctx.db, org.id)]);
  return { org, content: await registerWorkbook(rows, edges, locale) };
}

export async function exportCriticalOverview(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  locale: Locale,
) {
  const org = await requireOrg(ctx, actor, orgId, 'assets.read');
  const overview = await criticalOverviewOf(ctx.db, org.id);
  return { org, overview, content: await criticalOverviewWorkbook(overview, org.name, locale) };
}
