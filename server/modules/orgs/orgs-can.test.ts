import { expect, it } from 'vitest';
import { makeTree, makeUser } from '../../test/factories.ts';
import { describeEachDb } from '../../test/harness.ts';

const none = { update: false, move: false, createChild: false, manageMembers: false };
const all = { update: true, move: true, createChild: true, manageMembers: true };

describeEachDb('organisations: can', (get) => {
  it('presents what the actor may do: everything for the admin, nothing for a security officer', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const admin = await makeUser(t, org, 'admin');
    const officer = await makeUser(t, org, 'security_officer');
    const asAdmin = await t.request('GET', `/api/v1/orgs/${org.id}`, { as: admin.session });
    expect(asAdmin.json().can).toEqual(all);
    const asOfficer = await t.request('GET', `/api/v1/orgs/${org.id}`, { as: officer.session });
    expect(asOfficer.json().can).toEqual(none);
    const listed = await t.request('GET', '/api/v1/orgs?limit=500', { as: officer.session });
    for (const item of listed.json().items) expect(item.can).toEqual(none);
  });

  it('never offers to move the sector root; the sector admin shapes the tree below it', async () => {
    const t = get();
    const { root, org } = await makeTree(t);
    const sectorAdmin = await makeUser(t, root, 'admin');
    const rootView = await t.request('GET', `/api/v1/orgs/${root.id}`, { as: sectorAdmin.session });
    expect(rootView.json().can).toEqual({ ...all, move: false });
    const orgView = await t.request('GET', `/api/v1/orgs/${org.id}`, { as: sectorAdmin.session });
    expect(orgView.json().can).toEqual(all);
  });
});
