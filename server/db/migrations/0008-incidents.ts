import { sql } from 'kysely';
import type { Migration } from '../migrate.ts';
import { sortKeyType, sqlIn } from './helpers.ts';

const incidentStatuses = ['reported', 'in_progress', 'resolved', 'closed', 'dismissed'];
const incidentCategories = [
  'phishing',
  'ransomware',
  'lost_device',
  'misdirected_patient_data',
  'unauthorised_record_access',
  'supplier_incident',
  'outage',
  'other',
];
const severities = ['low', 'moderate', 'high', 'critical'];
const recipients = ['datatilsynet', 'nis2_authority', 'data_subjects', 'police', 'supplier', 'sector_centre'];

/**
 * Incidents and personal-data breaches with their legal clocks (DESIGN.md section 6), the
 * notifications register, the timeline, links to risks/assets/suppliers, external
 * vulnerability reports, and a small limiter for public endpoints.
 */
export const incidents: Migration = {
  version: 8,
  name: 'incidents',
  async up({ db, dialect }) {
    // Reference numbers per organisation and year (INC-2026-0007), handed out atomically.
    await db.schema
      .createTable('incident_counters')
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('last_number', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('incident_counters_pkey', ['org_id', 'year'])
      .execute();

    await db.schema
      .createTable('incidents')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('number', 'integer', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('title_key', sortKeyType(dialect), (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('occurred_at', 'text')
      .addColumn('discovered_at', 'text')
      .addColumn('systems', 'text')
      .addColumn('personal_data_suspected', 'text', (c) =>
        c.notNull().check(sqlIn('personal_data_suspected', ['yes', 'no', 'unknown'])),
      )
      .addColumn('source', 'text', (c) => c.notNull().check(sqlIn('source', ['internal', 'external'])))
      .addColumn('vulnerability_report_id', 'text')
      .addColumn('reporter_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('reporter_name', 'text')
      .addColumn('reported_at', 'text', (c) => c.notNull())
      // Danish calendar month of the report (YYYY-MM): statistics group by it without time zone SQL.
      .addColumn('reported_month', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sqlIn('status', incidentStatuses)))
      .addColumn('status_reason', 'text')
      .addColumn('category', 'text', (c) => c.check(sqlIn('category', incidentCategories)))
      .addColumn('severity', 'text', (c) => c.check(sqlIn('severity', severities)))
      .addColumn('affects_confidentiality', 'boolean', (c) => c.notNull().defaultTo(false))
      .addColumn('affects_integrity', 'boolean', (c) => c.notNull().defaultTo(false))
      .addColumn('affects_availability', 'boolean', (c) => c.notNull().defaultTo(false))
      .addColumn('nis2_significant', 'boolean')
      .addColumn('suspected_malicious', 'boolean')
      .addColumn('cross_border', 'boolean')
      .addColumn('indicators_of_compromise', 'text')
      .addColumn('patient_safety_impact', 'boolean')
      .addColumn('uth_reference', 'text')
      .addColumn('suspected_crime', 'boolean')
      .addColumn('location', 'text')
      .addColumn('detection_method', 'text')
      .addColumn('cause', 'text')
      .addColumn('impact_description', 'text')
      .addColumn('containment', 'text')
      .addColumn('mitigation', 'text')
      .addColumn('participants', 'text')
      .addColumn('recurrence', 'text')
      .addColumn('relevant_logs', 'text')
      .addColumn('ended_at', 'text')
      .addColumn('triaged_at', 'text')
      .addColumn('triaged_by_name', 'text')
      .addColumn('aware_at', 'text', (c) => c.notNull())
      .addColumn('aware_set_by', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('aware_set_by_name', 'text', (c) => c.notNull())
      .addColumn('aware_set_at', 'text', (c) => c.notNull())
      .addColumn('aware_reason', 'text')
      .addColumn('personal_data_breach', 'boolean')
      .addColumn('data_categories', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('data_subject_categories', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('data_subjects_approx', 'integer', (c) => c.check(sql`data_subjects_approx >= 0`))
      .addColumn('records_approx', 'integer', (c) => c.check(sql`records_approx >= 0`))
      .addColumn('breach_risk', 'text', (c) => c.check(sqlIn('breach_risk', ['none', 'risk', 'high_risk'])))
      .addColumn('breach_risk_reasoning', 'text')
      .addColumn('likely_consequences', 'text')
      .addColumn('measures_taken', 'text')
      .addColumn('dpo_contact', 'text')
      .addColumn('data_subjects_exemption', 'text')
      .addColumn('breach_assessed_at', 'text')
      .addColumn('breach_assessed_by_name', 'text')
      .addColumn('dpo_escalated_at', 'text')
      .addColumn('resolved_at', 'text')
      .addColumn('lessons_learned', 'text')
      .addColumn('closed_at', 'text')
      .addColumn('closed_by_name', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('incidents_reference_key', ['org_id', 'year', 'number'])
      .execute();
    // The list (newest first, optionally by status), the breach log, "my reports", the
    // deadline scan over open incidents, and the statistics roll-up.
    await db.schema
      .createIndex('incidents_org_reported_idx')
      .on('incidents')
      .columns(['org_id', 'reported_at', 'id'])
      .execute();
    await db.schema
      .createIndex('incidents_org_status_idx')
      .on('incidents')
      .columns(['org_id', 'status', 'reported_at', 'id'])
      .execute();
    await db.schema
      .createIndex('incidents_breach_log_idx')
      .on('incidents')
      .columns(['org_id', 'personal_data_breach', 'reported_at', 'id'])
      .execute();
    await db.schema
      .createIndex('incidents_reporter_idx')
      .on('incidents')
      .columns(['reporter_user_id', 'reported_at', 'id'])
      .execute();
    await db.schema.createIndex('incidents_open_idx').on('incidents').columns(['status', 'id']).execute();
    // Subtree lists (many organisations): newest first across them, stopping after one page.
    await db.schema
      .createIndex('incidents_reported_idx')
      .on('incidents')
      .columns(['reported_at', 'id'])
      .execute();
    // Covers the statistics query: counts come from the index alone.
    await db.schema
      .createIndex('incidents_statistics_idx')
      .on('incidents')
      .columns([
        'org_id',
        'reported_month',
        'status',
        'category',
        'severity',
        'personal_data_breach',
        'nis2_significant',
      ])
      .execute();

    // Overdue clocks already mailed (one row per clock and due time), so the job's passes stay cheap.
    await db.schema
      .createTable('incident_deadline_alerts')
      .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('due_at', 'text', (c) => c.notNull())
      .addColumn('alerted_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('incident_deadline_alerts_pkey', ['incident_id', 'kind', 'due_at'])
      .execute();

    await db.schema
      .createTable('incident_timeline')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id').onDelete('cascade'))
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('occurred_at', 'text')
      .addColumn('actor_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('actor_name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('text', 'text')
      .addColumn('details_json', 'text')
      .execute();
    await db.schema
      .createIndex('incident_timeline_incident_idx')
      .on('incident_timeline')
      .columns(['incident_id', 'at', 'id'])
      .execute();

    await db.schema
      .createTable('incident_notifications')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id').onDelete('cascade'))
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('recipient', 'text', (c) => c.notNull().check(sqlIn('recipient', recipients)))
      .addColumn('stage', 'text')
      .addColumn('recipient_detail', 'text')
      .addColumn('sent_at', 'text', (c) => c.notNull())
      .addColumn('sent_by_name', 'text', (c) => c.notNull())
      .addColumn('recorded_by', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('recorded_by_name', 'text', (c) => c.notNull())
      .addColumn('reference', 'text')
      .addColumn('summary', 'text')
      .addColumn('delay_reason', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('incident_notifications_incident_idx')
      .on('incident_notifications')
      .columns(['incident_id', 'sent_at', 'id'])
      .execute();

    await db.schema
      .createTable('incident_links')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id').onDelete('cascade'))
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('kind', 'text', (c) => c.notNull().check(sqlIn('kind', ['risk', 'asset', 'supplier'])))
      .addColumn('target_id', 'text')
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('created_by_name', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('incident_links_incident_idx')
      .on('incident_links')
      .columns(['incident_id', 'kind', 'id'])
      .execute();
    // "Incidents that hit this risk / asset / supplier", for those modules.
    await db.schema
      .createIndex('incident_links_target_idx')
      .on('incident_links')
      .columns(['org_id', 'kind', 'target_id'])
      .execute();

    await db.schema
      .createTable('vulnerability_reports')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      // sha256 of the receipt code: the code itself is only ever shown to the submitter.
      .addColumn('receipt_hash', 'text', (c) => c.notNull().unique())
      .addColumn('summary', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('affected_system', 'text')
      .addColumn('reporter_name', 'text')
      .addColumn('reporter_email', 'text')
      .addColumn('cpr_masked', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('status', 'text', (c) =>
        c.notNull().check(sqlIn('status', ['received', 'accepted', 'rejected'])),
      )
      .addColumn('decision_reason', 'text')
      .addColumn('incident_id', 'text', (c) => c.references('incidents.id'))
      .addColumn('decided_at', 'text')
      .addColumn('decided_by_name', 'text')
      .addColumn('received_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('vulnerability_reports_org_idx')
      .on('vulnerability_reports')
      .columns(['org_id', 'received_at', 'id'])
      .execute();
    await db.schema
      .createIndex('vulnerability_reports_status_idx')
      .on('vulnerability_reports')
      .columns(['org_id', 'status', 'received_at', 'id'])
      .execute();

    // Fixed-window counters for public endpoints, keyed by purpose and hashed client address.
    await db.schema
      .createTable('public_rate_limits')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('window_started_at', 'text', (c) => c.notNull())
      .addColumn('hits', 'integer', (c) => c.notNull())
      .execute();
  },
};
