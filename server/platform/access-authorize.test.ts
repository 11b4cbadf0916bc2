import { describe, expect, it } from 'vitest';
import { assertNotOwnWork, authorize, authorizeInstanceAdmin, can, isInstanceAdmin } from './access.ts';
import {
  actor,
  forbidden,
  membership,
  notFound,
  type OrgKey,
  type Permission,
  ref,
  thrown,
} from './access-test-tree.ts';
import type { ActorMembership } from './context.ts';
import { DomainError } from './errors.ts';

/** The access checks as tables: authorize (404 unseen, 403 missing), segregation of duties, instance administration. */

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
