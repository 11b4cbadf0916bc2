import type { ColumnType, Insertable, Selectable } from 'kysely';

/** SQLite returns 0/1, PostgreSQL true/false; repositories read it with Boolean(). */
export type Bool = ColumnType<boolean | number, boolean, boolean>;

/** A boolean column with a database default: optional on insert. */
export type BoolWithDefault = ColumnType<boolean | number, boolean | undefined, boolean>;

export type OrgKind = 'sector' | 'group' | 'organisation' | 'unit';

export type OrganisationsTable = {
  id: string;
  parent_id: string | null;
  kind: OrgKind;
  name: string;
  /** Danish sort and search key, see platform/danish-text.ts. */
  name_key: string;
  cvr: string | null;
  /** Members must sign in with a second factor (TOTP). */
  require_mfa: BoolWithDefault;
  /** Materialised path of ancestor ids and own id: `/root/…/id/`. */
  path: string;
  version: number;
  created_at: string;
  updated_at: string;
};

export type UsersTable = {
  id: string;
  email: string;
  name: string;
  name_key: string;
  password_hash: string;
  locale: 'da' | 'en';
  must_change_password: Bool;
  disabled_at: string | null;
  /** TOTP secret, encrypted with the instance key (platform/secret-box.ts). */
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_enabled_at: string | null;
  /** Last accepted TOTP time step: a code is never accepted twice. */
  totp_last_step: number | null;
  version: number;
  created_at: string;
  updated_at: string;
};

export type MembershipsTable = {
  id: string;
  user_id: string;
  org_id: string;
  role: string;
  include_subtree: Bool;
  version: number;
  created_at: string;
  updated_at: string;
};

export type SessionsTable = {
  id: string;
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  absolute_expires_at: string;
};

export type AuditEventsTable = {
  id: string;
  /** One hash chain per organisation; `global` for events that belong to no organisation. */
  chain: string;
  seq: number;
  at: string;
  org_id: string | null;
  actor_id: string | null;
  actor_name: string;
  action: string;
  entity_type: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  request_id: string | null;
  prev_hash: string;
  hash: string;
};

export type AuditHeadsTable = {
  chain: string;
  seq: number;
  hash: string;
};

export type RecoveryCodesTable = {
  id: string;
  user_id: string;
  code_hash: string;
  used_at: string | null;
  created_at: string;
};

/** Failed sign-ins per `account:<email>` and per `address:<ip>`, for throttling. */
export type LoginThrottlesTable = {
  key: string;
  failures: number;
  window_started_at: string;
  locked_until: string | null;
};

export type ApiTokensTable = {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  /** First characters of the token, shown so users can tell tokens apart. */
  prefix: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
};

export type JobStatus = 'queued' | 'running' | 'done' | 'dead';

export type JobsTable = {
  id: string;
  type: string;
  payload_json: string;
  status: JobStatus;
  attempts: number;
  max_attempts: number;
  run_at: string;
  /** Worker holding the lease while the job runs; the lease ends at locked_until. */
  locked_by: string | null;
  locked_until: string | null;
  /** Message of the last failure, scrubbed of addresses and credentials. */
  last_error: string | null;
  /** A second enqueue with the same key is a no-op (each reminder is sent once). */
  dedupe_key: string | null;
  created_at: string;
  updated_at: string;
};

export type MailOutboxTable = {
  id: string;
  job_id: string | null;
  org_id: string | null;
  recipient: string;
  locale: 'da' | 'en';
  template: string;
  subject: string;
  text: string;
  html: string;
  /** `stored`: no SMTP configured, kept for admins to read; `sent`: handed to the SMTP server. */
  status: 'stored' | 'sent';
  created_at: string;
  sent_at: string | null;
};

/** Metadata of a stored file; the bytes live in FileStorage under `storage_key`. */
export type FilesTable = {
  id: string;
  org_id: string;
  /** Original file name, sanitised for display and download. */
  name: string;
  /** Detected from the bytes, never taken from the client. */
  content_type: string;
  size: number;
  sha256: string;
  storage_key: string;
  uploaded_by: string | null;
  created_at: string;
};

/** Links a file to any record (`entity_type` + `entity_id`) of the same organisation. */
export type FileLinksTable = {
  file_id: string;
  org_id: string;
  entity_type: string;
  entity_id: string;
  created_at: string;
};

