import { expect, it } from 'vitest';
import { makeTree, makeUser } from '../../test/factories.ts';
import { describeEachDb } from '../../test/harness.ts';

type MeMembership = { orgId: string; can: { here: string[]; below: string[] } };

describeEachDb('/me capabilities per membership', (get) => {
  it('lists risks.write and not risks.manage for a risk owner', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const owner = await makeUser(t, org, 'risk_owner');
    const me = (await t.request('GET', '/api/v1/me', { as: owner.session })).json();
    const membership = (me.memberships as MeMembership[]).find((m) => m.orgId === org.id);
    expect(membership?.can.here).toContain('risks.write');
    expect(membership?.can.here).not.toContain('risks.manage');
    expect(membership?.can.below).toContain('risks.write');
    expect(membership?.can.below).not.toContain('risks.manage');
  });

  it('gives a sector-root security officer only the tree and incident statistics below the root', async () => {
    const t = get();
    const { root } = await makeTree(t);
    const officer = await makeUser(t, root, 'security_officer');
    const me = (await t.request('GET', '/api/v1/me', { as: officer.session })).json();
    const membership = (me.memberships as MeMembership[]).find((m) => m.orgId === root.id);
    expect([...(membership?.can.below ?? [])].sort()).toEqual(['incidents.stats', 'org.read']);
    expect(membership?.can.here).toContain('risks.manage');
  });
});
