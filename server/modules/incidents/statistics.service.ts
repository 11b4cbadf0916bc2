import { z } from 'zod';
import { incidentCategories, incidentSeverities } from '../../catalog/incidents.ts';
import { descendantsOf, requireOrg } from '../../platform/access.ts';
import { todayLocal } from '../../platform/clock.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { invalid } from '../../platform/errors.ts';
import { countIncidents } from './statistics.repository.ts';

const count = z.number().int();

export const statisticsSchema = z
  .object({
    orgId: z.string(),
    from: z.string().describe('First month, YYYY-MM (Danish calendar month of the report)'),
    to: z.string().describe('Last month, YYYY-MM'),
    total: count,
    personalDataBreaches: count,
    nis2Significant: count,
    byCategory: z.array(z.object({ category: z.enum([...incidentCategories, 'unclassified']), count })),
    bySeverity: z.array(z.object({ severity: z.enum([...incidentSeverities, 'unclassified']), count })),
    byMonth: z.array(z.object({ month: z.string(), count })),
    byOrganisation: z
      .array(z.object({ orgId: z.string(), name: z.string(), kind: z.string(), own: z.boolean(), count }))
      .describe('The organisation itself (own records) and each child with its whole subtree'),
  })
  .meta({ id: 'IncidentStatistics' });

export type IncidentStatistics = z.infer<typeof statisticsSchema>;

const MAX_MONTHS = 36;
const month = (date: string) => date.slice(0, 7);

function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let current = Temporal.PlainYearMonth.from(from);
  const last = Temporal.PlainYearMonth.from(to);
  while (Temporal.PlainYearMonth.compare(current, last) <= 0 && months.length <= MAX_MONTHS) {
    months.push(current.toString());
    current = current.add({ months: 1 });
  }
  return months;
}

/**
 * Aggregated counts for the organisation and everything below it: by category, severity and
 * month, and per child. Counts only, never an incident: what the supervisor and the sector
 * centre see. The default period is the last twelve months including this one.
 */
export async function incidentStatistics(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  query: { from?: string; to?: string },
): Promise<IncidentStatistics> {
  const org = await requireOrg(ctx, actor, orgId, 'incidents.stats');
  const to = query.to ?? month(todayLocal());
  const from = query.from ?? Temporal.PlainYearMonth.from(to).subtract({ months: 11 }).toString();
  const months = monthsBetween(from, to);
  if (from > to || months.length > MAX_MONTHS) {
    throw invalid('statistics_range_invalid', [{ path: 'from', code: 'statistics_range_invalid' }]);
  }
  const orgs = [org, ...(await descendantsOf(ctx, org))];
  const rows = await countIncidents(
    ctx.db,
    orgs.map((o) => o.id),
    { from, to },
  );
  const byCategory = new Map<string, number>([...incidentCategories, 'unclassified'].map((c) => [c, 0]));
  const bySeverity = new Map<string, number>([...incidentSeverities, 'unclassified'].map((s) => [s, 0]));
  const byMonth = new Map<string, number>(months.map((m) => [m, 0]));
  const byOrg = new Map<string, number>();
  let total = 0;
  let breaches = 0;
  let nis2 = 0;
  for (const row of rows) {
    total += row.count;
    if (row.personal_data_breach !== null && row.personal_data_breach) breaches += row.count;
    if (row.nis2_significant !== null && row.nis2_significant) nis2 += row.count;
    const category = row.category ?? 'unclassified';
    const severity = row.severity ?? 'unclassified';
    byCategory.set(category, (byCategory.get(category) ?? 0) + row.count);
    bySeverity.set(severity, (bySeverity.get(severity) ?? 0) + row.count);
    byMonth.set(row.reported_month, (byMonth.get(row.reported_month) ?? 0) + row.count);
    byOrg.set(row.org_id, (byOrg.get(row.org_id) ?? 0) + row.count);
  }
  const children = orgs
    .filter((o) => o.parent_id === org.id)
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));
  const subtreeTotal = (path: string) =>
    orgs.filter((o) => o.path.startsWith(path)).reduce((sum, o) => sum + (byOrg.get(o.id) ?? 0), 0);
  return {
    orgId: org.id,
    from,
    to,
    total,
    personalDataBreaches: breaches,
    nis2Significant: nis2,
    byCategory: [...byCategory].map(([category, n]) => ({
      category: category as IncidentStatistics['byCategory'][number]['category'],
      count: n,
    })),
    bySeverity: [...bySeverity].map(([severity, n]) => ({
      severity: severity as IncidentStatistics['bySeverity'][number]['severity'],
      count: n,
    })),
    byMonth: [...byMonth].map(([m, n]) => ({ month: m, count: n })),
    byOrganisation: [
      { orgId: org.id, name: org.name, kind: org.kind, own: true, count: byOrg.get(org.id) ?? 0 },
      ...children.map((child) => ({
        orgId: child.id,
        name: child.name,
        kind: child.kind,
        own: false,
        count: subtreeTotal(child.path),
      })),
    ],
  };
}
