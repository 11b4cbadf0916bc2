import type { ColumnType } from 'kysely';

/* Column helpers, the organisation tree, users, memberships, sessions, audit chain, sign-in and API tokens. */
/** SQLite returns 0/1, PostgreSQL true/false; repositories read it with Boolean(). */
export type Bool = ColumnType<boolean | number, boolean, boolean>;

/** A boolean column with a database default: optional on insert. */
export type BoolWithDefault = ColumnType<boolean | number, boolean | undefined, boolean>;

/** The kinds of organisation in the tree, from the sector root down (DESIGN.md section 4). */
export const orgKinds = ['sector', 'group', 'organisation', 'unit'] as const;
export type OrgKind = (typeof orgKinds)[number];

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
