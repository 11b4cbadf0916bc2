import type { Db } from '../../db/database.ts';
import type { OrganisationRow } from '../../db/schema.ts';
import { grantsAt } from '../../platform/access.ts';
import { invalid } from '../../platform/errors.ts';
import { membershipsOf } from './soa.repository.ts';

/**
 * An owner of a control or a piece of evidence must be someone who can read the
 * organisation's SoA: never a colleague of a sibling organisation, nor an employee without
 * access to the ISMS.
 */
export async function assertCanOwn(
  db: Db,
  org: OrganisationRow,
  userId: string,
  path: string,
): Promise<void> {
  if (!grantsAt(await membershipsOf(db, userId), org).has('controls.read')) {
    throw invalid('controls_owner_not_member', [{ path, code: 'controls_owner_not_member' }]);
  }
}
