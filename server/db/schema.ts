import type { ColumnType, Insertable, Selectable } from 'kysely';

/** SQLite returns 0/1, PostgreSQL true/false; repositories read it with Boolean(). */
export type Bool = ColumnType<boolean | number, boolean, boolean>;

export type OrgKind = 'sector' | 'group' | 'organisation' | 'unit';

export type OrganisationsTable = {
  id: string;
  parent_id: string | null;
  kind: OrgKind;
  name: string;
  /** Danish sort and search key, see platform/danish-text.ts. */
  name_key: string;
  cvr: string | null;
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
  schema_migrations: SchemaMigrationsTable;
};

export type OrganisationRow = Selectable<OrganisationsTable>;
export type UserRow = Selectable<UsersTable>;
export type MembershipRow = Selectable<MembershipsTable>;
export type SessionRow = Selectable<SessionsTable>;
export type AuditEventRow = Selectable<AuditEventsTable>;
export type NewAuditEvent = Insertable<AuditEventsTable>;
