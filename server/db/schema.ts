import type { Insertable, Selectable } from 'kysely';
import type { AnnualActivitiesTable, AnnualCycleSeedsTable, IcalFeedsTable } from './tables/annual-cycle.ts';
import type { AssetDependenciesTable, AssetsTable } from './tables/assets.ts';
import type {
  ApiTokensTable,
  AuditEventsTable,
  AuditHeadsTable,
  LoginThrottlesTable,
  MembershipsTable,
  OrganisationsTable,
  RecoveryCodesTable,
  SessionsTable,
  UsersTable,
} from './tables/columns-and-access.ts';
import type {
  ControlEvidenceRequirementsTable,
  ControlEvidenceTable,
  ControlScopeFrameworksTable,
  ControlScopesTable,
  SoaBaselinesTable,
  SoaEntriesTable,
  SoaRiskLinksTable,
} from './tables/controls.ts';
import type {
  DocumentAcknowledgementsTable,
  DocumentReviewsTable,
  DocumentsTable,
  DocumentVersionsTable,
} from './tables/documents.ts';
import type {
  IncidentCountersTable,
  IncidentDeadlineAlertsTable,
  IncidentLinksTable,
  IncidentNotificationsTable,
  IncidentsTable,
  IncidentTimelineTable,
} from './tables/incidents.ts';
import type { FileLinksTable, FilesTable, JobsTable, MailOutboxTable } from './tables/platform.ts';
import type {
  RiskAcceptancesTable,
  RiskActionsTable,
  RiskAssessmentItemsTable,
  RiskAssessmentsTable,
  RiskAssetsTable,
  RiskMatricesTable,
  RiskScenariosTable,
  RiskThreatsTable,
  ThreatsTable,
} from './tables/risks.ts';
import type { TasksTable } from './tables/tasks.ts';
import type { PublicRateLimitsTable, VulnerabilityReportsTable } from './tables/vulnerability-reports.ts';

export * from './tables/annual-cycle.ts';
export * from './tables/assets.ts';
/** Table types per module live in ./tables; this file composes them into the database type. */
export * from './tables/columns-and-access.ts';
export * from './tables/controls.ts';
export * from './tables/documents.ts';
export * from './tables/incidents.ts';
export * from './tables/platform.ts';
export * from './tables/risks.ts';
export * from './tables/tasks.ts';
export * from './tables/vulnerability-reports.ts';

export type SchemaMigrationsTable = {
  version: number;
  name: string;
  applied_at: string;
};

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
