import type { Db } from '../../db/database.ts';
import type { AuditEventRow } from '../../db/schema.ts';

export type AuditFilter = {
  orgId: string;
  action?: string;
  entityType?: string;
  actorId?: string;
  fromAt?: string;
  toAt?: string;
  beforeSeq?: number;
  limit: number;
};

/** Newest first, keyset on the chain's sequence number. */
export async function listAuditEvents(db: Db, filter: AuditFilter): Promise<AuditEventRow[]> {
  let query = db.selectFrom('audit_events').selectAll().where('org_id', '=', filter.orgId);
  if (filter.action) query = query.where('action', '=', filter.action);
  if (filter.entityType) query = query.where('entity_type', '=', filter.entityType);
  if (filter.actorId) query = query.where('actor_id', '=', filter.actorId);
  if (filter.fromAt) query = query.where('at', '>=', filter.fromAt);
  if (filter.toAt) query = query.where('at', '<', filter.toAt);
  if (filter.beforeSeq !== undefined) query = query.where('seq', '<', filter.beforeSeq);
  return query
    .orderBy('seq', 'desc')
    .limit(filter.limit + 1)
    .execute();
}