export type TaskStatus = 'open' | 'in_progress' | 'done' | 'cancelled';
export type TaskPriority = 'low' | 'normal' | 'high';

/** One task model for every module: manual, from the årshjul, review due, legal deadline, … */
export type TasksTable = {
  id: string;
  org_id: string;
  title: string;
  title_key: string;
  description: string | null;
  /** Assigned to a person, or to whoever holds a role at the organisation. */
  assignee_user_id: string | null;
  assignee_role: string | null;
  due_date: string;
  status: TaskStatus;
  priority: TaskPriority;
  /** The record the task concerns (kind + id), e.g. `policy` + its id. */
  entity_type: string | null;
  entity_id: string | null;
  source: string;
  /** Set by generated tasks so each occurrence is created once. */
  source_key: string | null;
  created_by: string | null;
  completed_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
};

export type SchemaMigrationsTable = {
  version: number;
  name: string;
  applied_at: string;
};

export type DocumentKind = 'policy' | 'guideline' | 'procedure' | 'instruction' | 'plan';
export type DocumentClassification = 'public' | 'internal' | 'confidential';
export type DocumentVersionStatus = 'draft' | 'in_review' | 'approved' | 'published' | 'superseded';

/** A policy, guideline, procedure, instruction or plan; its content lives in document_versions. */
export type DocumentsTable = {
  id: string;
  org_id: string;
  kind: DocumentKind;
  title: string;
  title_key: string;
  description: string | null;
  owner_user_id: string | null;
  classification: DocumentClassification;
  /** Audience: the whole organisation, or the union of the listed units (JSON ids) and roles (JSON). */
  audience_all: BoolWithDefault;
  audience_unit_ids: ColumnType<string, string | undefined, string>;
  audience_roles: ColumnType<string, string | undefined, string>;
  review_interval_months: ColumnType<number, number | undefined, number>;
  /** Date of the last approval or recorded review; the next review is this + the interval. */
  last_reviewed_on: string | null;
  next_review_on: string | null;
  /** A group's template that member organisations adopt. */
  is_template: BoolWithDefault;
  template_document_id: string | null;
  template_version_id: string | null;
  /** The shipped starter template it was created from (server/catalog/policy-templates). */
  catalog_key: string | null;
  /** Unguessable id of the public link; served only while classified public and published. */
  public_id: string;
  current_version_id: string | null;
  /** Acknowledgements of this version number or later count as read (null: nothing to read yet). */
  ack_version_number: number | null;
  archived_at: string | null;
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
};

export type DocumentVersionsTable = {
  id: string;
  document_id: string;
  org_id: string;
  number: number;
  status: DocumentVersionStatus;
  /** Sanitised HTML (server/modules/policies/rich-text.ts); empty when the body is a file. */
  body_html: ColumnType<string, string | undefined, string>;
  /** A PDF or DOCX file (platform files) as the body instead of rich text. */
  body_file_id: string | null;
  change_summary: string | null;
  created_by: string | null;
  last_edited_by: string | null;
  submitted_by: string | null;
  submitted_at: string | null;
  returned_by: string | null;
  returned_at: string | null;
  return_comment: string | null;
  approved_by: string | null;
  approver_role: string | null;
  approved_at: string | null;
  /** Date of the approving decision (e.g. the board meeting); the review clock starts here. */
  approved_on: string | null;
  approval_note: string | null;
  published_by: string | null;
  published_at: string | null;
  superseded_at: string | null;
  requires_acknowledgement: BoolWithDefault;
  version: number;
  created_at: string;
  updated_at: string;
};

export type DocumentReviewsTable = {
  id: string;
  document_id: string;
  org_id: string;
  reviewed_on: string;
  reviewed_by: string | null;
  outcome: 'no_change' | 'changes_needed';
  note: string | null;
  version_number: number | null;
  next_review_on: string | null;
  created_at: string;
};

export type DocumentAcknowledgementsTable = {
  id: string;
  document_id: string;
  org_id: string;
  version_id: string;
  version_number: number;
  user_id: string;
  acknowledged_at: string;
};

export type AnnualFrequency = 'monthly' | 'quarterly' | 'half_yearly' | 'yearly';

