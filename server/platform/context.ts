import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { Db, DialectName } from '../db/database.ts';
import type { OrgKind } from '../db/schema.ts';
import type { Role } from './roles.ts';

/** What the process shares: configuration, database, logger. Built once by buildApp. */
export type AppContext = {
  config: Config;
  db: Db;
  dialect: DialectName;
  logger: Logger;
};

export type ActorMembership = {
  id: string;
  orgId: string;
  orgPath: string;
  orgKind: OrgKind;
  orgName: string;
  role: Role;
  includeSubtree: boolean;
};

export type Actor = {
  id: string;
  name: string;
  email: string;
  locale: 'da' | 'en';
  mustChangePassword: boolean;
  totpEnabled: boolean;
  /** An organisation the user belongs to requires two-factor sign-in. */
  mfaRequired: boolean;
  memberships: ActorMembership[];
  /** Set when the request came with the session cookie. */
  sessionId: string | null;
  /** Set when the request came with a personal API token. */
  tokenId: string | null;
};

/** Per request: who acts, and how many audit events the request wrote (see the audit guard). */
export type RequestContext = AppContext & {
  actor: Actor | null;
  requestId: string;
  auditEvents: number;
};

/** Context for work done on the operator's behalf (CLI, demo seed): no actor, audited as `system`. */
export function systemContext(app: AppContext, requestId: string): RequestContext {
  return { ...app, actor: null, requestId, auditEvents: 0 };
}
