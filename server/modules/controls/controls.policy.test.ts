import { describe, expect, it } from 'vitest';
import type { OrgRef } from '../../platform/access.ts';
import type { Actor } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { type Role, roles } from '../../platform/roles.ts';
import { controlsPolicy } from './controls.policy.ts';

/**
 * The controls policy as a table, written out from DESIGN.md section 4 and the module's
 * rules: who reads the SoA, who keeps it, who adds evidence, who sets a group baseline.
 */
const org: OrgRef = { id: 'o', path: '/r/g/o/' };
const group: OrgRef = { id: 'g', path: '/r/g/' };

function actorWith(
  role: Role,
  at: { id: string; path: string; kind: 'sector' | 'group' | 'organisation' },
  id = 'me',
): Actor {
  return {
    id,
    name: 'Test',
    email: 't@test.skjold.dk',
    locale: 'da',
    mustChangePassword: false,
    totpEnabled: false,
    mfaRequired: false,
    memberships: [
      {
        id: 'm',
        orgId: at.id,
        orgPath: at.path,
        orgKind: at.kind,
        orgName: at.id,
        role,
        includeSubtree: true,
      },
    ],
    sessionId: null,
    tokenId: null,
  };
}

const outcome = (check: () => void): 200 | 403 | 404 => {
  try {
    check();
    return 200;
  } catch (error) {
    if (error instanceof DomainError && (error.status === 403 || error.status === 404)) return error.status;
    throw error;
  }
};

const readers: Role[] = [
  'admin',
  'management',
  'security_officer',
  'dpo',
  'risk_owner',
  'contributor',
  'auditor',
  'supervisor',
];
const evidenceRoles: Role[] = ['security_officer', 'dpo', 'risk_owner', 'contributor'];

describe('controls policy', () => {
  const here = { id: 'o', path: '/r/g/o/', kind: 'organisation' as const };
  const above = { id: 'g', path: '/r/g/', kind: 'group' as const };
  const sector = { id: 'r', path: '/r/', kind: 'sector' as const };
  const sibling = { id: 's', path: '/r/g/s/', kind: 'organisation' as const };

  it.each(roles)('%s: reads, keeps, adds evidence and sets baselines as the table says', (role) => {
    for (const at of [here, above]) {
      const actor = actorWith(role, at);
      const expectRead = readers.includes(role) ? 200 : 403;
      expect(
        outcome(() => controlsPolicy.read(actor, org)),
        `${role} read`,
      ).toBe(expectRead);
      expect(
        outcome(() => controlsPolicy.write(actor, org)),
        `${role} write`,
      ).toBe(role === 'security_officer' ? 200 : 403);
      expect(
        outcome(() => controlsPolicy.addEvidence(actor, org)),
        `${role} evidence`,
      ).toBe(evidenceRoles.includes(role) ? 200 : 403);
      expect(
        outcome(() => controlsPolicy.setBaseline(actor, group)),
        `${role} baseline`,
      ).toBe(at === here ? 404 : role === 'security_officer' ? 200 : 403);
      expect(
        outcome(() => controlsPolicy.changeScope(actor, org)),
        `${role} scope`,
      ).toBe(role === 'security_officer' || role === 'admin' ? 200 : 403);
    }
  });

  it('gives the sector root only the scope (to its admin), never the SoA; siblings nothing', () => {
    for (const role of roles) {
      const atRoot = actorWith(role, sector);
      expect(
        outcome(() => controlsPolicy.read(atRoot, org)),
        role,
      ).toBe(403);
      expect(
        outcome(() => controlsPolicy.changeScope(atRoot, org)),
        role,
      ).toBe(role === 'admin' ? 200 : 403);
      expect(
        outcome(() => controlsPolicy.read(actorWith(role, sibling), org)),
        role,
      ).toBe(404);
    }
  });

  it('lets an entry’s owner change only its progress, and an evidence author only their own evidence', () => {
    const owner = actorWith('risk_owner', here, 'owner');
    const entry = { owner_user_id: 'owner' };
    expect(outcome(() => controlsPolicy.updateEntry(owner, org, entry, ['status', 'implementation']))).toBe(
      200,
    );
    expect(outcome(() => controlsPolicy.updateEntry(owner, org, entry, ['status', 'applicable']))).toBe(403);
    expect(outcome(() => controlsPolicy.updateEntry(owner, org, { owner_user_id: 'x' }, ['status']))).toBe(
      403,
    );
    const supervisorOwner = actorWith('employee', here, 'owner');
    expect(outcome(() => controlsPolicy.updateEntry(supervisorOwner, org, entry, ['status']))).toBe(403);
    const contributor = actorWith('contributor', here, 'author');
    expect(outcome(() => controlsPolicy.changeEvidence(contributor, org, { created_by: 'author' }))).toBe(
      200,
    );
    expect(outcome(() => controlsPolicy.changeEvidence(contributor, org, { created_by: 'x' }))).toBe(403);
    expect(
      outcome(() => controlsPolicy.changeEvidence(actorWith('employee', here), org, { created_by: 'me' })),
    ).toBe(404);
  });
});
