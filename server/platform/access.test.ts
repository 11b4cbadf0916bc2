import { describe, expect, it } from 'vitest';
import { grantsAt, rolesAt } from './access.ts';
import { membership, type OrgKey, type Permission, ref } from './access-test-tree.ts';
import type { ActorMembership } from './context.ts';
import type { Role } from './roles.ts';

/**
 * The policy functions as tables: what each role is granted where (grantsAt, rolesAt). The
 * checks built on them (authorize, segregation of duties, instance administration) are in
 * access-authorize.test.ts.
 */

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
