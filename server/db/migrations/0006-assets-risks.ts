import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../database.ts';
import type { Migration } from '../migrate.ts';
import { sortKeyType, sqlIn } from './helpers.ts';

const assetKinds = ['system', 'process', 'information', 'device', 'service', 'location'] as const;
const assetHostings = ['on_premises', 'shared_operations', 'supplier_hosted', 'cloud', 'none'] as const;
const threatCategories = [
  'malicious',
  'insider',
  'supplier',
  'human_error',
  'technical',
  'physical',
  'environmental',
] as const;
const riskStatuses = ['draft', 'open', 'accepted', 'closed'] as const;
const riskTreatments = ['reduce', 'accept', 'avoid', 'transfer'] as const;
const riskAssessmentStatuses = ['awaiting_approval', 'approved', 'rejected'] as const;

// Enumerations as they stood when this migration landed; later changes come in new migrations.
const level = (column: string) => sql`${sql.ref(column)} between 1 and 4`;

/**
 * The asset register (assets, their dependencies) and risk management: custom threats per
 * organisation (the shipped catalogue lives in server/catalog/threats.ts), the risk matrix,
 * risk scenarios with their threats, assets, treatment actions and acceptances, and the
 * yearly assessment: a frozen, immutable copy of the register.
 */
export const assetsRisks: Migration = {
  version: 6,
  name: 'assets_risks',
  async up({ db, dialect }) {
    await db.schema
      .createTable('assets')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_key', sortKeyType(dialect), (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull().check(sqlIn('kind', assetKinds)))
      .addColumn('description', 'text')
      .addColumn('owner_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('criticality', 'integer', (c) => c.notNull().check(level('criticality')))
      .addColumn('confidentiality', 'integer', (c) => c.notNull().check(level('confidentiality')))
      .addColumn('integrity', 'integer', (c) => c.notNull().check(level('integrity')))
      .addColumn('availability', 'integer', (c) => c.notNull().check(level('availability')))
      .addColumn('personal_data', 'boolean', (c) => c.notNull().defaultTo(false))
      .addColumn('health_data', 'boolean', (c) => c.notNull().defaultTo(false))
      .addColumn('legacy', 'boolean', (c) => c.notNull().defaultTo(false))
      .addColumn('end_of_support', 'text')
      .addColumn('supplier', 'text')
      .addColumn('hosting', 'text', (c) => c.check(sqlIn('hosting', assetHostings)))
      .addColumn('clinical_critical', 'boolean', (c) => c.notNull().defaultTo(false))
      .addColumn('critical_rank', 'integer')
      .addColumn('created_by', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('assets_org_name_key', ['org_id', 'name_key'])
      .execute();
    // Lists: by name (the unique constraint's index serves org + name), by criticality, by owner.
    await db.schema
      .createIndex('assets_org_criticality_idx')
      .on('assets')
      .columns(['org_id', 'criticality', 'id'])
      .execute();
    await db.schema
      .createIndex('assets_owner_idx')
      .on('assets')
      .columns(['org_id', 'owner_user_id', 'name_key'])
      .execute();

    await db.schema
      .createTable('asset_dependencies')
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('asset_id', 'text', (c) => c.notNull().references('assets.id').onDelete('cascade'))
      .addColumn('depends_on_id', 'text', (c) => c.notNull().references('assets.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('asset_dependencies_pkey', ['asset_id', 'depends_on_id'])
      .addCheckConstraint('asset_dependencies_not_self', sql`asset_id <> depends_on_id`)
      .execute();
    // "What depends on this asset" walks the edges backwards.
    await db.schema
      .createIndex('asset_dependencies_reverse_idx')
      .on('asset_dependencies')
      .columns(['depends_on_id', 'asset_id'])
      .execute();
    await db.schema
      .createIndex('asset_dependencies_org_idx')
      .on('asset_dependencies')
      .column('org_id')
      .execute();

    await db.schema
      .createTable('threats')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('title_key', sortKeyType(dialect), (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('category', 'text', (c) => c.notNull().check(sqlIn('category', threatCategories)))
      .addColumn('affects_confidentiality', 'boolean', (c) => c.notNull().defaultTo(false))
      .addColumn('affects_integrity', 'boolean', (c) => c.notNull().defaultTo(false))
      .addColumn('affects_availability', 'boolean', (c) => c.notNull().defaultTo(false))
      .addColumn('created_by', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('threats_org_idx')
      .on('threats')
      .columns(['org_id', 'title_key', 'id'])
      .execute();

    // One row per organisation that changed the default matrix; levels and bands as JSON text.
    await db.schema
      .createTable('risk_matrices')
      .addColumn('org_id', 'text', (c) => c.primaryKey().references('organisations.id'))
      .addColumn('likelihood_levels', 'text', (c) => c.notNull())
      .addColumn('consequence_levels', 'text', (c) => c.notNull())
      .addColumn('bands', 'text', (c) => c.notNull())
      .addColumn('tolerance', 'integer', (c) => c.notNull())
      .addColumn('updated_by', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('risk_scenarios')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('title_key', sortKeyType(dialect), (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('status', 'text', (c) => c.notNull().check(sqlIn('status', riskStatuses)))
      .addColumn('owner_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('likelihood', 'integer', (c) => c.notNull())
      .addColumn('consequence_organisation', 'integer')
      .addColumn('consequence_patient_safety', 'integer')
      .addColumn('consequence_data_subject', 'integer')
      .addColumn('inherent_score', 'integer', (c) => c.notNull())
      .addColumn('existing_controls', 'text')
      .addColumn('planned_controls', 'text')
      .addColumn('residual_likelihood', 'integer')
      .addColumn('residual_consequence_organisation', 'integer')
      .addColumn('residual_consequence_patient_safety', 'integer')
      .addColumn('residual_consequence_data_subject', 'integer')
      .addColumn('residual_score', 'integer')
      // The score that counts now: residual once assessed, inherent until then. Never null, so
      // sorting and keyset paging behave the same on both databases.
      .addColumn('score', 'integer', (c) => c.notNull())
      .addColumn('treatment', 'text', (c) => c.check(sqlIn('treatment', riskTreatments)))
      .addColumn('treatment_note', 'text')
      .addColumn('review_date', 'text', (c) => c.notNull())
      .addColumn('last_reviewed_at', 'text')
      .addColumn('last_reviewed_by', 'text')
      .addColumn('created_by', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    // One index per list order, each led by the organisation; status and owner, the common
    // filters, get their own so "open risks by score" and "my risks by score" read in order.
    const riskIndexes: [string, string[]][] = [
      ['risk_scenarios_org_score_idx', ['org_id', 'score', 'id']],
      ['risk_scenarios_org_status_score_idx', ['org_id', 'status', 'score', 'id']],
      ['risk_scenarios_org_owner_score_idx', ['org_id', 'owner_user_id', 'score', 'id']],
      ['risk_scenarios_org_inherent_idx', ['org_id', 'inherent_score', 'id']],
      ['risk_scenarios_org_title_idx', ['org_id', 'title_key', 'id']],
      ['risk_scenarios_org_review_idx', ['org_id', 'review_date', 'id']],
      // Lists over a whole subtree (many organisations) read the score order and filter.
      ['risk_scenarios_status_score_idx', ['status', 'score', 'id']],
    ];
    for (const [name, columns] of riskIndexes) {
      await db.schema.createIndex(name).on('risk_scenarios').columns(columns).execute();
    }

    await db.schema
      .createTable('risk_threats')
      .addColumn('risk_id', 'text', (c) => c.notNull().references('risk_scenarios.id').onDelete('cascade'))
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      // A catalogue key (`ransomware`) or the id of one of the organisation's own threats.
      .addColumn('threat_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('risk_threats_pkey', ['risk_id', 'threat_id'])
      .execute();
    await db.schema
      .createIndex('risk_threats_threat_idx')
      .on('risk_threats')
      .columns(['org_id', 'threat_id', 'risk_id'])
      .execute();

    await db.schema
      .createTable('risk_assets')
      .addColumn('risk_id', 'text', (c) => c.notNull().references('risk_scenarios.id').onDelete('cascade'))
      .addColumn('asset_id', 'text', (c) => c.notNull().references('assets.id').onDelete('cascade'))
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addPrimaryKeyConstraint('risk_assets_pkey', ['risk_id', 'asset_id'])
      .execute();
    await db.schema
      .createIndex('risk_assets_asset_idx')
      .on('risk_assets')
      .columns(['asset_id', 'risk_id'])
      .execute();

    // A treatment action is carried by a task (tasks module): owner, due date and status live
    // there, so "my tasks" and the treatment plan never disagree.
    await db.schema
      .createTable('risk_actions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('risk_id', 'text', (c) => c.notNull().references('risk_scenarios.id').onDelete('cascade'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('task_id', 'text', (c) => c.references('tasks.id').onDelete('set null'))
      .addColumn('created_by', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('risk_actions_risk_idx')
      .on('risk_actions')
      .columns(['risk_id', 'id'])
      .execute();

    await db.schema
      .createTable('risk_acceptances')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('risk_id', 'text', (c) => c.notNull().references('risk_scenarios.id').onDelete('cascade'))
      .addColumn('accepted_by', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('accepted_by_name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull().check(sqlIn('role', ['management', 'security_officer'])))
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('score', 'integer', (c) => c.notNull())
      .addColumn('tolerance', 'integer', (c) => c.notNull())
      .addColumn('above_tolerance', 'boolean', (c) => c.notNull())
      .addColumn('accepted_at', 'text', (c) => c.notNull())
      .addColumn('expires_on', 'text', (c) => c.notNull())
      .addColumn('ended_at', 'text')
      .addColumn('ended_by', 'text')
      .addColumn('end_reason', 'text', (c) =>
        c.check(sqlIn('end_reason', ['revoked', 'superseded', 'lapsed'])),
      )
      .addColumn('end_note', 'text')
      /** When the expiry task was raised, so the daily job and lists skip it afterwards. */
      .addColumn('expiry_task_at', 'text')
      .execute();
    await db.schema
      .createIndex('risk_acceptances_risk_idx')
      .on('risk_acceptances')
      .columns(['risk_id', 'accepted_at'])
      .execute();
    // Acceptances still in force whose expiry has not raised a task yet: the daily job and the
    // risk list look here, so the index holds only those.
    await db.schema
      .createIndex('risk_acceptances_expiry_idx')
      .on('risk_acceptances')
      .columns(['org_id', 'expires_on'])
      .where(sql.ref('ended_at'), 'is', null)
      .where(sql.ref('expiry_task_at'), 'is', null)
      .execute();

    await db.schema
      .createTable('risk_assessments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('assessment_date', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('status', 'text', (c) => c.notNull().check(sqlIn('status', riskAssessmentStatuses)))
      .addColumn('matrix_json', 'text', (c) => c.notNull())
      .addColumn('summary_json', 'text', (c) => c.notNull())
      .addColumn('frozen_by', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('frozen_by_name', 'text', (c) => c.notNull())
      .addColumn('frozen_at', 'text', (c) => c.notNull())
      .addColumn('decided_by', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('decided_by_name', 'text')
      .addColumn('decided_at', 'text')
      .addColumn('decision_note', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema
      .createIndex('risk_assessments_org_idx')
      .on('risk_assessments')
      .columns(['org_id', 'assessment_date', 'id'])
      .execute();

    await db.schema
      .createTable('risk_assessment_items')
      .addColumn('assessment_id', 'text', (c) => c.notNull().references('risk_assessments.id'))
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('risk_id', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('title_key', sortKeyType(dialect), (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('inherent_score', 'integer', (c) => c.notNull())
      .addColumn('residual_score', 'integer')
      .addColumn('score', 'integer', (c) => c.notNull())
      .addColumn('data_json', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('risk_assessment_items_pkey', ['assessment_id', 'risk_id'])
      .execute();

    await immutability(db, dialect);
  },
};

/**
 * A frozen assessment is evidence: its items can never change or go, and the assessment row
 * itself is final once approved or rejected. Enforced in the database as well as the service.
 */
async function immutability(db: Kysely<unknown>, dialect: DialectName) {
  if (dialect === 'sqlite') {
    await sql`create trigger risk_assessment_items_no_update before update on risk_assessment_items
      begin select raise(abort, 'risk assessment items are immutable'); end`.execute(db);
    await sql`create trigger risk_assessment_items_no_delete before delete on risk_assessment_items
      begin select raise(abort, 'risk assessment items are immutable'); end`.execute(db);
    await sql`create trigger risk_assessments_final_update before update on risk_assessments
      when old.status <> 'awaiting_approval'
      begin select raise(abort, 'a decided risk assessment is immutable'); end`.execute(db);
    await sql`create trigger risk_assessments_no_delete before delete on risk_assessments
      begin select raise(abort, 'risk assessments are immutable'); end`.execute(db);
    return;
  }
  await sql`create function skjold_refuse_change() returns trigger language plpgsql as $$
    begin raise exception 'immutable record in %', tg_table_name; end $$`.execute(db);
  await sql`create function skjold_refuse_decided_assessment() returns trigger language plpgsql as $$
    begin
      if old.status <> 'awaiting_approval' then
        raise exception 'a decided risk assessment is immutable';
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger risk_assessment_items_immutable before update or delete on risk_assessment_items
    for each row execute function skjold_refuse_change()`.execute(db);
  await sql`create trigger risk_assessments_no_delete before delete on risk_assessments
    for each row execute function skjold_refuse_change()`.execute(db);
  await sql`create trigger risk_assessments_final before update on risk_assessments
    for each row execute function skjold_refuse_decided_assessment()`.execute(db);
}
