import { z } from 'zod';
import { listQuery } from '../../platform/pagination.ts';

const date = z.iso.date();

/** Filters of the audit log and its CSV export; from/to are Danish calendar days. */
export const auditFilters = z.object({
  action: z.string().max(100).optional(),
  entityType: z.string().max(100).optional(),
  actorId: z.uuid().optional(),
  from: date.optional(),
  to: date.optional(),
});

export const auditListQuery = listQuery.pick({ limit: true, cursor: true }).extend(auditFilters.shape);
export type AuditQuery = z.infer<typeof auditListQuery>;
