import { type FrameworkId, frameworkIds } from '../../catalog/controls/index.ts';
import type { Db } from '../../db/database.ts';
import type { OrganisationRow, OrgKind } from '../../db/schema.ts';
import { requireOrg } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { nowIso } from '../../platform/clock.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { versionConflict } from '../../platform/errors.ts';
import { controlsPolicy } from './controls.policy.ts';
import * as repo from './scope.repository.ts';
import type { ControlProfile, ScopeUpdate } from './scope.schemas.ts';
import { ensureEntries } from './soa.repository.ts';

export type EffectiveScope = {
  orgId: string;
  profile: ControlProfile;
  /** `default`: derived from the organisation's place in the tree; `own`: chosen by the organisation. */
  source: 'default' | 'own';
  frameworks: FrameworkId[];
  /** 0 while the organisation keeps the default. */
  version: number;
  updatedAt: string | null;
};

/**
 * A clinic is an organisation directly under the sector root (specialist practices belong
 * to no region or ministry group); everyone else runs a standard ISMS. An organisation can
 * set its profile itself when the tree says otherwise.
 */
export function defaultProfile(kind: OrgKind, parentKind: OrgKind | null): ControlProfile {
  return kind === 'organisation' && parentKind === 'sector' ? 'clinic' : 'standard';
}

/** Authorities, hospitals, regions and MedCom work by Annex A; clinics by the nine recommendations. */
export function defaultFrameworks(profile: ControlProfile): FrameworkId[] {
  return profile === 'clinic' ? ['clinic_nine'] : ['iso27001_2022'];
}

const inCatalogueOrder = (list: Iterable<FrameworkId>): FrameworkId[] => {
  const chosen = new Set(list);
  return frameworkIds.filter((id) => chosen.has(id));
};

export function scopeOf(
  org: Pick<OrganisationRow, 'id' | 'kind'>,
  parentKind: OrgKind | null,
  row: repo.ScopeRow | undefined,
): EffectiveScope {
  if (row) {
    return {
      orgId: org.id,
      profile: row.profile,
      source: 'own',
      frameworks: inCatalogueOrder(row.frameworks),
      version: row.version,
      updatedAt: row.updated_at,
    };
  }
  const profile = defaultProfile(org.kind, parentKind);
  return {
    orgId: org.id,
    profile,
    source: 'default',
    frameworks: defaultFrameworks(profile),
    version: 0,
    updatedAt: null,
  };
}

export async function effectiveScope(db: Db, org: OrganisationRow): Promise<EffectiveScope> {
  return scopeOf(org, await repo.parentKindOf(db, org), await repo.findScope(db, org.id));
}

export async function getScope(ctx: RequestContext, actor: Actor, orgId: string) {
  const org = await requireOrg(ctx, actor, orgId);
  controlsPolicy.readScope(actor, org);
  return effectiveScope(ctx.db, org);
}

/**
 * Sets the profile and the frameworks in scope. Changing the profile without naming
 * frameworks takes the new profile's defaults. The SoA rows of frameworks coming into scope are created in the
 * same transaction; rows of frameworks leaving scope are kept (hidden) so nothing decided is
 * lost if the framework comes back.
 */
export async function updateScope(ctx: RequestContext, actor: Actor, orgId: string, input: ScopeUpdate) {
  const org = await requireOrg(ctx, actor, orgId);
  controlsPolicy.changeScope(actor, org);
  return ctx.db.transaction().execute(async (trx) => {
    const before = await effectiveScope(trx, org);
    if (before.version !== input.version) throw versionConflict();
    const profile = input.profile ?? before.profile;
    const profileChanged = profile !== before.profile;
    const frameworks = inCatalogueOrder(
      input.frameworks ?? (profileChanged ? defaultFrameworks(profile) : before.frameworks),
    );
    const now = nowIso();
    if (before.source === 'default') {
      if (!(await repo.insertScope(trx, { org_id: org.id, profile, updated_by: actor.id, now }))) {
        throw versionConflict();
      }
    } else if (
      !(await repo.updateScope(trx, org.id, input.version, {
        profile,
        updated_by: actor.id,
        updated_at: now,
      }))
    ) {
      throw versionConflict();
    }
    await repo.replaceFrameworks(trx, org.id, frameworks);
    await ensureEntries(trx, org.id, frameworks);
    const after = await effectiveScope(trx, org);
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'control_scope.updated',
      entityType: 'control_scope',
      entityId: org.id,
      before,
      after,
    });
    return after;
  });
}
