import type { Db } from '../../db/database.ts';

/**
 * The kinds of record a file can be linked to. A module makes its records linkable with one
 * call in its route registration, e.g. in registerRiskRoutes:
 *
 *   registerLinkTarget('risk', (db, orgId, id) => repo.riskExists(db, orgId, id));
 *
 * `exists` must answer whether the record exists in that organisation, so a file is never
 * linked across organisations. Unregistered entity types are refused.
 */
export type LinkTargetExists = (db: Db, orgId: string, entityId: string) => Promise<boolean>;

const targets = new Map<string, LinkTargetExists>();

export const entityTypePattern = /^[a-z][a-z0-9_]{0,49}$/;
export const entityIdPattern = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;

export function registerLinkTarget(entityType: string, exists: LinkTargetExists): void {
  if (!entityTypePattern.test(entityType)) throw new Error(`invalid entity type ${entityType}`);
  targets.set(entityType, exists);
}

export function linkTarget(entityType: string): LinkTargetExists | undefined {
  return targets.get(entityType);
}

// The organisation itself: certificates, signed policies, anything without a record of its own yet.
registerLinkTarget('organisation', async (_db, orgId, entityId) => entityId === orgId);
