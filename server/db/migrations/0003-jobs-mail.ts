import type { Migration } from '../migrate.ts';
import { sqlIn } from './helpers.ts';

/** Background jobs (platform/jobs) and the record of every mail Skjold sends (platform/mail). */
export const jobsMail: Migration = {
  version: 3,
  name: 'jobs_mail',
  async up({ db }) {
    await db.schema
      .createTable('jobs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('payload_json', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) =>
        c.notNull().check(sqlIn('status', ['queued', 'running', 'done', 'dead'])),
      )
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('max_attempts', 'integer', (c) => c.notNull())
      .addColumn('run_at', 'text', (c) => c.notNull())
      .addColumn('locked_by', 'text')
      .addColumn('locked_until', 'text')
      .addColumn('last_error', 'text')
      .addColumn('dedupe_key', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    // Unique over the non-null keys only: both databases let a unique index hold many NULLs.
    await db.schema.createIndex('jobs_dedupe_key_key').on('jobs').column('dedupe_key').unique().execute();
    await db.schema.createIndex('jobs_claim_idx').on('jobs').columns(['status', 'run_at']).execute();
    await db.schema.createIndex('jobs_status_id_idx').on('jobs').columns(['status', 'id']).execute();

    await db.schema
      .createTable('mail_outbox')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('job_id', 'text', (c) => c.unique())
      .addColumn('org_id', 'text')
      .addColumn('recipient', 'text', (c) => c.notNull())
      .addColumn('locale', 'text', (c) => c.notNull())
      .addColumn('template', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('html', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sqlIn('status', ['stored', 'sent'])))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('sent_at', 'text')
      .execute();
    await db.schema
      .createIndex('mail_outbox_status_id_idx')
      .on('mail_outbox')
      .columns(['status', 'id'])
      .execute();
  },
};
