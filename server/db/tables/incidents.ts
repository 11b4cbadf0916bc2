import type { ColumnType } from 'kysely';
import type {
  breachRisks,
  incidentCategories,
  incidentSeverities,
  incidentStatuses,
  linkKinds,
  notificationRecipients,
  personalDataAnswers,
} from '../../catalog/incidents.ts';
import type { BoolWithDefault } from './columns-and-access.ts';

/* Incidents, notifications and timeline. */
/** A nullable yes/no that is not answered yet (null); SQLite returns 0/1. */
export type NullableBool = ColumnType<boolean | number | null, boolean | null | undefined, boolean | null>;

export type IncidentStatus = (typeof incidentStatuses)[number];
export type IncidentCategory = (typeof incidentCategories)[number];
export type IncidentSeverity = (typeof incidentSeverities)[number];
export type BreachRisk = (typeof breachRisks)[number];
export type NotificationRecipient = (typeof notificationRecipients)[number];
export type PersonalDataAnswer = (typeof personalDataAnswers)[number];
export type LinkKind = (typeof linkKinds)[number];
export const incidentSources = ['internal', 'external'] as const;
export type IncidentSource = (typeof incidentSources)[number];

export type IncidentCountersTable = { org_id: string; year: number; last_number: number };

/** A security incident and, when personal data is hit, the breach record (GDPR Art. 33(5)). */
export type IncidentsTable = {
  id: string;
  org_id: string;
  year: number;
  number: number;
  title: string;
  title_key: string;
  description: string;
  occurred_at: string | null;
  discovered_at: string | null;
  systems: string | null;
  personal_data_suspected: PersonalDataAnswer;
  source: IncidentSource;
  vulnerability_report_id: string | null;
  reporter_user_id: string | null;
  reporter_name: string | null;
  reported_at: string;
  /** Danish calendar month of the report, YYYY-MM. */
  reported_month: string;
  status: IncidentStatus;
  status_reason: string | null;
  category: IncidentCategory | null;
  severity: IncidentSeverity | null;
  affects_confidentiality: BoolWithDefault;
  affects_integrity: BoolWithDefault;
  affects_availability: BoolWithDefault;
  nis2_significant: NullableBool;
  suspected_malicious: NullableBool;
  cross_border: NullableBool;
  indicators_of_compromise: string | null;
  patient_safety_impact: NullableBool;
  uth_reference: string | null;
  suspected_crime: NullableBool;
  location: string | null;
  detection_method: string | null;
  cause: string | null;
  impact_description: string | null;
  containment: string | null;
  mitigation: string | null;
  participants: string | null;
  recurrence: string | null;
  relevant_logs: string | null;
  ended_at: string | null;
  triaged_at: string | null;
  triaged_by_name: string | null;
  /** When the organisation became aware: every legal clock starts here. */
  aware_at: string;
  aware_set_by: string | null;
  aware_set_by_name: string;
  aware_set_at: string;
  aware_reason: string | null;
  personal_data_breach: NullableBool;
  /** JSON arrays of catalogue codes (server/catalog/incidents.ts). */
  data_categories: ColumnType<string, string | undefined, string>;
  data_subject_categories: ColumnType<string, string | undefined, string>;
  data_subjects_approx: number | null;
  records_approx: number | null;
  breach_risk: BreachRisk | null;
  breach_risk_reasoning: string | null;
  likely_consequences: string | null;
  measures_taken: string | null;
  dpo_contact: string | null;
  data_subjects_exemption: string | null;
  breach_assessed_at: string | null;
  breach_assessed_by_name: string | null;
  dpo_escalated_at: string | null;
  /** Handling ended; the NIS2 final report may hang on it. */
  resolved_at: string | null;
  lessons_learned: string | null;
  closed_at: string | null;
  closed_by_name: string | null;
  version: number;
  created_at: string;
  updated_at: string;
};

/** An overdue clock that has been mailed, so the deadline job mails it once. */
export type IncidentDeadlineAlertsTable = {
  incident_id: string;
  kind: string;
  due_at: string;
  alerted_at: string;
};

export type IncidentTimelineTable = {
  id: string;
  incident_id: string;
  org_id: string;
  at: string;
  occurred_at: string | null;
  actor_id: string | null;
  actor_name: string;
  kind: string;
  text: string | null;
  details_json: string | null;
};

/** The notifications register: to whom, when, by whom, reference; files link to the row. */
export type IncidentNotificationsTable = {
  id: string;
  incident_id: string;
  org_id: string;
  recipient: NotificationRecipient;
  stage: string | null;
  recipient_detail: string | null;
  sent_at: string;
  sent_by_name: string;
  recorded_by: string | null;
  recorded_by_name: string;
  reference: string | null;
  summary: string | null;
  delay_reason: string | null;
  version: number;
  created_at: string;
  updated_at: string;
};

/** Risks, assets and suppliers an incident concerns: an id when the register has one, and a label. */
export type IncidentLinksTable = {
  id: string;
  incident_id: string;
  org_id: string;
  kind: LinkKind;
  target_id: string | null;
  label: string;
  created_by_name: string;
  created_at: string;
};