/** A recurring activity of the organisation's annual cycle (årshjul). */
export type AnnualActivitiesTable = {
  id: string;
  org_id: string;
  title: string;
  title_key: string;
  description: string | null;
  frequency: AnnualFrequency;
  /** Comma-separated months 1-12 in which the activity falls due. */
  months: string;
  /** Day of the month it is due; null for the last day of the month. */
  day_of_month: number | null;
  responsible_role: string;
  catalog_key: string | null;
  active: BoolWithDefault;
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
};

export type AnnualCycleSeedsTable = {
  org_id: string;
  seeded_at: string;
};

/** A personal calendar feed behind a secret URL; only the sha256 of the secret is stored. */
export type IcalFeedsTable = {
  id: string;
  user_id: string;
  secret_hash: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
};

export type AssetKind = 'system' | 'process' | 'information' | 'device' | 'service' | 'location';
export type AssetHosting = 'on_premises' | 'shared_operations' | 'supplier_hosted' | 'cloud' | 'none';

/** The asset register: systems, processes, information, medical devices/IoT, services, locations. */
export type AssetsTable = {
  id: string;
  org_id: string;
  name: string;
  name_key: string;
  kind: AssetKind;
  description: string | null;
  owner_user_id: string | null;
  /** 1 low, 2 medium, 3 high, 4 critical; the CIA ratings use the same 1-4 scale. */
  criticality: number;
  confidentiality: number;
  integrity: number;
  availability: number;
  personal_data: BoolWithDefault;
  health_data: BoolWithDefault;
  legacy: BoolWithDefault;
  end_of_support: string | null;
  /** Free text until the suppliers module links records. */
  supplier: string | null;
  hosting: AssetHosting | null;
  /** A critical clinical process (kind process), ranked 1 = most critical. */
  clinical_critical: BoolWithDefault;
  critical_rank: number | null;
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
};

/** `asset_id` depends on `depends_on_id`: when the latter fails, the former is hit. */
export type AssetDependenciesTable = {
  org_id: string;
  asset_id: string;
  depends_on_id: string;
  created_at: string;
};

export type ThreatCategory =
  | 'malicious'
  | 'insider'
  | 'supplier'
  | 'human_error'
  | 'technical'
  | 'physical'
  | 'environmental';

/** An organisation's own threats, added to the shipped catalogue (server/catalog/threats.ts). */
export type ThreatsTable = {
  id: string;
  org_id: string;
  title: string;
  title_key: string;
  description: string | null;
  category: ThreatCategory;
  affects_confidentiality: BoolWithDefault;
  affects_integrity: BoolWithDefault;
  affects_availability: BoolWithDefault;
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
};

/** An organisation's risk matrix; organisations without a row use the default 5x5. */
export type RiskMatricesTable = {
  org_id: string;
  /** JSON: [{ level, label, description }] */
  likelihood_levels: string;
  consequence_levels: string;
  /** JSON: [{ maxScore, label, colour }], ascending, the last ends at the highest score. */
  bands: string;
  /** Scores above this need management to accept them. */
  tolerance: number;
  updated_by: string | null;
  version: number;
  updated_at: string;
};

export type RiskStatus = 'draft' | 'open' | 'accepted' | 'closed';
export type RiskTreatment = 'reduce' | 'accept' | 'avoid' | 'transfer';

export type RiskScenariosTable = {
  id: string;
  org_id: string;
  title: string;
  title_key: string;
  description: string | null;
  status: RiskStatus;
  owner_user_id: string | null;
  likelihood: number;
  consequence_organisation: number | null;
  consequence_patient_safety: number | null;
  consequence_data_subject: number | null;
  inherent_score: number;
  existing_controls: string | null;
  planned_controls: string | null;
  residual_likelihood: number | null;
  residual_consequence_organisation: number | null;
  residual_consequence_patient_safety: number | null;
  residual_consequence_data_subject: number | null;
  residual_score: number | null;
  /** Residual score once assessed, the inherent score until then. */
  score: number;
  treatment: RiskTreatment | null;
  treatment_note: string | null;
  review_date: string;
  last_reviewed_at: string | null;
  last_reviewed_by: string | null;
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
};

export type RiskThreatsTable = { risk_id: string; org_id: string; threat_id: string };
export type RiskAssetsTable = { risk_id: string; asset_id: string; org_id: string };

