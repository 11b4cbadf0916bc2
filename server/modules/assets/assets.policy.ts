import { authorize, type Can, can, canFrom, type OrgRef, rolesAt } from '../../platform/access.ts';
import type { Actor } from '../../platform/context.ts';
import { forbidden } from '../../platform/errors.ts';

type AssetRef = { owner_user_id: string | null; created_by: string | null };

/**
 * Who may change which asset (DESIGN.md section 4): the security officer every asset; a risk
 * owner the assets they own (and may not hand them to someone else); a contributor the assets
 * they registered themselves.
 */
function mayChange(actor: Actor, org: OrgRef, asset: AssetRef, newOwner: string | null | undefined): boolean {
  if (can(actor, 'assets.manage', org)) return true;
  const roles = rolesAt(actor.memberships, org);
  const keepsOwner = newOwner === undefined || newOwner === asset.owner_user_id;
  if (roles.has('risk_owner') && asset.owner_user_id === actor.id && keepsOwner) return true;
  return roles.has('contributor') && asset.created_by === actor.id;
}

export const assetsPolicy = {
  read: (actor: Actor, org: OrgRef) => authorize(actor, 'assets.read', org),
  /** A risk owner registers assets they own; a contributor registers any asset. */
  create: (actor: Actor, org: OrgRef, ownerUserId: string | null) => {
    authorize(actor, 'assets.write', org);
    if (can(actor, 'assets.manage', org)) return;
    const roles = rolesAt(actor.memberships, org);
    if (roles.has('contributor')) return;
    if (roles.has('risk_owner') && ownerUserId === actor.id) return;
    throw forbidden();
  },
  update: (actor: Actor, org: OrgRef, asset: AssetRef, newOwner?: string | null) => {
    authorize(actor, 'assets.write', org);
    if (!mayChange(actor, org, asset, newOwner)) throw forbidden();
  },
  delete: (actor: Actor, org: OrgRef, asset: AssetRef) => {
    authorize(actor, 'assets.write', org);
    if (!mayChange(actor, org, asset, undefined)) throw forbidden();
  },
  /** Import, ranking the critical clinical processes. */
  manage: (actor: Actor, org: OrgRef) => authorize(actor, 'assets.manage', org),
};

export const assetActions = ['update', 'delete'] as const;

/** What the web may offer on an asset. */
export function assetCan(actor: Actor, org: OrgRef, asset: AssetRef): Can<(typeof assetActions)[number]> {
  return canFrom({
    update: () => assetsPolicy.update(actor, org, asset),
    delete: () => assetsPolicy.delete(actor, org, asset),
  });
}
