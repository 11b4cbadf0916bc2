import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { keysetAfter } from '../../db/keyset.ts';
import type { RiskStatus } from '../../db/schema.ts';
import type { CursorValues } from '../../platform/pagination.ts';

/** Risks still in play: a closed risk needs no treatment. */
const liveStatuses: RiskStatus[] = ['draft', 'open', 'accepted'];

export async function riskTotals(db: Db, orgId: string): Promise<{ total: number; treated: number }> {
  const row = await db
    .selectFrom('risk_scenarios as r')
    .select((eb) => [
      eb.fn.countAll<number>().as('total'),
      eb.fn
        .sum<number>(
          sql<number>`case when exists (select 1 from soa_risk_links l where l.org_id = r.org_id and l.risk_id = r.id) then 1 else 0 end`,
        )
        .as('treated'),
    ])
    .where('r.org_id', '=', orgId)
    .where('r.status', 'in', liveStatuses)
    .executeTakeFirst();
  return { total: Number(row?.total ?? 0), treated: Number(row?.treated ?? 0) };
}

export type RiskCoverageFilter = {
  treated?: boolean;
  status?: RiskStatus[];
  cursor?: CursorValues;
  limit: number;
};

/** The organisation's risks, highest current score first (the risk register's own order and index). */
export async function listRisks(db: Db, orgId: string, filter: RiskCoverageFilter) {
  let query = db
    .selectFrom('risk_scenarios as r')
    .select(['r.id', 'r.title', 'r.status', 'r.score', 'r.inherent_score', 'r.residual_score', 'r.treatment'])
    .where('r.org_id', '=', orgId)
    .where('r.status', 'in', filter.status?.length ? filter.status : liveStatuses);
  if (filter.treated !== undefined) {
    const treated = filter.treated;
    query = query.where((eb) => {
      const linked = eb.exists(
        eb
          .selectFrom('soa_risk_links as l')
          .select('l.risk_id')
          .whereRef('l.org_id', '=', 'r.org_id')
          .whereRef('l.risk_id', '=', 'r.id'),
      );
      return treated ? linked : eb.not(linked);
    });
  }
  if (filter.cursor) query = query.where(keysetAfter('r.score', 'r.id', 'desc', filter.cursor));
  return query
    .orderBy('r.score', 'desc')
    .orderBy('r.id', 'desc')
    .limit(filter.limit + 1)
    .execute();
}

export async function linksOfRisks(db: Db, orgId: string, riskIds: readonly string[]) {
  if (riskIds.length === 0) return [];
  return db
    .selectFrom('soa_risk_links')
    .select(['risk_id', 'requirement_id'])
    .where('org_id', '=', orgId)
    .where('risk_id', 'in', riskIds)
    .execute();
}
