import type { Db } from '../db/database.ts';
import type { OrganisationRow } from '../db/schema.ts';
import { loadActor } from './authenticate.ts';
import type { Actor, ActorMembership } from './context.ts';
import { DomainError, forbidden, invalid, notFound } from './errors.ts';
import { findOrg, type OrgSummary, subtreeOf } from './org-tree.ts';
import { type Role, roles } from './roles.ts';

/**
 * The one place that decides access (DESIGN.md section 4). Every service operation starts with
 * `requireOrg` (or `readOrg`), then asks the module's policy about the record. The table reads
 * "who may do this".
 */
export const permissionRoles = {
  'org.read': roles,
  'org.manage': ['admin'],
  'members.read': ['admin', 'management', 'security_officer', 'dpo', 'auditor'],
  'members.manage': ['admin'],
  'audit.read': ['admin', 'security_officer', 'auditor'],
  /** Attachments (evidence, contracts, reports): read by every role that reads the ISMS records. */
  'files.read': ['admin', 'management', 'security_officer', 'dpo', 'risk_owner', 'contributor', 'auditor'],
  'files.write': ['security_officer', 'dpo', 'risk_owner', 'contributor'],
  /** The organisation's task list; an assignee may always update a task assigned to them. */
  'tasks.read': ['admin', 'management', 'security_officer', 'dpo', 'risk_owner', 'contributor', 'auditor'],
  'tasks.write': ['management', 'security_officer', 'dpo', 'risk_owner', 'contributor'],
  /** The asset register; risk owners change the assets they own, contributors those they registered. */
  'assets.read': ['admin', 'management', 'security_officer', 'dpo', 'risk_owner', 'contributor', 'auditor'],
  'assets.write': ['security_officer', 'risk_owner', 'contributor'],
  /** Every asset, import, and the ranking of critical clinical processes. */
  'assets.manage': ['security_officer'],
  /** The risk register; the supervisor reads it as a governance record. */
  'risks.read': [
    'admin',
    'management',
    'security_officer',
    'dpo',
    'risk_owner',
    'contributor',
    'auditor',
    'supervisor',
  ],
  /** Risk owners change the risks they own; contributors draft. */
  'risks.write': ['security_officer', 'risk_owner', 'contributor'],
  /** Every risk, the matrix, the organisation's threats, freezing the yearly assessment. */
  'risks.manage': ['security_officer'],
  /** Sign a risk acceptance at or below the tolerance; above it needs the next permission too. */
  'risks.accept': ['management', 'security_officer'],
  'risks.accept_above_tolerance': ['management'],
  'risks.approve_assessment': ['management'],
  /** Policies and documents with every version; the supervisor reads them as governance records. */
  'documents.read': [
    'admin',
    'management',
    'security_officer',
    'dpo',
    'risk_owner',
    'contributor',
    'auditor',
    'supervisor',
  ],
  /** Create documents, edit drafts, send them for approval; contributors draft, never approve. */
  'documents.write': ['security_officer', 'dpo', 'contributor'],
  /** Approve a version: management for the top policy (kind policy), security officer for the rest. */
  'documents.approve': ['management', 'security_officer'],
  /** Publish an approved version, record a review, archive. */
  'documents.publish': ['management', 'security_officer', 'dpo'],
  /** The årshjul (annual cycle) of recurring ISMS activities. */
  'annual_cycle.read': [
    'admin',
    'management',
    'security_officer',
    'dpo',
    'risk_owner',
    'contributor',
    'auditor',
    'supervisor',
  ],
  'annual_cycle.write': ['security_officer', 'dpo'],
  /** The SoA, frameworks in scope, evidence and coverage; the supervisor reads the SoA as a governance record. */
  'controls.read': [
    'admin',
    'management',
    'security_officer',
    'dpo',
    'risk_owner',
    'contributor',
    'auditor',
    'supervisor',
  ],
  /** Frameworks in scope, every SoA entry and its risk links, all evidence; an entry's owner updates its progress. */
  'controls.write': ['security_officer'],
  /** Add evidence, and change or remove the evidence one added. */
  'controls.evidence': ['security_officer', 'dpo', 'risk_owner', 'contributor'],
  /** Set a group's SoA baseline for its member organisations (only at a group). */
  'controls.baseline': ['security_officer'],
  /** Every role may report an incident; the reporter then sees the status of their own reports only. */
  'incidents.report': roles,
  /**
   * Incident details hold personal data: the ISMS roles that need them (management reads ISMS
   * records, the auditor reads in scope). Not admin, risk owner, contributor, supervisor.
   */
  'incidents.read': ['management', 'security_officer', 'dpo', 'auditor'],
  /** Triage, classification, timeline, actions, NIS2 and police notifications, closing. */
  'incidents.manage': ['security_officer'],
  /** The privacy parts: breach assessment, awareness time, Datatilsynet and data-subject notifications. */
  'incidents.breach': ['security_officer', 'dpo'],
  /** Aggregated incident counts, never details (the supervisor and the sector root see only these). */
  'incidents.stats': ['admin', 'management', 'security_officer', 'dpo', 'auditor', 'supervisor'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissionRoles;

export const permissions = Object.keys(permissionRoles) as [Permission, ...Permission[]];

/**
 * A role held at the sector root does not reach the records of the organisations below it:
 * the sector centre works through alerts and aggregated statistics. What it does reach is the
 * tree itself (every role sees the organisations), aggregated incident statistics for the
 * governance roles, and, for the sector admin, the structure: creating and moving organisations
 * and appointing their members.
 */
const sectorReach: Record<Role, readonly Permission[]> = {
  admin: ['org.read', 'org.manage', 'members.read', 'members.manage', 'incidents.stats'],
  management: ['org.read', 'incidents.stats'],
  security_officer: ['org.read', 'incidents.stats'],
  dpo: ['org.read', 'incidents.stats'],
  risk_owner: ['org.read'],
  contributor: ['org.read'],
  auditor: ['org.read', 'incidents.stats'],
  supervisor: ['org.read', 'incidents.stats'],
  employee: ['org.read'],
};

export type OrgRef = { id: string; path: string };

const roleGrants = (role: Role): Permission[] =>
  (Object.keys(permissionRoles) as Permission[]).filter((permission) =>
    (permissionRoles[permission] as readonly Role[]).includes(role),
  );

/** The memberships of the actor that apply at `org`, directly or through a subtree. */
export function membershipsAt(memberships: readonly ActorMembership[], org: OrgRef): ActorMembership[] {
  return memberships.filter(
    (m) =>
      m.orgId === org.id || (m.includeSubtree && org.path.startsWith(m.orgPath) && org.path !== m.orgPath),
  );
}

export function grantsAt(memberships: readonly ActorMembership[], org: OrgRef): Set<Permission> {
  const grants = new Set<Permission>();
  for (const membership of membershipsAt(memberships, org)) {
    const inherited = membership.orgId !== org.id;
    const list =
      inherited && membership.orgKind === 'sector'
        ? sectorReach[membership.role]
        : roleGrants(membership.role);
    for (const permission of list) grants.add(permission);
  }
  return grants;
}

/** The roles the actor holds at `org`, for display and for module rules such as "management above tolerance". */
export function rolesAt(memberships: readonly ActorMembership[], org: OrgRef): Set<Role> {
  return new Set(
    membershipsAt(memberships, org)
      .filter((m) => m.orgId === org.id || m.orgKind !== 'sector')
      .map((m) => m.role),
  );
}

export function can(actor: Actor, permission: Permission, org: OrgRef): boolean {
  return grantsAt(actor.memberships, org).has(permission);
}

/**
 * Throws 404 when the actor cannot see the organisation at all (existence does not leak),
 * 403 when it can see it but lacks the permission.
 */
export function authorize(actor: Actor, permission: Permission, org: OrgRef): void {
  const grants = grantsAt(actor.memberships, org);
  if (grants.size === 0) throw notFound();
  if (!grants.has(permission)) throw forbidden();
}

/** Segregation of duties: nobody approves, accepts or signs off what they authored or own. */
export function assertNotOwnWork(actor: Actor, authorIds: readonly (string | null | undefined)[]): void {
  if (authorIds.includes(actor.id)) throw forbidden('segregation_of_duties');
}

/**
 * Instance operations (job queue, mail outbox, sign-in locks) belong to the admins of the
 * sector root: they run the installation for everyone below it.
 */
export function isInstanceAdmin(actor: Actor): boolean {
  return actor.memberships.some((m) => m.orgKind === 'sector' && m.role === 'admin');
}

/** 404 for everyone else, as for any record they may not see. */
export function authorizeInstanceAdmin(actor: Actor): void {
  if (!isInstanceAdmin(actor)) throw notFound();
}

/**
 * The access check a service starts with: the organisation, when the actor holds `permission`
 * there. 404 when the organisation is missing or invisible to the actor (existence does not
 * leak), 403 when the actor sees it but lacks the permission.
 */
export async function requireOrg(
  ctx: { db: Db },
  actor: Actor,
  orgId: string,
  permission: Permission = 'org.read',
): Promise<OrganisationRow> {
  const org = await findOrg(ctx.db, orgId);
  if (!org) throw notFound();
  authorize(actor, permission, org);
  return org;
}

/**
 * A record lookup that checks readability before existence: an actor without `permission` at the
 * organisation gets the same 404 for a real record as for a random id.
 */
export async function requireReadable(
  ctx: { db: Db },
  actor: Actor,
  orgId: string,
  permission: Permission,
): Promise<OrganisationRow> {
  const org = await findOrg(ctx.db, orgId);
  if (!org || !can(actor, permission, org)) throw notFound();
  return org;
}

/**
 * `?subtree=true` on a list: the organisation and those of its descendants where the actor holds
 * `permission`, resolved once per request (DESIGN.md section 4).
 */
export async function readableSubtree(
  ctx: { db: Db },
  actor: Actor,
  org: OrgRef,
  permission: Permission,
): Promise<OrgSummary[]> {
  const rows = await subtreeOf(ctx.db, org.path);
  return rows.filter((row) => can(actor, permission, row));
}

/** The organisation's descendants (not itself), for roll-ups that are not per actor (audiences, statistics). */
export async function descendantsOf(ctx: { db: Db }, org: OrgRef): Promise<OrgSummary[]> {
  return (await subtreeOf(ctx.db, org.path)).filter((row) => row.id !== org.id);
}

/**
 * An owner or assignee must be an active user who can read the record where it lives; otherwise
 * the record (or task) would belong to someone who cannot see it. One rule and one error code
 * (`owner_not_member`) for owners, assignees and approvers on every module.
 */
export async function assertMemberCanRead(
  ctx: { db: Db },
  userId: string | null | undefined,
  org: OrgRef,
  permission: Permission,
  path = 'ownerUserId',
): Promise<void> {
  if (!userId) return;
  const member = await loadActor(ctx.db, userId, null);
  if (!member || !can(member, permission, org)) {
    throw invalid('owner_not_member', [{ path, code: 'owner_not_member' }]);
  }
}

/**
 * What the web may show for one membership: the permissions the role grants at that
 * organisation and, with the subtree, below it (a sector role reaches below only the tree and
 * statistics). Per membership, never per organisation of a subtree, which can be thousands.
 */
export function membershipCapabilities(membership: ActorMembership): {
  here: Permission[];
  below: Permission[];
} {
  const here = roleGrants(membership.role);
  if (!membership.includeSubtree) return { here, below: [] };
  const below = membership.orgKind === 'sector' ? [...sectorReach[membership.role]] : here;
  return { here, below };
}

/** The `can` object presented with a record: each action name to whether the actor may take it. */
export type Can<A extends string> = Record<A, boolean>;

/** Builds `can` from a module policy's throwing checks: an action is allowed when its check passes. */
export function canFrom<A extends string>(checks: Record<A, () => void>): Can<A> {
  const result = {} as Can<A>;
  for (const action of Object.keys(checks) as A[]) {
    try {
      checks[action]();
      result[action] = true;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      result[action] = false;
    }
  }
  return result;
}