/** A treatment action; its owner, due date and status are those of its task. */
export type RiskActionsTable = {
  id: string;
  org_id: string;
  risk_id: string;
  title: string;
  description: string | null;
  task_id: string | null;
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
};

export type RiskAcceptancesTable = {
  id: string;
  org_id: string;
  risk_id: string;
  accepted_by: string | null;
  accepted_by_name: string;
  /** The role the acceptance was signed in: management above the tolerance. */
  role: 'management' | 'security_officer';
  reason: string;
  /** The score accepted, the tolerance then, and whether the score was above it. */
  score: number;
  tolerance: number;
  above_tolerance: Bool;
  accepted_at: string;
  expires_on: string;
  ended_at: string | null;
  ended_by: string | null;
  end_reason: 'revoked' | 'superseded' | 'lapsed' | null;
  end_note: string | null;
  expiry_task_at: string | null;
};

export type RiskAssessmentStatus = 'awaiting_approval' | 'approved' | 'rejected';

/** The yearly risk assessment: the register frozen on a date, then approved by management. */
export type RiskAssessmentsTable = {
  id: string;
  org_id: string;
  title: string;
  assessment_date: string;
  note: string | null;
  status: RiskAssessmentStatus;
  matrix_json: string;
  summary_json: string;
  frozen_by: string | null;
  frozen_by_name: string;
  frozen_at: string;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: string | null;
  decision_note: string | null;
  version: number;
};

/** One risk as it stood when the assessment was frozen; immutable (database triggers). */
export type RiskAssessmentItemsTable = {
  assessment_id: string;
  org_id: string;
  risk_id: string;
  title: string;
  title_key: string;
  status: string;
  inherent_score: number;
  residual_score: number | null;
  score: number;
  data_json: string;
};

export type ControlFrameworkId =
  | 'iso27001_2022'
  | 'nis2_art21'
  | 'gdpr_art32'
  | 'clinic_nine'
  | 'cyberforsvar';
export type ImplementationStatus = 'not_started' | 'planned' | 'partial' | 'implemented';

/** An organisation's own choice of profile and frameworks; absent while it keeps the default. */
export type ControlScopesTable = {
  org_id: string;
  profile: 'standard' | 'clinic';
  updated_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
};

export type ControlScopeFrameworksTable = { org_id: string; framework_id: ControlFrameworkId };

/** The organisation's Statement of Applicability entry for one requirement of the catalogue. */
export type SoaEntriesTable = {
  id: string;
  org_id: string;
  requirement_id: string;
  framework_id: ControlFrameworkId;
  /** Null: follows the group baseline, or applicable when there is none. */
  applicable: ColumnType<boolean | number | null, boolean | null | undefined, boolean | null>;
  justification: string | null;
  status: ColumnType<ImplementationStatus, ImplementationStatus | undefined, ImplementationStatus>;
  implementation: string | null;
  owner_user_id: string | null;
  target_date: string | null;
  updated_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
};

/** A group's baseline for one requirement, inherited by its member organisations. */
export type SoaBaselinesTable = {
  id: string;
  org_id: string;
  requirement_id: string;
  framework_id: ControlFrameworkId;
  applicable: Bool;
  expected_status: ImplementationStatus | null;
  justification: string | null;
  updated_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
};

export type SoaRiskLinksTable = {
  org_id: string;
  requirement_id: string;
  risk_id: string;
  created_by: string | null;
  created_at: string;
};

export type ControlEvidenceTable = {
  id: string;
  org_id: string;
  kind: 'file' | 'link' | 'note';
  title: string;
  title_key: string;
  description: string | null;
  url: string | null;
  valid_until: string | null;
  /** valid_until, or 9999-12-31 when the evidence never expires (keyset paging). */
  valid_until_key: string;
  owner_user_id: string | null;
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
};

export type ControlEvidenceRequirementsTable = {
  evidence_id: string;
  org_id: string;
  requirement_id: string;
};

/** A nullable yes/no that is not answered yet (null); SQLite returns 0/1. */
export type NullableBool = ColumnType<boolean | number | null, boolean | null | undefined, boolean | null>;

export type IncidentStatus = 'reported' | 'in_progress' | 'resolved' | 'closed' | 'dismissed';
export type IncidentCategory =
  | 'phishing'
  | 'ransomware'
  | 'lost_device'
  | 'misdirected_patient_data'
  | 'unauthorised_record_access'
  | 'supplier_incident'
  | 'outage'
  | 'other';
