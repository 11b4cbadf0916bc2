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

export type Database = {
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
