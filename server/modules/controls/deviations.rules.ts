import type { z } from 'zod';
import { requirementById, requirementPosition } from '../../catalog/controls/index.ts';
import type { ImplementationStatus } from '../../db/schema.ts';
import { decodeCursor, encodeCursor } from '../../platform/pagination.ts';
import type { deviationSchema, memberSummarySchema } from './baseline.presenter.ts';
import { type BaselineValues, effectiveEntry } from './soa.rules.ts';

export type Deviation = z.infer<typeof deviationSchema>;
type Sorted = Deviation & { nameKey: string; position: number };

export type MemberRef = { id: string; name: string; name_key: string; kind: string };
export type MemberEntry = {
  applicable: boolean | number | null;
  justification: string | null;
  status: ImplementationStatus;
};

/**
 * One member's standing against the baseline: a summary, and an item for each requirement
 * it decided differently (`applicability`) or has not brought to the expected status
 * (`status`). A requirement without a row yet counts as undecided and not started.
 */
export function memberDeviations(
  member: MemberRef,
  inScope: boolean,
  baseline: ReadonlyMap<string, BaselineValues>,
  entries: ReadonlyMap<string, MemberEntry> | undefined,
) {
  const summary: z.infer<typeof memberSummarySchema> = {
    orgId: member.id,
    name: member.name,
    kind: member.kind === 'unit' ? 'unit' : 'organisation',
    inScope,
    deviations: 0,
    justificationMissing: 0,
    behind: 0,
  };
  const items: Sorted[] = [];
  if (!inScope) return { summary, items };
  for (const [requirementId, values] of baseline) {
    const row = entries?.get(requirementId);
    const own = row && row.applicable !== null ? Boolean(row.applicable) : null;
    const justification = row?.justification ?? null;
    const effective = effectiveEntry(
      { applicable: own, justification, status: row?.status ?? 'not_started' },
      values,
    );
    if (effective.deviatesFromBaseline) summary.deviations += 1;
    if (effective.behindBaseline) summary.behind += 1;
    if (effective.justificationMissing) summary.justificationMissing += 1;
    const kinds = [
      ...(effective.deviatesFromBaseline ? (['applicability'] as const) : []),
      ...(effective.behindBaseline ? (['status'] as const) : []),
    ];
    const requirement = requirementById(requirementId);
    for (const kind of kinds) {
      items.push({
        orgId: member.id,
        orgName: member.name,
        requirementId,
        code: requirement?.code ?? requirementId,
        title: requirement?.title ?? { da: requirementId, en: requirementId },
        kind,
        baselineApplicable: values.applicable,
        expectedStatus: values.expectedStatus,
        applicable: effective.applicable,
        status: effective.status,
        justification,
        justificationMissing: effective.justificationMissing,
        nameKey: member.name_key,
        position: requirementPosition(requirementId) * 2 + (kind === 'status' ? 1 : 0),
      });
    }
  }
  return { summary, items };
}

const compare = (a: Sorted, b: Sorted) => {
  if (a.nameKey !== b.nameKey) return a.nameKey < b.nameKey ? -1 : 1;
  if (a.orgId !== b.orgId) return a.orgId < b.orgId ? -1 : 1;
  return a.position - b.position;
};

/** Keyset paging over the computed deviations, by member name, member and catalogue order. */
export function pageOfDeviations(items: Sorted[], limit: number, cursor: string | undefined) {
  const sorted = [...items].sort(compare);
  let start = 0;
  if (cursor) {
    const [nameKey, orgId, position] = decodeCursor(cursor, 3);
    const after = { nameKey: String(nameKey), orgId: String(orgId), position: Number(position) } as Sorted;
    start = sorted.findIndex((item) => compare(item, after) > 0);
    if (start < 0) start = sorted.length;
  }
  const page = sorted.slice(start, start + limit);
  const last = page.at(-1);
  const more = sorted.length > start + limit;
  return {
    items: page.map(({ nameKey: _nameKey, position: _position, ...item }) => item),
    nextCursor: more && last ? encodeCursor([last.nameKey, last.orgId, last.position]) : null,
  };
}
