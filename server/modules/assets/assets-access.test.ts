import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { makeAsset } from '../../test/assets-factories.ts';
import { makeTree, makeUser, type TestUser } from '../../test/factories.ts';
import { describeEachDb } from '../../test/harness.ts';
import type { Asset } from './assets.presenter.ts';

describeEachDb('assets access', (get) => {
  it('gives an employee 404 for a real asset id, like for a random id', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const employee = await makeUser(t, org, 'employee');
    const asset = await makeAsset(t, org, officer);
    for (const id of [asset.id, randomUUID()]) {
      const read = await t.request('GET', `/api/v1/orgs/${org.id}/assets/${id}`, { as: employee.session });
      expect(read.statusCode).toBe(404);
      const removed = await t.request('DELETE', `/api/v1/orgs/${org.id}/assets/${id}`, {
        as: employee.session,
      });
      expect(removed.statusCode).toBe(404);
    }
  });

  it('rejects an owner from a sibling organisation, or an unknown user, with owner_not_member', async () => {
    const t = get();
    const { org, sibling } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const stranger = await makeUser(t, sibling, 'risk_owner');
    const asset = await makeAsset(t, org, officer);
    for (const ownerUserId of [stranger.id, randomUUID()]) {
      const changed = await t.request('PATCH', `/api/v1/orgs/${org.id}/assets/${asset.id}`, {
        as: officer.session,
        body: { version: asset.version, ownerUserId },
      });
      expect(changed.statusCode).toBe(400);
      expect(changed.json().error.details.fields).toEqual([
        expect.objectContaining({ path: 'ownerUserId', code: 'owner_not_member' }),
      ]);
    }
  });

  it('tells each reader what they may do: the owner changes their asset, another contributor and the auditor only read', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const owner = await makeUser(t, org, 'risk_owner');
    const contributor = await makeUser(t, org, 'contributor');
    const auditor = await makeUser(t, org, 'auditor');
    const asset = await makeAsset(t, org, officer, { ownerUserId: owner.id });
    expect(asset.can).toEqual({ update: true, delete: true });
    const canOf = async (as: TestUser) => {
      const one = (
        await t.request('GET', `/api/v1/orgs/${org.id}/assets/${asset.id}`, { as: as.session })
      ).json();
      const list = (await t.request('GET', `/api/v1/orgs/${org.id}/assets`, { as: as.session })).json();
      expect(list.items.find((a: Asset) => a.id === asset.id).can).toEqual(one.can);
      return one.can;
    };
    expect(await canOf(owner)).toEqual({ update: true, delete: true });
    expect(await canOf(contributor)).toEqual({ update: false, delete: false });
    expect(await canOf(auditor)).toEqual({ update: false, delete: false });
    const own = await makeAsset(t, org, contributor);
    expect(own.can).toEqual({ update: true, delete: true });
  });
});
