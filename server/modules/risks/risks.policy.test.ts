import { describe, expect, it } from 'vitest';
import type { Actor, ActorMembership } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import type { Role } from '../../platform/roles.ts';
import { assetsPolicy } from '../assets/index.ts';
import { risksPolicy } from './risks.policy.ts';

/**
 * The risk and asset policies as tables, written out from DESIGN.md section 4 and the
 * acceptance rule (management above the tolerance, never the owner).
 */

const org = { id: 'o', path: '/r/g/o/' };
const ME = 'me';

function actor(role: Role): Actor {
  const membership: ActorMembership = {
    id: 'm',
    orgId: 'o',
    orgPath: org.path,
    orgKind: 'organisation',
    orgName: 'o',
    role,
    includeSubtree: true,
  };
  return {
    id: ME,
    name: 'Test',
    email: 't@test.skjold.dk',
    locale: 'da',
    mustChangePassword: false,
    totpEnabled: false,
    mfaRequired: false,
    memberships: [membership],
    sessionId: null,
    tokenId: null,
  };
}

function outcome(fn: () => void): string {
  try {
    fn();
    return 'allowed';
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return `${error.status} ${error.code}`;
  }
}

const roles: Role[] = [
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

const others = { owner_user_id: 'someone', created_by: 'someone', status: 'open' };
const mine = { owner_user_id: ME, created_by: 'someone', status: 'open' };
const myDraft = { owner_user_id: null, created_by: ME, status: 'draft' };

type Row = {
  read: string;
  changeOthers: string;
  changeMine: string;
  changeMyDraft: string;
  acceptLow: string;
  acceptHigh: string;
  approve: string;
};

const A = 'allowed';
const F = '403 forbidden';
const table: Record<Role, Row> = {
  admin: {
    read: A,
    changeOthers: F,
    changeMine: F,
    changeMyDraft: F,
    acceptLow: F,
    acceptHigh: F,
    approve: F,
  },
  management: {
    read: A,
    changeOthers: F,
    changeMine: F,
    changeMyDraft: F,
    acceptLow: A,
    acceptHigh: A,
    approve: A,
  },
  security_officer: {
    read: A,
    changeOthers: A,
    changeMine: A,
    changeMyDraft: A,
    acceptLow: A,
    acceptHigh: '403 risk_acceptance_requires_management',
    approve: F,
  },
  dpo: { read: A, changeOthers: F, changeMine: F, changeMyDraft: F, acceptLow: F, acceptHigh: F, approve: F },
  risk_owner: {
    read: A,
    changeOthers: F,
    changeMine: A,
    changeMyDraft: F,
    acceptLow: F,
    acceptHigh: F,
    approve: F,
  },
  contributor: {
    read: A,
    changeOthers: F,
    changeMine: F,
    changeMyDraft: A,
    acceptLow: F,
    acceptHigh: F,
    approve: F,
  },
  auditor: {
    read: A,
    changeOthers: F,
    changeMine: F,
    changeMyDraft: F,
    acceptLow: F,
    acceptHigh: F,
    approve: F,
  },
  supervisor: {
    read: A,
    changeOthers: F,
    changeMine: F,
    changeMyDraft: F,
    acceptLow: F,
    acceptHigh: F,
    approve: F,
  },
  employee: {
    read: F,
    changeOthers: F,
    changeMine: F,
    changeMyDraft: F,
    acceptLow: F,
    acceptHigh: F,
    approve: F,
  },
};

describe('risks policy', () => {
  for (const role of roles) {
    const a = actor(role);
    const expected = table[role];
    it(`${role}: ${Object.entries(expected)
      .map(([k, v]) => `${k} ${v === A ? 'yes' : 'no'}`)
      .join(', ')}`, () => {
      expect({
        read: outcome(() => risksPolicy.read(a, org)),
        changeOthers: outcome(() => risksPolicy.update(a, org, others)),
        changeMine: outcome(() => risksPolicy.update(a, org, mine)),
        changeMyDraft: outcome(() => risksPolicy.update(a, org, myDraft)),
        acceptLow: outcome(() => risksPolicy.accept(a, org, others, false)),
        acceptHigh: outcome(() => risksPolicy.accept(a, org, others, true)),
        approve: outcome(() => risksPolicy.decideAssessment(a, org, 'someone')),
      }).toEqual(expected);
    });
  }

  it('never lets the owner accept their own risk, nor the freezer approve their assessment', () => {
    expect(outcome(() => risksPolicy.accept(actor('management'), org, mine, true))).toBe(
      '403 segregation_of_duties',
    );
    expect(outcome(() => risksPolicy.decideAssessment(actor('management'), org, ME))).toBe(
      '403 segregation_of_duties',
    );
  });

  it('keeps a contributor’s draft a draft and a risk owner’s risk theirs', () => {
    expect(outcome(() => risksPolicy.update(actor('contributor'), org, myDraft, { status: 'open' }))).toBe(F);
    expect(
      outcome(() => risksPolicy.update(actor('risk_owner'), org, mine, { ownerUserId: 'someone' })),
    ).toBe(F);
    expect(
      outcome(() => risksPolicy.create(actor('risk_owner'), org, { ownerUserId: 'someone', status: 'open' })),
    ).toBe(F);
    expect(
      outcome(() => risksPolicy.create(actor('contributor'), org, { ownerUserId: null, status: 'open' })),
    ).toBe(F);
    expect(
      outcome(() => risksPolicy.create(actor('contributor'), org, { ownerUserId: null, status: 'draft' })),
    ).toBe(A);
  });
});

describe('assets policy', () => {
  const cases: [Role, string, string, string][] = [
    // role, read, change an asset they own, change an asset they registered
    ['security_officer', A, A, A],
    ['risk_owner', A, A, F],
    ['contributor', A, F, A],
    ['management', A, F, F],
    ['auditor', A, F, F],
    ['supervisor', F, F, F],
    ['employee', F, F, F],
  ];
  for (const [role, read, owned, registered] of cases) {
    it(`${role}: read ${read}, own asset ${owned}, registered asset ${registered}`, () => {
      const a = actor(role);
      expect(outcome(() => assetsPolicy.read(a, org))).toBe(read);
      expect(outcome(() => assetsPolicy.update(a, org, { owner_user_id: ME, created_by: 'x' }))).toBe(owned);
      expect(outcome(() => assetsPolicy.update(a, org, { owner_user_id: 'x', created_by: ME }))).toBe(
        registered,
      );
    });
  }
});
