import { describe, expect, it } from 'vitest';
import type { OrgKind } from '../db/schema.ts';
import {
  assertNotOwnWork,
  authorize,
  authorizeInstanceAdmin,
  can,
  grantsAt,
  isInstanceAdmin,
  type OrgRef,
  rolesAt,
} from './access.ts';
import type { Actor, ActorMembership } from './context.ts';
import { DomainError } from './errors.ts';
import type { Role } from './roles.ts';

/**
 * The policy functions as tables. The expectations are written out here from DESIGN.md
 * section 4, not derived from the implementation's permission table, so a change there
 * has to be made on purpose in both places.
 */

type Permission =
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
const orgs = {
  r: { id: 'r', path: '/r/', kind: 'sector' },
  g: { id: 'g', path: '/r/g/', kind: 'group' },
  o: { id: 'o', path: '/r/g/o/', kind: 'organisation' },
  u: { id: 'u', path: '/r/g/o/u/', kind: 'unit' },
  s: { id: 's', path: '/r/g/s/', kind: 'organisation' },
  o2: { id: 'o2', path: '/r/g/o2/', kind: 'organisation' },
} as const satisfies Record<string, OrgRef & { kind: OrgKind }>;

type OrgKey = keyof typeof orgs;

const ref = (key: OrgKey): OrgRef => ({ id: orgs[key].id, path: orgs[key].path });

