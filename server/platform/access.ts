import type { Actor, ActorMembership } from './context.ts';
import { forbidden, notFound } from './errors.ts';
import { type Role, roles } from './roles.ts';

/**
 * The one place that decides access (DESIGN.md section 4). Every route asks `authorize`
 * before it calls a service. The table reads "who may do this".
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
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissionRoles;

/**
 * A role held at the sector root does not reach the records of the organisations below it:
 * the sector centre works through alerts and aggregated statistics. What it does reach is the
 * tree itself (every role sees the organisations) and, for the sector admin, the structure:
 * creating and moving organisations and appointing their members.
 */
const sectorReach: Record<Role, readonly Permission[]> = {
  admin: ['org.read', 'org.manage', 'members.read', 'members.manage'],
  management: ['org.read'],
  security_officer: ['org.read'],
  dpo: ['org.read'],
  risk_owner: ['org.read'],
  contributor: ['org.read'],
  auditor: ['org.read'],
  supervisor: ['org.read'],
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
