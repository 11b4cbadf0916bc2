import { describe, expect, it } from 'vitest';
import type { DocumentKind, OrgKind } from '../../db/schema.ts';
import type { Actor, ActorMembership } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import type { Role } from '../../platform/roles.ts';
import { type Audience, membershipInAudience } from './audience.rules.ts';
import { documentsPolicy } from './documents.policy.ts';

/**
 * The document rules as tables, written out from DESIGN.md section 4 and the issue, not
 * derived from the permission table.
 */

// region g > hospital o > unit u > sub-unit v; sibling hospital s.
const orgs = {
  g: { id: 'g', path: '/r/g/', kind: 'group' },
  o: { id: 'o', path: '/r/g/o/', kind: 'organisation' },
  u: { id: 'u', path: '/r/g/o/u/', kind: 'unit' },
  v: { id: 'v', path: '/r/g/o/u/v/', kind: 'unit' },
  w: { id: 'w', path: '/r/g/o/w/', kind: 'unit' },
  s: { id: 's', path: '/r/g/s/', kind: 'organisation' },
} as const satisfies Record<string, { id: string; path: string; kind: OrgKind }>;

type OrgKey = keyof typeof orgs;

const membership = (at: OrgKey, role: Role, includeSubtree = true): ActorMembership => ({
  id: `${at}-${role}`,
  orgId: orgs[at].id,
  orgPath: orgs[at].path,
  orgKind: orgs[at].kind,
  orgName: at,
  role,
  includeSubtree,
});

const actor = (memberships: ActorMembership[], id = 'actor'): Actor => ({
  id,
  name: 'Test',
  email: 'test@test.skjold.dk',
  locale: 'da',
  mustChangePassword: false,
  totpEnabled: false,
  mfaRequired: false,
  memberships,
  sessionId: null,
  tokenId: null,
});

const outcome = (fn: () => unknown) => {
  try {
    fn();
    return 'allowed';
  } catch (error) {
    return error instanceof DomainError ? `${error.status} ${error.code}` : 'thrown';
  }
};

describe('approving a document version', () => {
  const written = { created_by: 'author', last_edited_by: 'editor', submitted_by: 'author' };
  const cases: [string, ActorMembership[], DocumentKind, string][] = [
    ['management approves the top policy', [membership('o', 'management')], 'policy', 'allowed'],
    ['region management with the subtree approves it', [membership('g', 'management')], 'policy', 'allowed'],
    [
      'the security officer cannot approve the top policy',
      [membership('o', 'security_officer')],
      'policy',
      '403 document_approval_role',
    ],
    [
      'the security officer approves a guideline',
      [membership('o', 'security_officer')],
      'guideline',
      'allowed',
    ],
    ['management approves a procedure', [membership('o', 'management')], 'procedure', 'allowed'],
    ['a contributor never approves', [membership('o', 'contributor')], 'plan', '403 forbidden'],
    ['the dpo does not approve', [membership('o', 'dpo')], 'instruction', '403 forbidden'],
    ['an admin does not approve', [membership('o', 'admin')], 'guideline', '403 forbidden'],
    ['a sibling hospital sees nothing', [membership('s', 'management')], 'policy', '404 not_found'],
  ];
  it.each(cases)('%s', (_name, memberships, kind, expected) => {
    expect(outcome(() => documentsPolicy.approve(actor(memberships), orgs.o, kind, written))).toBe(expected);
  });

  it.each(['author', 'editor'])('refuses the %s of the version (segregation of duties)', (id) => {
    expect(
      outcome(() =>
        documentsPolicy.approve(actor([membership('o', 'management')], id), orgs.o, 'policy', written),
      ),
    ).toBe('403 segregation_of_duties');
  });
});

describe('who is in a document’s audience', () => {
  const unitsAndRoles: Audience = { wholeOrganisation: false, unitIds: ['u'], roles: ['risk_owner'] };
  const everyone: Audience = { wholeOrganisation: true, unitIds: [], roles: [] };
  const cases: [string, Audience, ActorMembership, boolean][] = [
    ['staff of the organisation, whole-organisation audience', everyone, membership('o', 'employee'), true],
    ['staff of a unit, whole-organisation audience', everyone, membership('v', 'employee'), true],
    ['region staff are not hospital staff', everyone, membership('g', 'security_officer'), false],
    ['a sibling hospital is not', everyone, membership('s', 'employee'), false],
    ['staff of the listed unit', unitsAndRoles, membership('u', 'employee'), true],
    ['staff of a unit below the listed one', unitsAndRoles, membership('v', 'employee'), true],
    ['staff of another unit', unitsAndRoles, membership('w', 'employee'), false],
    ['a listed role at another unit', unitsAndRoles, membership('w', 'risk_owner'), true],
    ['a listed role at the organisation itself', unitsAndRoles, membership('o', 'risk_owner'), true],
    ['another role at the organisation', unitsAndRoles, membership('o', 'employee'), false],
  ];
  it.each(cases)('%s', (_name, audience, m, expected) => {
    expect(membershipInAudience(orgs.o, audience, m)).toBe(expected);
  });

  it('lets staff in the audience read the published version only', () => {
    const employee = actor([membership('u', 'employee')]);
    const document = { published: true, archived: false, audience: unitsAndRoles };
    expect(documentsPolicy.read(employee, orgs.o, document)).toBe('audience');
    expect(outcome(() => documentsPolicy.read(employee, orgs.o, { ...document, published: false }))).toBe(
      '404 not_found',
    );
    expect(outcome(() => documentsPolicy.read(employee, orgs.o, { ...document, archived: true }))).toBe(
      '404 not_found',
    );
    expect(documentsPolicy.read(actor([membership('g', 'supervisor')]), orgs.o, document)).toBe('full');
  });
});
