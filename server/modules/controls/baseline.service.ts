import { type FrameworkId, frameworkOf, requirementById } from '../../catalog/controls/index.ts';
import type { OrganisationRow, OrgKind } from '../../db/schema.ts';
import { can, requireOrg } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { nowIso } from '../../platform/clock.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { invalid, notFound, versionConflict } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import * as repo from './baseline.repository.ts';
import type { BaselineInput, DeviationQuery } from './baseline.schemas.ts';
import { controlsPolicy } from './controls.policy.ts';
import { type MemberEntry, memberDeviations, pageOfDeviations } from './deviations.rules.ts';
import { findScopes } from './scope.repository.ts';
import { scopeOf } from './scope.service.ts';
import { listMemberEntries } from './soa.repository.ts';
import type { BaselineValues } from './soa.rules.ts';

function assertGroup(org: OrganisationRow) {
  if (org.kind !== 'group') throw invalid('soa_baseline_group_only');
}

const presentValue = (row: repo.BaselineRow) => ({
  applicable: Boolean(row.applicable),
  expectedStatus: row.expected_status,
  justification: row.justification,
  version: row.version,
  updatedAt: row.updated_at,
});

export async function getBaseline(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  frameworkId: FrameworkId,
) {
  const group = await requireOrg(ctx, actor, orgId);
  controlsPolicy.read(actor, group);
  assertGroup(group);
  const rows = new Map((await repo.baselineOf(ctx.db, group.id)).map((row) => [row.requirement_id, row]));
  return {
    groupId: group.id,
    groupName: group.name,
    frameworkId,
    items: frameworkOf(frameworkId).requirements.map((requirement) => {
      const row = rows.get(requirement.id);
      return {
        requirementId: requirement.id,
        frameworkId: requirement.frameworkId,
        code: requirement.code,
        theme: requirement.theme ?? null,
        title: requirement.title,
        baseline: row ? presentValue(row) : null,
      };
    }),
  };
}

/**
 * Sets the group's baseline for one requirement (version 0 creates it). Members that have
 * not decided themselves follow it at once; members that decided otherwise now deviate and
 * show up in the deviation view until they justify or align.
 */
export async function setBaseline(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  requirementId: string,
  input: BaselineInput,
) {
  const group = await requireOrg(ctx, actor, orgId);
  controlsPolicy.setBaseline(actor, group);
  assertGroup(group);
  const requirement = requirementById(requirementId);
  if (!requirement) throw notFound();
  const justification = input.justification?.trim() ? input.justification.trim() : null;
  if (!input.applicable && !justification) {
    throw invalid('soa_justification_required', [
      { path: 'justification', code: 'soa_justification_required' },
    ]);
  }
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.findBaseline(trx, group.id, requirement.id);
    const now = nowIso();
    if (existing) {
      const changed = await repo.updateBaseline(trx, existing.id, input.version, {
        applicable: input.applicable,
        expected_status: input.expectedStatus,
        justification,
        updated_by: actor.id,
        updated_at: now,
      });
      if (!changed) throw versionConflict();
    } else {
      if (input.version !== 0) throw versionConflict();
      const inserted = await repo.insertBaseline(trx, {
        id: newId(),
        org_id: group.id,
        requirement_id: requirement.id,
        framework_id: requirement.frameworkId,
        applicable: input.applicable,
        expected_status: input.expectedStatus,
        justification,
        updated_by: actor.id,
        version: 1,
        created_at: now,
        updated_at: now,
      });
      if (!inserted) throw versionConflict();
    }
    const row = await repo.findBaseline(trx, group.id, requirement.id);
    if (!row) throw notFound();
    const after = { requirementId: requirement.id, ...presentValue(row) };
    await writeAudit(trx, ctx, {
      orgId: group.id,
      action: 'soa_baseline.set',
      entityType: 'soa_baseline',
      entityId: row.id,
      before: existing ? { requirementId: requirement.id, ...presentValue(existing) } : undefined,
      after,
    });
    return after;
  });
}

export async function removeBaseline(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  requirementId: string,
) {
  const group = await requireOrg(ctx, actor, orgId);
  controlsPolicy.setBaseline(actor, group);
  assertGroup(group);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.findBaseline(trx, group.id, requirementId);
    if (!existing) throw notFound();
    await repo.deleteBaseline(trx, existing.id);
    await writeAudit(trx, ctx, {
      orgId: group.id,
      action: 'soa_baseline.removed',
      entityType: 'soa_baseline',
      entityId: existing.id,
      before: { requirementId, ...presentValue(existing) },
    });
  });
}

/**
 * Where the members deviate from the group's baseline: decided applicability differently
 * (with or without the justification that needs), or behind the expected status. Members
 * the reader may not read (no subtree role there) are left out; the group's readers see the
 * members' SoA only, nothing else of theirs.
 */
export async function deviations(ctx: RequestContext, actor: Actor, orgId: string, query: DeviationQuery) {
  const group = await requireOrg(ctx, actor, orgId);
  controlsPolicy.read(actor, group);
  assertGroup(group);
  const baselineRows = (await repo.baselineOf(ctx.db, group.id)).filter(
    (row) => row.framework_id === query.framework,
  );
  const baseline = new Map<string, BaselineValues>(
    baselineRows.map((row) => [
      row.requirement_id,
      {
        groupId: group.id,
        groupName: group.name,
        applicable: Boolean(row.applicable),
        expectedStatus: row.expected_status,
        justification: row.justification,
      },
    ]),
  );
  const members = (await repo.membersOf(ctx.db, group.path)).filter((m) => can(actor, 'controls.read', m));
  const kinds = new Map<string, OrgKind>([
    [group.id, group.kind],
    ...members.map((m): [string, OrgKind] => [m.id, m.kind]),
  ]);
  const scopes = await findScopes(
    ctx.db,
    members.map((m) => m.id),
  );
  const entries = await listMemberEntries(ctx.db, group.path, [...baseline.keys()]);
  const byOrg = new Map<string, Map<string, MemberEntry>>();
  for (const entry of entries) {
    const map = byOrg.get(entry.org_id) ?? new Map<string, MemberEntry>();
    map.set(entry.requirement_id, entry);
    byOrg.set(entry.org_id, map);
  }
  const standings = members.map((member) => {
    const parentKind = member.parent_id ? (kinds.get(member.parent_id) ?? null) : null;
    const inScope = scopeOf(member, parentKind, scopes.get(member.id)).frameworks.includes(query.framework);
    return memberDeviations(member, inScope, baseline, byOrg.get(member.id));
  });
  const wanted = standings
    .flatMap((standing) => standing.items)
    .filter(
      (item) =>
        (!query.memberId || item.orgId === query.memberId) && (!query.kind || item.kind === query.kind),
    );
  return {
    groupId: group.id,
    frameworkId: query.framework,
    members: standings.map((standing) => standing.summary),
    ...pageOfDeviations(wanted, query.limit, query.cursor),
  };
}