export type IncidentSeverity = 'low' | 'moderate' | 'high' | 'critical';
export type BreachRisk = 'none' | 'risk' | 'high_risk';
export type NotificationRecipient =
  | 'datatilsynet'
  | 'nis2_authority'
  | 'data_subjects'
  | 'police'
  | 'supplier'
  | 'sector_centre';

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
  personal_data_suspected: 'yes' | 'no' | 'unknown';
  source: 'internal' | 'external';
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
  kind: 'risk' | 'asset' | 'supplier';
  target_id: string | null;
  label: string;
  created_by_name: string;
  created_at: string;
};

export type VulnerabilityReportStatus = 'received' | 'accepted' | 'rejected';

/** A report from outside (e.g. an ethical hacker); its text is untrusted and never rendered as HTML. */
export type VulnerabilityReportsTable = {
  id: string;
  org_id: string;
  receipt_hash: string;
  summary: string;
  description: string;
  affected_system: string | null;
  reporter_name: string | null;
  reporter_email: string | null;
  cpr_masked: number;
  status: VulnerabilityReportStatus;
  decision_reason: string | null;
  incident_id: string | null;
  decided_at: string | null;
  decided_by_name: string | null;
  received_at: string;
  version: number;
  updated_at: string;
};

export type PublicRateLimitsTable = { key: string; window_started_at: string; hits: number };

export type Database = {
  assets: AssetsTable;
  asset_dependencies: AssetDependenciesTable;
  threats: ThreatsTable;
  risk_matrices: RiskMatricesTable;
  risk_scenarios: RiskScenariosTable;
  risk_threats: RiskThreatsTable;
  risk_assets: RiskAssetsTable;
  risk_actions: RiskActionsTable;
  risk_acceptances: RiskAcceptancesTable;
  risk_assessments: RiskAssessmentsTable;
  risk_assessment_items: RiskAssessmentItemsTable;
  organisations: OrganisationsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  audit_events: AuditEventsTable;
  audit_heads: AuditHeadsTable;
  recovery_codes: RecoveryCodesTable;
  login_throttles: LoginThrottlesTable;
  api_tokens: ApiTokensTable;
  jobs: JobsTable;
  mail_outbox: MailOutboxTable;
  files: FilesTable;
  file_links: FileLinksTable;
  schema_migrations: SchemaMigrationsTable;
  tasks: TasksTable;
  incident_counters: IncidentCountersTable;
  incidents: IncidentsTable;
  incident_timeline: IncidentTimelineTable;
  incident_deadline_alerts: IncidentDeadlineAlertsTable;
  incident_notifications: IncidentNotificationsTable;
  incident_links: IncidentLinksTable;
  vulnerability_reports: VulnerabilityReportsTable;
  public_rate_limits: PublicRateLimitsTable;
  control_scopes: ControlScopesTable;
  control_scope_frameworks: ControlScopeFrameworksTable;
  soa_entries: SoaEntriesTable;
  soa_baselines: SoaBaselinesTable;
  soa_risk_links: SoaRiskLinksTable;
  control_evidence: ControlEvidenceTable;
  control_evidence_requirements: ControlEvidenceRequirementsTable;
  documents: DocumentsTable;
  document_versions: DocumentVersionsTable;
  document_reviews: DocumentReviewsTable;
  document_acknowledgements: DocumentAcknowledgementsTable;
  annual_activities: AnnualActivitiesTable;
  annual_cycle_seeds: AnnualCycleSeedsTable;
  ical_feeds: IcalFeedsTable;
};

export type OrganisationRow = Selectable<OrganisationsTable>;
export type UserRow = Selectable<UsersTable>;
export type MembershipRow = Selectable<MembershipsTable>;
export type SessionRow = Selectable<SessionsTable>;
export type AuditEventRow = Selectable<AuditEventsTable>;
export type NewAuditEvent = Insertable<AuditEventsTable>;
export type JobRow = Selectable<JobsTable>;
export type MailOutboxRow = Selectable<MailOutboxTable>;
export type FileRow = Selectable<FilesTable>;
export type FileLinkRow = Selectable<FileLinksTable>;
