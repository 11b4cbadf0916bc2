import { requireOrg } from '../../platform/access.ts';
import { endOfLocalDay, startOfLocalDay } from '../../platform/clock.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { decodeCursor, pageOf } from '../../platform/pagination.ts';
import { auditPolicy } from './audit.policy.ts';
import { presentAuditEvent } from './audit.presenter.ts';
import * as repo from './audit.repository.ts';
import type { AuditQuery } from './audit.schemas.ts';

export async function listAuditEvents(ctx: RequestContext, actor: Actor, orgId: string, query: AuditQuery) {
  const org = await requireOrg(ctx, actor, orgId);
  auditPolicy.read(actor, org);
  const rows = await repo.listAuditEvents(ctx.db, {
    orgId: org.id,
    action: query.action,
    entityType: query.entityType,
    actorId: query.actorId,
    fromAt: query.from ? startOfLocalDay(query.from) : undefined,
    toAt: query.to ? endOfLocalDay(query.to) : undefined,
    beforeSeq: query.cursor ? Number(decodeCursor(query.cursor, 1)[0]) : undefined,
    limit: query.limit,
  });
  const page = pageOf(rows, query.limit, (row) => [row.seq]);
  return { items: page.items.map(presentAuditEvent), nextCursor: page.nextCursor };
}

/** Every matching event, page by page, for the CSV export. */
export async function* allAuditEvents(ctx: RequestContext, actor: Actor, orgId: string, query: AuditQuery) {
  let cursor: string | undefined;
  do {
    const page = await listAuditEvents(ctx, actor, orgId, { ...query, limit: 500, cursor });
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}
