import type { Me } from '../../api/types';

/** An admin at the sector root runs the instance (the server decides; this only hides links). */
export function isInstanceAdmin(me: Me): boolean {
  return me.memberships.some((membership) => membership.orgKind === 'sector' && membership.role === 'admin');
}