let nextId = 0;
function membership(at: OrgKey, role: Role, includeSubtree = true): ActorMembership {
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

function actor(memberships: ActorMembership[], id = 'actor-1'): Actor {
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

const allRoles: readonly Role[] = [
  'admin',
  'management',
  'security_officer',
  'dpo',
  'risk_owner',
  'contributor',
  'auditor',
  'supervisor',
  'employee',
];

/** What each role may do on its own organisation and, with the subtree, on descendants. */
const roleTable: Record<Role, readonly Permission[]> = {
  admin: [
    'org.read',
    'org.manage',
    'members.read',
    'members.manage',
    'audit.read',
    'files.read',
    'tasks.read',
  ],
  management: ['org.read', 'members.read', 'files.read', 'tasks.read', 'tasks.write'],
  security_officer: [
    'org.read',
    'members.read',
    'audit.read',
    'files.read',
    'files.write',
    'tasks.read',
    'tasks.write',
  ],
  dpo: ['org.read', 'members.read', 'files.read', 'files.write', 'tasks.read', 'tasks.write'],
  risk_owner: ['org.read', 'files.read', 'files.write', 'tasks.read', 'tasks.write'],
  contributor: ['org.read', 'files.read', 'files.write', 'tasks.read', 'tasks.write'],
  auditor: ['org.read', 'members.read', 'audit.read', 'files.read', 'tasks.read'],
  supervisor: ['org.read'],
  employee: ['org.read'],
};

/** What a role held at the sector root reaches below it: the tree, and the structure for the admin. */
const sectorTable: Record<Role, readonly Permission[]> = {
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

/**
 * The platform's permissions this table speaks of; domain modules add their own permissions
 * to the policy layer and test them through their routes, so they are left out here.
 */
const platformPermissions: ReadonlySet<string> = new Set<Permission>([
  'org.read',
  'org.manage',
  'members.read',
  'members.manage',
  'audit.read',
  'files.read',
  'files.write',
  'tasks.read',
  'tasks.write',
]);

const sorted = (permissions: Iterable<string>) =>
  [...permissions].filter((p) => platformPermissions.has(p)).sort();

/** Where a single membership sits relative to the organisation asked about (always `o`, or `r` for the root itself). */
type Placement = {
  position: string;
  at: OrgKey;
  includeSubtree: boolean;
  target: OrgKey;
  grants: (role: Role) => readonly Permission[];
};

const placements: Placement[] = [
  { position: 'own organisation', at: 'o', includeSubtree: true, target: 'o', grants: (r) => roleTable[r] },
  {
    position: 'own organisation without subtree',
    at: 'o',
    includeSubtree: false,
    target: 'o',
    grants: (r) => roleTable[r],
  },
  {
    position: 'parent with subtree',
    at: 'g',
    includeSubtree: true,
    target: 'o',
    grants: (r) => roleTable[r],
  },
  {
    position: 'parent with subtree, two levels down',
    at: 'g',
    includeSubtree: true,
    target: 'u',
    grants: (r) => roleTable[r],
  },
  {
    position: 'own organisation without subtree, on its unit',
    at: 'o',
    includeSubtree: false,
    target: 'u',
    grants: () => [],
  },
  { position: 'parent without subtree', at: 'g', includeSubtree: false, target: 'o', grants: () => [] },
  { position: 'child unit', at: 'u', includeSubtree: true, target: 'o', grants: () => [] },
  { position: 'sibling organisation', at: 's', includeSubtree: true, target: 'o', grants: () => [] },
  { position: 'look-alike path prefix', at: 'o2', includeSubtree: true, target: 'o', grants: () => [] },
  {
    position: 'sector root with subtree',
    at: 'r',
    includeSubtree: true,
    target: 'o',
    grants: (r) => sectorTable[r],
  },
  {
    position: 'sector root, on a unit deep below',
    at: 'r',
    includeSubtree: true,
    target: 'u',
    grants: (r) => sectorTable[r],
  },
  { position: 'sector root without subtree', at: 'r', includeSubtree: false, target: 'o', grants: () => [] },
  {
    position: 'sector root, on the root itself',
    at: 'r',
    includeSubtree: true,
    target: 'r',
    grants: (r) => roleTable[r],
  },
];

const grantCases = placements.flatMap((placement) => allRoles.map((role) => ({ ...placement, role })));

describe('grantsAt', () => {
  for (const { role, position, at, includeSubtree, target, grants } of grantCases) {
    const expected = sorted(grants(role));
    it(`${role} at ${position} → on ${target}: ${expected.join(', ') || 'nothing'}`, () => {
      expect(sorted(grantsAt([membership(at, role, includeSubtree)], ref(target)))).toEqual(expected);
    });
  }

  it('grants nothing without memberships', () => {
    expect(grantsAt([], ref('o')).size).toBe(0);
  });

  it('adds up several memberships (employee here, auditor through the group)', () => {
    const grants = grantsAt([membership('o', 'employee'), membership('g', 'auditor')], ref('o'));
    expect(sorted(grants)).toEqual(
      sorted(['org.read', 'members.read', 'audit.read', 'files.read', 'tasks.read']),
    );
  });

  it('does not let a sector admin reach the audit log below the root, even with a role on the organisation too', () => {
    const grants = grantsAt([membership('r', 'admin'), membership('o', 'employee')], ref('o'));
    expect(sorted(grants)).toEqual(sorted(['org.read', 'org.manage', 'members.read', 'members.manage']));
  });

  it('gives a membership at a unit nothing on its parent or the parent’s other units', () => {
    const memberships = [membership('u', 'admin')];
    expect(grantsAt(memberships, ref('o')).size).toBe(0);
    expect(grantsAt(memberships, ref('g')).size).toBe(0);
    expect(grantsAt(memberships, ref('r')).size).toBe(0);
    expect(grantsAt(memberships, { id: 'u2', path: '/r/g/o/u2/' }).size).toBe(0);
  });

  it('gives a subtree membership nothing on its ancestors', () => {
    const memberships = [membership('o', 'admin')];
    expect(grantsAt(memberships, ref('g')).size).toBe(0);
    expect(grantsAt(memberships, ref('r')).size).toBe(0);
  });
});

describe('rolesAt', () => {
  const cases: { name: string; memberships: () => ActorMembership[]; target: OrgKey; roles: Role[] }[] = [
    {
      name: 'a direct role',
      memberships: () => [membership('o', 'management')],
      target: 'o',
      roles: ['management'],
    },
    {
      name: 'a role inherited through the subtree',
      memberships: () => [membership('g', 'risk_owner')],
      target: 'o',
      roles: ['risk_owner'],
    },
    {
      name: 'no role through a membership without subtree',
      memberships: () => [membership('g', 'risk_owner', false)],
      target: 'o',
      roles: [],
    },
    {
      name: 'no role from the sector root below it (no approvals from the sector centre)',
      memberships: () => [membership('r', 'management')],
      target: 'o',
      roles: [],
    },
    {
      name: 'the sector role on the root itself',
      memberships: () => [membership('r', 'management')],
      target: 'r',
      roles: ['management'],
    },
    {
      name: 'no role from a child unit',
      memberships: () => [membership('u', 'management')],
      target: 'o',
      roles: [],
    },
    {
      name: 'no role from a sibling',
      memberships: () => [membership('s', 'management')],
      target: 'o',
      roles: [],
    },
    {
      name: 'every applying role, once',
      memberships: () => [
        membership('o', 'contributor'),
        membership('g', 'dpo'),
        membership('g', 'contributor'),
        membership('r', 'admin'),
        membership('s', 'management'),
      ],
      target: 'o',
      roles: ['contributor', 'dpo'],
    },
  ];

  for (const { name, memberships, target, roles } of cases) {
    it(`gives ${name}`, () => {
      expect([...rolesAt(memberships(), ref(target))].sort()).toEqual([...roles].sort());
    });
  }
});

/** Runs `fn` and returns the DomainError it threw, or null when it passed. */
function thrown(fn: () => void): { status: number; code: string } | null {
  try {
    fn();
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { status: error.status, code: error.code };
  }
}

const notFound = { status: 404, code: 'not_found' };
const forbidden = { status: 403, code: 'forbidden' };

describe('authorize', () => {
  const cases: {
    name: string;
    memberships: () => ActorMembership[];
    permission: Permission;
    target: OrgKey;
    outcome: { status: number; code: string } | null;
  }[] = [
    {
      name: 'lets an admin manage its own organisation',
      memberships: () => [membership('o', 'admin')],
      permission: 'org.manage',
      target: 'o',
      outcome: null,
    },
    {
      name: 'lets an auditor read the audit log through the subtree',
      memberships: () => [membership('g', 'auditor')],
      permission: 'audit.read',
      target: 'o',
      outcome: null,
    },
    {
      name: 'refuses (403) an employee reading members of an organisation it can see',
      memberships: () => [membership('o', 'employee')],
      permission: 'members.read',
      target: 'o',
      outcome: forbidden,
    },
    {
      name: 'refuses (403) management managing members',
      memberships: () => [membership('g', 'management')],
      permission: 'members.manage',
      target: 'o',
      outcome: forbidden,
    },
    {
      name: 'hides (404) an organisation from an actor without memberships',
      memberships: () => [],
      permission: 'org.read',
      target: 'o',
      outcome: notFound,
    },
    {
      name: 'hides (404) the sibling organisation, even from its admin',
      memberships: () => [membership('s', 'admin')],
      permission: 'org.read',
      target: 'o',
      outcome: notFound,
    },
    {
      name: 'hides (404) a sibling for a permission the role would have had, not 403',
      memberships: () => [membership('s', 'admin')],
      permission: 'members.manage',
      target: 'o',
      outcome: notFound,
    },
    {
      name: 'hides (404) the parent from a unit member',
      memberships: () => [membership('u', 'admin')],
      permission: 'org.read',
      target: 'o',
      outcome: notFound,
    },
    {
      name: 'hides (404) a child from a membership without subtree',
      memberships: () => [membership('g', 'admin', false)],
      permission: 'audit.read',
      target: 'o',
      outcome: notFound,
    },
    {
      name: 'lets a sector employee see the organisation',
      memberships: () => [membership('r', 'employee')],
      permission: 'org.read',
      target: 'o',
      outcome: null,
    },
    {
      name: 'refuses (403) a sector security officer reading members below the root',
      memberships: () => [membership('r', 'security_officer')],
      permission: 'members.read',
      target: 'o',
      outcome: forbidden,
    },
    {
      name: 'refuses (403) a sector auditor reading the audit log below the root',
      memberships: () => [membership('r', 'auditor')],
      permission: 'audit.read',
      target: 'o',
      outcome: forbidden,
    },
    {
      name: 'lets the sector admin appoint members below the root',
      memberships: () => [membership('r', 'admin')],
      permission: 'members.manage',
      target: 'u',
      outcome: null,
    },
    {
      name: 'refuses (403) the sector admin the audit log below the root',
      memberships: () => [membership('r', 'admin')],
      permission: 'audit.read',
      target: 'o',
      outcome: forbidden,
    },
  ];

  for (const { name, memberships, permission, target, outcome } of cases) {
    it(`${name} (${permission} on ${target})`, () => {
      const a = actor(memberships());
      expect(thrown(() => authorize(a, permission, ref(target)))).toEqual(outcome);
      expect(can(a, permission, ref(target))).toBe(outcome === null);
    });
  }

  it('throws DomainError instances (what the error handler turns into the envelope)', () => {
    expect(() => authorize(actor([]), 'org.read', ref('o'))).toThrow(DomainError);
  });
});

describe('assertNotOwnWork (segregation of duties)', () => {
  const cases: {
    name: string;
    authorIds: (string | null | undefined)[];
    outcome: { status: number; code: string } | null;
  }[] = [
    {
      name: 'refuses the author',
      authorIds: ['actor-1'],
      outcome: { status: 403, code: 'segregation_of_duties' },
    },
    {
      name: 'refuses the owner when the author is someone else',
      authorIds: ['someone-else', 'actor-1'],
      outcome: { status: 403, code: 'segregation_of_duties' },
    },
    { name: 'allows someone else’s work', authorIds: ['someone-else'], outcome: null },
    { name: 'allows a record without author or owner', authorIds: [null, undefined], outcome: null },
    { name: 'allows an empty list', authorIds: [], outcome: null },
  ];

  for (const { name, authorIds, outcome } of cases) {
    it(name, () => {
      // Even an admin with every right is bound by it.
      const a = actor([membership('o', 'admin'), membership('r', 'admin')], 'actor-1');
      expect(thrown(() => assertNotOwnWork(a, authorIds))).toEqual(outcome);
    });
  }
});

describe('instance administration (sector root admins only)', () => {
  const cases: { name: string; memberships: () => ActorMembership[]; admin: boolean }[] = [
    { name: 'the admin of the sector root', memberships: () => [membership('r', 'admin')], admin: true },
    {
      name: 'the admin of the sector root without subtree (the role sits on the root itself)',
      memberships: () => [membership('r', 'admin', false)],
      admin: true,
    },
    { name: 'an admin of a group', memberships: () => [membership('g', 'admin')], admin: false },
    { name: 'an admin of an organisation', memberships: () => [membership('o', 'admin')], admin: false },
    {
      name: 'a security officer of the sector root',
      memberships: () => [membership('r', 'security_officer')],
      admin: false,
    },
    { name: 'someone without memberships', memberships: () => [], admin: false },
  ];

  for (const { name, memberships, admin } of cases) {
    it(`${admin ? 'admits' : 'hides the instance (404) from'} ${name}`, () => {
      const a = actor(memberships());
      expect(isInstanceAdmin(a)).toBe(admin);
      expect(thrown(() => authorizeInstanceAdmin(a))).toEqual(admin ? null : notFound);
    });
  }
});
