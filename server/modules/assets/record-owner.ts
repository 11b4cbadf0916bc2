import type { Db } from '../../db/database.ts';
import { can, type OrgRef, type Permission } from '../../platform/access.ts';
import { loadActor } from '../../platform/authenticate.ts';
import { invalid } from '../../platform/errors.ts';

/**
 * An owner (of an asset, a risk, an action) must be an active user who can read the record
 * where it lives; otherwise the record would belong to someone who cannot see it.
 */
export async function assertOwnerCanRead(
  db: Db,
  userId: string | null | undefined,
  org: OrgRef,
  permission: Permission,
  path = 'ownerUserId',
): Promise<void> {
  if (!userId) return;
  const owner = await loadActor(db, userId, null);
  if (!owner || !can(owner, permission, org))
    throw invalid('owner_not_member', [{ path, code: 'owner_not_member' }]);
}
