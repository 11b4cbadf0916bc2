import type { Migration } from '../migrate.ts';
import { sortKeyType, sqlIn } from './helpers.ts';

/**
 * Policies and documents (versions, reviews, acknowledgements), the annual cycle (årshjul)
 * and the personal iCal feeds.
 */
export const policiesAnnualCycle: Migration = {
  version: 9,
  name: 'policies_annual_cycle',
  async up({ db, dialect }) {
    await db.schema
      .createTable('documents')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('kind', 'text', (c) =>
        c.notNull().check(sqlIn('kind', ['policy', 'guideline', 'procedure', 'instruction', 'plan'])),
      )
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('title_key', sortKeyType(dialect), (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('owner_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('classification', 'text', (c) =>
        c.notNull().check(sqlIn('classification', ['public', 'internal', 'confidential'])),
      )
      .addColumn('audience_all', 'boolean', (c) => c.notNull().defaultTo(true))
      .addColumn('audience_unit_ids', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('audience_roles', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('review_interval_months', 'integer', (c) => c.notNull().defaultTo(12))
      .addColumn('last_reviewed_on', 'text')
      .addColumn('next_review_on', 'text')
      .addColumn('is_template', 'boolean', (c) => c.notNull().defaultTo(false))
      .addColumn('template_document_id', 'text', (c) => c.references('documents.id'))
      .addColumn('template_version_id', 'text')
      .addColumn('catalog_key', 'text')
      .addColumn('public_id', 'text', (c) => c.notNull().unique())
      .addColumn('current_version_id', 'text')
      .addColumn('ack_version_number', 'integer')
      .addColumn('archived_at', 'text')
      .addColumn('created_by', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('documents_org_title_idx')
      .on('documents')
      .columns(['org_id', 'title_key', 'id'])
      .execute();
    await db.schema
      .createIndex('documents_org_kind_title_idx')
      .on('documents')
      .columns(['org_id', 'kind', 'title_key', 'id'])
      .execute();
    await db.schema
      .createIndex('documents_org_review_idx')
      .on('documents')
      .columns(['org_id', 'next_review_on', 'id'])
      .execute();
    await db.schema
      .createIndex('documents_review_due_idx')
      .on('documents')
      .column('next_review_on')
      .execute();
    await db.schema
      .createIndex('documents_template_idx')
      .on('documents')
      .column('template_document_id')
      .execute();

    await db.schema
      .createTable('document_versions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('number', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) =>
        c.notNull().check(sqlIn('status', ['draft', 'in_review', 'approved', 'published', 'superseded'])),
      )
      .addColumn('body_html', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('body_file_id', 'text')
      .addColumn('change_summary', 'text')
      .addColumn('created_by', 'text')
      .addColumn('last_edited_by', 'text')
      .addColumn('submitted_by', 'text')
      .addColumn('submitted_at', 'text')
      .addColumn('returned_by', 'text')
      .addColumn('returned_at', 'text')
      .addColumn('return_comment', 'text')
      .addColumn('approved_by', 'text')
      .addColumn('approver_role', 'text')
      .addColumn('approved_at', 'text')
      .addColumn('approved_on', 'text')
      .addColumn('approval_note', 'text')
      .addColumn('published_by', 'text')
      .addColumn('published_at', 'text')
      .addColumn('superseded_at', 'text')
      .addColumn('requires_acknowledgement', 'boolean', (c) => c.notNull().defaultTo(true))
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('document_versions_number_key', ['document_id', 'number'])
      .execute();

    await db.schema
      .createTable('document_reviews')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('reviewed_on', 'text', (c) => c.notNull())
      .addColumn('reviewed_by', 'text')
      .addColumn('outcome', 'text', (c) =>
        c.notNull().check(sqlIn('outcome', ['no_change', 'changes_needed'])),
      )
      .addColumn('note', 'text')
      .addColumn('version_number', 'integer')
      .addColumn('next_review_on', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('document_reviews_document_idx')
      .on('document_reviews')
      .columns(['document_id', 'reviewed_on', 'id'])
      .execute();

    await db.schema
      .createTable('document_acknowledgements')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('version_id', 'text', (c) => c.notNull().references('document_versions.id'))
      .addColumn('version_number', 'integer', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('acknowledged_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('document_acknowledgements_version_user_key', ['version_id', 'user_id'])
      .execute();
    await db.schema
      .createIndex('document_acknowledgements_user_idx')
      .on('document_acknowledgements')
      .columns(['document_id', 'user_id', 'version_number'])
      .execute();

    await db.schema
      .createTable('annual_activities')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('title_key', sortKeyType(dialect), (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('frequency', 'text', (c) =>
        c.notNull().check(sqlIn('frequency', ['monthly', 'quarterly', 'half_yearly', 'yearly'])),
      )
      .addColumn('months', 'text', (c) => c.notNull())
      .addColumn('day_of_month', 'integer')
      .addColumn('responsible_role', 'text', (c) => c.notNull())
      .addColumn('catalog_key', 'text')
      .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
      .addColumn('created_by', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('annual_activities_org_title_idx')
      .on('annual_activities')
      .columns(['org_id', 'title_key', 'id'])
      .execute();
    await db.schema
      .createIndex('annual_activities_active_idx')
      .on('annual_activities')
      .columns(['active', 'org_id'])
      .execute();

    // One row per organisation whose årshjul has been pre-filled, so a deleted default stays deleted.
    await db.schema
      .createTable('annual_cycle_seeds')
      .addColumn('org_id', 'text', (c) => c.primaryKey().references('organisations.id'))
      .addColumn('seeded_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('ical_feeds')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('secret_hash', 'text', (c) => c.notNull().unique())
      .addColumn('prefix', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_used_at', 'text')
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema
      .createIndex('ical_feeds_user_idx')
      .on('ical_feeds')
      .columns(['user_id', 'revoked_at'])
      .execute();
  },
};
