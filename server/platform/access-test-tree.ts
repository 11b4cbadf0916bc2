import type { OrgKind } from '../db/schema.ts';
import type { OrgRef } from './access.ts';
import type { Actor, ActorMembership } from './context.ts';
import { DomainError } from './errors.ts';
import type { Role } from './roles.ts';

/**
 * The tree, memberships and actors the access table tests share (access.test.ts,
 * access-authorize.test.ts). The expectations are written out in the tests from DESIGN.md
 * section 4, not derived from the implementation's permission table, so a change there has to
 * be made on purpose in both places.
 */

export type Permission =
  | 'org.read'
  | 'org.manage'
  | 'members.read'
  | 'members.manage'
  | 'audit.read'
  | 'files.read'
  | 'files.write'
  | 'tasks.read'
  | 'tasks.write';

// The tree: sector root r > group g > organisation o > unit u; sibling organisation s under g.
// `o2` has a path that starts with o's characters without being below it.
export const orgs = {
  r: { id: 'r', path: '/r/', kind: 'sector' },
  g: { id: 'g', path: '/r/g/', kind: 'group' },
  o: { id: 'o', path: '/r/g/o/', kind: 'organisation' },
  u: { id: 'u', path: '/r/g/o/u/', kind: 'unit' },
  s: { id: 's', path: '/r/g/s/', kind: 'organisation' },
  o2: { id: 'o2', path: '/r/g/o2/', kind: 'organisation' },
} as const satisfies Record<string, OrgRef & { kind: OrgKind }>;

export type OrgKey = keyof typeof orgs;

export const ref = (key: OrgKey): OrgRef => ({ id: orgs[key].id, path: orgs[key].path });

let nextId = 0;
export function membership(at: OrgKey, role: Role, includeSubtree = true): ActorMembership {
  nextId += 1;
  const org = orgs[at];
  return {
    id: `m${nextId}`,
    orgId: org.id,
    orgPath: org.path,
    orgKind: org.kind,
    orgName: at,
    role,
    includeSubtree,
  };
}

export function actor(memberships: ActorMembership[], id = 'actor-1'): Actor {
  return {
    id,
    name: 'Test Person',
    email: 'test@test.skjold.dk',
    locale: 'da',
    mustChangePassword: false,
    totpEnabled: false,
    mfaRequired: false,
    memberships,
    sessionId: null,
    tokenId: null,
  };
}

/** Runs `fn` and returns the DomainError it threw, or null when it passed. */
export function thrown(fn: () => void): { status: number; code: string } | null {
  try {
    fn();
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { status: error.status, code: error.code };
  }
}

export const notFound = { status: 404, code: 'not_found' };
export const forbidden = { status: 403, code: 'forbidden' };
