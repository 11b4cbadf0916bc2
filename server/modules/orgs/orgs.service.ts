import type { OrganisationRow, OrgKind } from '../../db/schema.ts';
import { requireOrg } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { nowIso } from '../../platform/clock.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { danishKey } from '../../platform/danish-text.ts';
import { conflict, invalid, notFound, versionConflict } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { findOrg } from '../../platform/org-tree.ts';
import { decodeCursor, pageOf } from '../../platform/pagination.ts';
import { orgsPolicy } from './orgs.policy.ts';
import { orgRecord, presentOrg } from './orgs.presenter.ts';
import * as repo from './orgs.repository.ts';
import type { CreateOrgInput, UpdateOrgInput } from './orgs.schemas.ts';

/** Which kinds of organisation may sit directly under which (DESIGN.md section 4). */
const allowedParents: Record<OrgKind, readonly OrgKind[]> = {
  sector: [],
  group: ['sector'],
  organisation: ['sector', 'group'],
  unit: ['organisation', 'unit'],
};

function assertParentKind(kind: OrgKind, parent: OrganisationRow) {
  if (!allowedParents[kind].includes(parent.kind)) {
    throw invalid('org_parent_kind', [{ path: 'parentId', code: 'org_parent_kind' }], {
      kind: `@kind.${kind}`,
      parentKind: `@kind.${parent.kind}`,
    });
  }
}

export async function listOrgs(
  ctx: RequestContext,
  actor: Actor,
  query: { limit: number; cursor?: string; q?: string; direction: 'asc' | 'desc' },
) {
  const rows = await repo.listVisibleOrgs(ctx.db, {
    memberships: actor.memberships,
    q: query.q,
    direction: query.direction,
    cursor: query.cursor ? decodeCursor(query.cursor, 2) : undefined,
    limit: query.limit,
  });
  const page = pageOf(rows, query.limit, (row) => [row.name_key, row.id]);
  return { items: page.items.map((row) => presentOrg(row, actor)), nextCursor: page.nextCursor };
}

type NewOrg = { kind: OrgKind; name: string; cvr?: string | null };

export async function getOrg(ctx: RequestContext, actor: Actor, orgId: string) {
  return presentOrg(await requireOrg(ctx, actor, orgId), actor);
}

export async function createOrg(ctx: RequestContext, actor: Actor, input: CreateOrgInput) {
  const parent = await requireOrg(ctx, actor, input.parentId);
  orgsPolicy.createChild(actor, parent);
  return presentOrg(await insertOrganisation(ctx, parent, input), actor);
}

/** Creates the sector root; only the CLI and the demo seed do this, on an empty tree. */
export async function createRoot(ctx: RequestContext, name: string, cvr: string | null = null) {
  if (await repo.hasRoot(ctx.db)) throw conflict('org_root_exists');
  return orgRecord(await insertOrganisation(ctx, null, { kind: 'sector', name, cvr }));
}

/** Creates an organisation under a parent on the operator's behalf (CLI, demo seed): no actor check. */
export async function createChildAsSystem(ctx: RequestContext, parentId: string, input: NewOrg) {
  const parent = await findOrg(ctx.db, parentId);
  if (!parent) throw notFound();
  return orgRecord(await insertOrganisation(ctx, parent, input));
}

async function insertOrganisation(
  ctx: RequestContext,
  parent: OrganisationRow | null,
  input: NewOrg,
): Promise<OrganisationRow> {
  if (parent) assertParentKind(input.kind, parent);
  return ctx.db.transaction().execute(async (trx) => {
    const now = nowIso();
    const id = newId();
    const row = {
      id,
      parent_id: parent?.id ?? null,
      kind: input.kind,
      name: input.name,
      name_key: danishKey(input.name),
      cvr: input.cvr ?? null,
      require_mfa: false,
      path: `${parent?.path ?? '/'}${id}/`,
      version: 1,
      created_at: now,
      updated_at: now,
    };
    await repo.insertOrg(trx, row);
    await writeAudit(trx, ctx, {
      orgId: id,
      action: 'org.created',
      entityType: 'organisation',
      entityId: id,
      after: orgRecord(row),
    });
    return row;
  });
}

export async function updateOrg(ctx: RequestContext, actor: Actor, orgId: string, input: UpdateOrgInput) {
  const org = await requireOrg(ctx, actor, orgId);
  orgsPolicy.update(actor, org);
  const moving = input.parentId !== undefined && input.parentId !== org.parent_id;
  const newParent = moving ? await requireOrg(ctx, actor, input.parentId as string) : undefined;
  if (newParent) {
    orgsPolicy.move(actor, org, newParent);
    if (newParent.path.startsWith(org.path))
      throw invalid('org_cycle', [{ path: 'parentId', code: 'org_cycle' }]);
    assertParentKind(org.kind, newParent);
  }
  return ctx.db.transaction().execute(async (trx) => {
    const changes = {
      ...(input.name !== undefined ? { name: input.name, name_key: danishKey(input.name) } : {}),
      ...(input.cvr !== undefined ? { cvr: input.cvr } : {}),
      ...(input.requireMfa !== undefined ? { require_mfa: input.requireMfa } : {}),
      ...(newParent ? { parent_id: newParent.id } : {}),
      updated_at: nowIso(),
    };
    if (!(await repo.updateOrg(trx, org.id, input.version, changes))) throw versionConflict();
    if (newParent) await repo.movePaths(trx, org.path, `${newParent.path}${org.id}/`);
    const updated = await findOrg(trx, org.id);
    if (!updated) throw notFound();
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: newParent ? 'org.moved' : 'org.updated',
      entityType: 'organisation',
      entityId: org.id,
      before: orgRecord(org),
      after: orgRecord(updated),
    });
    return presentOrg(updated, actor);
  });
}
