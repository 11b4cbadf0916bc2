import type { Migration } from '../migrate.ts';
import { sortKeyType, sqlIn } from './helpers.ts';

// Enumerations as they stood when this migration landed; later changes come in new migrations.
const frameworks = ['iso27001_2022', 'nis2_art21', 'gdpr_art32', 'clinic_nine', 'cyberforsvar'];
const implementationStatuses = ['not_started', 'planned', 'partial', 'implemented'];

/**
 * Controls and the Statement of Applicability. The catalogue itself (frameworks,
 * requirements, mappings) is shipped data in server/catalog/controls; these tables hold what
 * an organisation decided about it: which frameworks it works by, its SoA entry per
 * requirement, a group's baseline for its members, the evidence behind the controls and the
 * risks each control treats.
 */
export const controlsSoa: Migration = {
  version: 7,
  name: 'controls_soa',
  async up({ db, dialect }) {
    // Only organisations that changed the default (derived from the organisation's place in
    // the tree) have a row; the frameworks chosen are listed in control_scope_frameworks.
    await db.schema
      .createTable('control_scopes')
      .addColumn('org_id', 'text', (c) => c.primaryKey().references('organisations.id'))
      .addColumn('profile', 'text', (c) => c.notNull().check(sqlIn('profile', ['standard', 'clinic'])))
      .addColumn('updated_by', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('control_scope_frameworks')
      .addColumn('org_id', 'text', (c) => c.notNull().references('control_scopes.org_id').onDelete('cascade'))
      .addColumn('framework_id', 'text', (c) => c.notNull().check(sqlIn('framework_id', frameworks)))
      .addPrimaryKeyConstraint('control_scope_frameworks_pkey', ['org_id', 'framework_id'])
      .execute();

    // One row per organisation and requirement of every framework in scope, created when the
    // SoA is first read, so the statement is always complete.
    await db.schema
      .createTable('soa_entries')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('requirement_id', 'text', (c) => c.notNull())
      .addColumn('framework_id', 'text', (c) => c.notNull().check(sqlIn('framework_id', frameworks)))
      // Null: follows the group baseline, or applicable when there is none.
      .addColumn('applicable', 'boolean')
      .addColumn('justification', 'text')
      .addColumn('status', 'text', (c) =>
        c.notNull().defaultTo('not_started').check(sqlIn('status', implementationStatuses)),
      )
      .addColumn('implementation', 'text')
      .addColumn('owner_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('target_date', 'text')
      .addColumn('updated_by', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('soa_entries_org_requirement_key', ['org_id', 'requirement_id'])
      .execute();
    // "The controls I own" across organisations.
    await db.schema
      .createIndex('soa_entries_owner_idx')
      .on('soa_entries')
      .columns(['owner_user_id', 'org_id'])
      .execute();

    // A group's (region, ministry) baseline, which its member organisations inherit.
    await db.schema
      .createTable('soa_baselines')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('requirement_id', 'text', (c) => c.notNull())
      .addColumn('framework_id', 'text', (c) => c.notNull().check(sqlIn('framework_id', frameworks)))
      .addColumn('applicable', 'boolean', (c) => c.notNull())
      .addColumn('expected_status', 'text', (c) => c.check(sqlIn('expected_status', implementationStatuses)))
      .addColumn('justification', 'text')
      .addColumn('updated_by', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('soa_baselines_org_requirement_key', ['org_id', 'requirement_id'])
      .execute();

    // Which risks a control treats. No foreign key to risk_scenarios: the risk module owns that
    // table and its deletions; the coverage view joins and ignores links to risks that are gone.
    await db.schema
      .createTable('soa_risk_links')
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('requirement_id', 'text', (c) => c.notNull())
      .addColumn('risk_id', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('soa_risk_links_pkey', ['org_id', 'requirement_id', 'risk_id'])
      .execute();
    // "The controls that treat this risk".
    await db.schema
      .createIndex('soa_risk_links_risk_idx')
      .on('soa_risk_links')
      .columns(['org_id', 'risk_id', 'requirement_id'])
      .execute();

    // Evidence: a file (through the platform's file links), a link or a note, valid until a date.
    await db.schema
      .createTable('control_evidence')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('kind', 'text', (c) => c.notNull().check(sqlIn('kind', ['file', 'link', 'note'])))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('title_key', sortKeyType(dialect), (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('url', 'text')
      .addColumn('valid_until', 'text')
      // valid_until, or 9999-12-31 when it never expires: a non-null key for keyset paging.
      .addColumn('valid_until_key', 'text', (c) => c.notNull())
      .addColumn('owner_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('created_by', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('control_evidence_org_title_idx')
      .on('control_evidence')
      .columns(['org_id', 'title_key', 'id'])
      .execute();
    await db.schema
      .createIndex('control_evidence_org_validity_idx')
      .on('control_evidence')
      .columns(['org_id', 'valid_until_key', 'id'])
      .execute();
    // The daily expiry job looks across organisations.
    await db.schema
      .createIndex('control_evidence_valid_until_idx')
      .on('control_evidence')
      .columns(['valid_until_key'])
      .execute();

    await db.schema
      .createTable('control_evidence_requirements')
      .addColumn('evidence_id', 'text', (c) =>
        c.notNull().references('control_evidence.id').onDelete('cascade'),
      )
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('requirement_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('control_evidence_requirements_pkey', ['evidence_id', 'requirement_id'])
      .execute();
    await db.schema
      .createIndex('control_evidence_requirements_req_idx')
      .on('control_evidence_requirements')
      .columns(['org_id', 'requirement_id', 'evidence_id'])
      .execute();
  },
};
