import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { MailOutboxRow, MailOutboxTable } from '../../db/schema.ts';

export async function insertOutboxMail(db: Db, row: Insertable<MailOutboxTable>): Promise<void> {
  await db.insertInto('mail_outbox').values(row).execute();
}

export async function outboxMailOfJob(db: Db, jobId: string): Promise<{ id: string } | undefined> {
  return db.selectFrom('mail_outbox').select('id').where('job_id', '=', jobId).executeTakeFirst();
}

export type OutboxFilter = {
  status: MailOutboxRow['status'] | undefined;
  template: string | undefined;
  beforeId: string | undefined;
  limit: number;
};

/** Newest first, keyset on the (time-ordered) id. */
export async function listOutbox(db: Db, filter: OutboxFilter): Promise<MailOutboxRow[]> {
  let query = db.selectFrom('mail_outbox').selectAll();
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.template) query = query.where('template', '=', filter.template);
  if (filter.beforeId) query = query.where('id', '<', filter.beforeId);
  return query
    .orderBy('id', 'desc')
    .limit(filter.limit + 1)
    .execute();
}

export async function deleteOutboxBefore(db: Db, before: string): Promise<number> {
  const result = await db.deleteFrom('mail_outbox').where('created_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
