import {
  byCatalogueOrder,
  type Requirement,
  relatedRequirements,
  requirementById,
} from '../../catalog/controls/index.ts';
import type { Db } from '../../db/database.ts';
import type { OrganisationRow } from '../../db/schema.ts';
import { assertMemberCanRead, requireOrg, requireReadable } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { nowIso, todayLocal } from '../../platform/clock.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { danishKey } from '../../platform/danish-text.ts';
import { conflict, notFound, versionConflict } from '../../platform/errors.ts';
import { baselineOf } from './baseline.repository.ts';
import { controlsPolicy } from './controls.policy.ts';
import { countsAsValid, validityOf } from './evidence.presenter.ts';
import { evidenceStats } from './evidence.repository.ts';
import { listEvidenceOfRequirement } from './evidence.service.ts';
import { effectiveScope } from './scope.service.ts';
import {
  type EvidenceCounts,
  emptyEvidenceCounts,
  presentEntry,
  type Soa,
  type SoaEntry,
  summarise,
  withEntryCan,
} from './soa.presenter.ts';
import * as repo from './soa.repository.ts';
import type { BaselineValues } from './soa.rules.ts';
import { assertJustified } from './soa.rules.ts';
import type { EntryUpdate, SoaFilter } from './soa.schemas.ts';

/** The group baseline that applies to an organisation, by requirement. */
export async function baselineFor(db: Db, org: OrganisationRow) {
  const group = await repo.groupAncestorOf(db, org);
  const map = new Map<string, BaselineValues>();
  if (!group) return { group, map };
  for (const row of await baselineOf(db, group.id)) {
    map.set(row.requirement_id, {
      groupId: group.id,
      groupName: group.name,
      applicable: Boolean(row.applicable),
      expectedStatus: row.expected_status,
      justification: row.justification,
    });
  }
  return { group, map };
}

/** Evidence counts per requirement, by validity today. */
export async function evidenceCountsOf(db: Db, orgId: string, today = todayLocal()) {
  const counts = new Map<string, EvidenceCounts>();
  for (const row of await evidenceStats(db, orgId)) {
    const c = counts.get(row.requirement_id) ?? emptyEvidenceCounts();
    const validity = validityOf(
      { kind: row.kind, valid_until: row.valid_until, fileCount: row.file_count },
      today,
    );
    c.total += 1;
    if (countsAsValid(validity)) c.valid += 1;
    if (validity === 'expiring') c.expiring += 1;
    if (validity === 'expired') c.expired += 1;
    if (validity === 'missing_file') c.missingFile += 1;
    counts.set(row.requirement_id, c);
  }
  return counts;
}

/**
 * The complete SoA of an organisation: one entry for every requirement of every framework in
 * scope (missing rows are created first), with the group baseline applied and evidence and
 * risks counted. Shared by the SoA view, its exports and the coverage view.
 */
export async function buildSoa(db: Db, org: OrganisationRow): Promise<Soa> {
  const scope = await effectiveScope(db, org);
  await repo.ensureEntries(db, org.id, scope.frameworks);
  const [rows, baseline, evidence, risks] = await Promise.all([
    repo.listEntries(db, org.id, scope.frameworks),
    baselineFor(db, org),
    evidenceCountsOf(db, org.id),
    repo.riskCounts(db, org.id),
  ]);
  const items = rows
    .flatMap((row) => {
      const requirement = requirementById(row.requirement_id);
      if (!requirement) return [];
      return [
        presentEntry(
          row,
          requirement,
          baseline.map.get(row.requirement_id) ?? null,
          evidence.get(row.requirement_id) ?? emptyEvidenceCounts(),
          risks.get(row.requirement_id) ?? 0,
        ),
      ];
    })
    .sort(byCatalogueOrder);
  const changed = rows.filter((row) => row.version > 1).map((row) => row.updated_at);
  if (scope.updatedAt) changed.push(scope.updatedAt);
  return {
    orgId: org.id,
    orgName: org.name,
    profile: scope.profile,
    frameworks: scope.frameworks,
    baselineGroup: baseline.group ? { id: baseline.group.id, name: baseline.group.name } : null,
    revision: 1 + rows.reduce((sum, row) => sum + row.version - 1, 0),
    lastChangedAt: changed.length ? (changed.sort().at(-1) ?? null) : null,
    summary: scope.frameworks.map((id) => summarise(id, items)),
    items,
  };
}

function matches(item: SoaEntry, filter: SoaFilter, query: string | null): boolean {
  if (filter.framework && item.frameworkId !== filter.framework) return false;
  if (filter.status?.length && !filter.status.includes(item.status)) return false;
  if (filter.applicable !== undefined && item.applicable !== filter.applicable) return false;
  if (filter.theme && item.theme !== filter.theme) return false;
  if (filter.ownerUserId && item.ownerUserId !== filter.ownerUserId) return false;
  if (filter.deviations && !item.deviatesFromBaseline) return false;
  if (filter.justificationMissing && !item.justificationMissing) return false;
  if (filter.withoutValidEvidence && !(item.applicable && item.evidence.valid === 0)) return false;
  if (query) {
    const haystack = [item.code, item.requirementId, item.title.da, item.title.en].map(danishKey);
    if (!haystack.some((text) => text.includes(query))) return false;
  }
  return true;
}

