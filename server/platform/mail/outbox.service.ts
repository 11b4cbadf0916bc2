import type { MailOutboxRow } from '../../db/schema.ts';
import { authorizeInstanceAdmin } from '../access.ts';
import { writeAudit } from '../audit.ts';
import type { Actor, RequestContext } from '../context.ts';
import { decodeCursor, pageOf } from '../pagination.ts';
import { presentOutboxMail } from './outbox.presenter.ts';
import * as repo from './outbox.repository.ts';
import { sendMail } from './send-mail.ts';

export type OutboxQuery = {
  limit: number;
  cursor?: string;
  status?: MailOutboxRow['status'];
  template?: string;
};

export async function listOutbox(ctx: RequestContext, actor: Actor, query: OutboxQuery) {
  authorizeInstanceAdmin(actor);
  const rows = await repo.listOutbox(ctx.db, {
    status: query.status,
    template: query.template,
    beforeId: query.cursor ? String(decodeCursor(query.cursor, 1)[0]) : undefined,
    limit: query.limit,
  });
  const page = pageOf(rows, query.limit, (row) => [row.id]);
  return { items: page.items.map(presentOutboxMail), nextCursor: page.nextCursor };
}

/**
 * Queues the test mail to the admin's own address only: the endpoint cannot be used to send
 * mail to anyone else.
 */
export async function sendTestMail(ctx: RequestContext, actor: Actor) {
  authorizeInstanceAdmin(actor);
  return ctx.db.transaction().execute(async (trx) => {
    const { id } = await sendMail(trx, ctx, {
      to: actor.email,
      template: 'test_mail',
      locale: actor.locale,
      params: {},
    });
    await writeAudit(trx, ctx, {
      orgId: null,
      action: 'mail.test_queued',
      entityType: 'job',
      entityId: id,
      after: { template: 'test_mail' },
    });
    return { jobId: id };
  });
}