/**
 * The SoA is a fixed-size document (at most the sum of the frameworks in scope, 123
 * requirements), so it answers whole, in catalogue order, with the filters applied to the
 * items and the summary always over the complete statement.
 */
export async function getSoa(ctx: RequestContext, actor: Actor, orgId: string, filter: SoaFilter) {
  const org = await requireOrg(ctx, actor, orgId);
  controlsPolicy.read(actor, org);
  const soa = await buildSoa(ctx.db, org);
  const query = filter.q?.trim() ? danishKey(filter.q) : null;
  const items = soa.items.filter((item) => matches(item, filter, query));
  return { ...soa, items: items.map((item) => withEntryCan(item, { actor, org })) };
}

/** The requirement, known to the catalogue and in the organisation's scope. */
export async function requirementInScope(db: Db, org: OrganisationRow, requirementId: string) {
  const requirement = requirementById(requirementId);
  if (!requirement) throw notFound();
  const scope = await effectiveScope(db, org);
  if (!scope.frameworks.includes(requirement.frameworkId)) {
    throw conflict('soa_framework_not_in_scope', { framework: `@framework.${requirement.frameworkId}` });
  }
  return { requirement, scope };
}

async function presentOne(db: Db, org: OrganisationRow, requirement: Requirement): Promise<SoaEntry> {
  const row = await repo.findEntry(db, org.id, requirement.id);
  if (!row) throw notFound();
  const [baseline, evidence, risks] = await Promise.all([
    baselineFor(db, org),
    evidenceCountsOf(db, org.id),
    repo.riskCounts(db, org.id),
  ]);
  return presentEntry(
    row,
    requirement,
    baseline.map.get(requirement.id) ?? null,
    evidence.get(requirement.id) ?? emptyEvidenceCounts(),
    risks.get(requirement.id) ?? 0,
  );
}

export const presentRisk = (risk: repo.LinkedRisk) => ({
  riskId: risk.risk_id,
  title: risk.title,
  status: risk.status,
  score: risk.score,
  inherentScore: risk.inherent_score,
  residualScore: risk.residual_score,
});

export async function getEntry(ctx: RequestContext, actor: Actor, orgId: string, requirementId: string) {
  const org = await requireReadable(ctx, actor, orgId, 'controls.read');
  const { requirement, scope } = await requirementInScope(ctx.db, org, requirementId);
  await repo.ensureEntries(ctx.db, org.id, scope.frameworks);
  const entry = await presentOne(ctx.db, org, requirement);
  return {
    ...withEntryCan(entry, { actor, org }),
    evidenceRecords: await listEvidenceOfRequirement(ctx.db, { actor, org }, requirement.id),
    risks: (await repo.linkedRisks(ctx.db, org.id, requirement.id)).map(presentRisk),
    mappedTo: relatedRequirements(requirement).map((r) => ({
      id: r.id,
      frameworkId: r.frameworkId,
      code: r.code,
      title: r.title,
    })),
  };
}

const blankToNull = (text: string | null | undefined) => (text?.trim() ? text.trim() : null);

export async function updateEntry(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  requirementId: string,
  input: EntryUpdate,
) {
  const org = await requireReadable(ctx, actor, orgId, 'controls.read');
  const { requirement, scope } = await requirementInScope(ctx.db, org, requirementId);
  const { version, ...fields } = input;
  const changed = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key]) => key);
  // Only the writer names an owner; checked outside the transaction (SQLite has one connection).
  if (fields.ownerUserId !== undefined) controlsPolicy.write(actor, org);
  await assertMemberCanRead(ctx, fields.ownerUserId, org, 'controls.read');
  return ctx.db.transaction().execute(async (trx) => {
    await repo.ensureEntries(trx, org.id, scope.frameworks);
    const row = await repo.findEntry(trx, org.id, requirement.id);
    if (!row) throw notFound();
    controlsPolicy.updateEntry(actor, org, row, changed);
    const merged = {
      applicable:
        fields.applicable !== undefined
          ? fields.applicable
          : row.applicable === null
            ? null
            : Boolean(row.applicable),
      justification:
        fields.justification !== undefined ? blankToNull(fields.justification) : row.justification,
      status: fields.status ?? row.status,
    };
    const { map } = await baselineFor(trx, org);
    assertJustified(merged, map.get(requirement.id) ?? null);
    const before = await presentOne(trx, org, requirement);
    const updated = await repo.updateEntry(trx, row.id, version, {
      applicable: merged.applicable,
      justification: merged.justification,
      status: merged.status,
      ...(fields.implementation !== undefined ? { implementation: blankToNull(fields.implementation) } : {}),
      ...(fields.ownerUserId !== undefined ? { owner_user_id: fields.ownerUserId } : {}),
      ...(fields.targetDate !== undefined ? { target_date: fields.targetDate } : {}),
      updated_by: actor.id,
      updated_at: nowIso(),
    });
    if (!updated) throw versionConflict();
    const after = await presentOne(trx, org, requirement);
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'soa_entry.updated',
      entityType: 'soa_entry',
      entityId: row.id,
      before,
      after,
    });
    return withEntryCan(after, { actor, org });
  });
}
