import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { addDaysToDate, todayLocal } from '../../platform/clock.ts';
import { makeTree, makeUser, type TestUser } from '../../test/factories.ts';
import { describeEachDb } from '../../test/harness.ts';
import { makeRisk } from '../../test/risks-factories.ts';
import type { Action, Risk } from './risks.presenter.ts';

describeEachDb('risks access', (get) => {
  it('gives an employee 404 for a real risk id, like for a random id', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const employee = await makeUser(t, org, 'employee');
    const risk = await makeRisk(t, org, officer);
    for (const id of [risk.id, randomUUID()]) {
      for (const path of [`risks/${id}`, `risks/${id}/actions`]) {
        const response = await t.request('GET', `/api/v1/orgs/${org.id}/${path}`, { as: employee.session });
        expect(response.statusCode, path).toBe(404);
      }
      const patch = await t.request('PATCH', `/api/v1/orgs/${org.id}/risks/${id}`, {
        as: employee.session,
        body: { version: 1, title: 'Ændret' },
      });
      expect(patch.statusCode).toBe(404);
    }
  });

  it('rejects a risk or action owner from a sibling organisation, or an unknown user, with owner_not_member', async () => {
    const t = get();
    const { org, sibling } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const stranger = await makeUser(t, sibling, 'risk_owner');
    for (const ownerUserId of [stranger.id, randomUUID()]) {
      const created = await t.request('POST', `/api/v1/orgs/${org.id}/risks`, {
        as: officer.session,
        body: { title: 'Fremmed ejer', ownerUserId, likelihood: 2, consequenceOrganisation: 2 },
      });
      expect(created.statusCode).toBe(400);
      expect(created.json().error.details.fields).toEqual([
        expect.objectContaining({ path: 'ownerUserId', code: 'owner_not_member' }),
      ]);
    }
    const risk = await makeRisk(t, org, officer);
    const action = await t.request('POST', `/api/v1/orgs/${org.id}/risks/${risk.id}/actions`, {
      as: officer.session,
      body: { title: 'Indfør MFA', ownerUserId: stranger.id, dueDate: addDaysToDate(todayLocal(), 30) },
    });
    expect(action.statusCode).toBe(400);
    expect(action.json().error.details.fields).toEqual([
      expect.objectContaining({ path: 'ownerUserId', code: 'owner_not_member' }),
    ]);
  });

  it('tells each reader what they may do: the owner updates their risk but never accepts it, the auditor only reads', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const owner = await makeUser(t, org, 'risk_owner');
    const management = await makeUser(t, org, 'management');
    const auditor = await makeUser(t, org, 'auditor');
    const risk = await makeRisk(t, org, officer, { ownerUserId: owner.id });
    const action = await t.request('POST', `/api/v1/orgs/${org.id}/risks/${risk.id}/actions`, {
      as: officer.session,
      body: { title: 'Indfør MFA', dueDate: addDaysToDate(todayLocal(), 30) },
    });
    expect(action.statusCode).toBe(201);
    expect((action.json() as Action).can).toEqual({ update: true, delete: true });
    const canOf = async (as: TestUser) => {
      const one = (
        await t.request('GET', `/api/v1/orgs/${org.id}/risks/${risk.id}`, { as: as.session })
      ).json();
      const list = (await t.request('GET', `/api/v1/orgs/${org.id}/risks`, { as: as.session })).json();
      expect(list.items.find((r: Risk) => r.id === risk.id).can).toEqual(one.can);
      const actions = (
        await t.request('GET', `/api/v1/orgs/${org.id}/risks/${risk.id}/actions`, { as: as.session })
      ).json();
      return { risk: one.can, action: actions.items[0].can };
    };
    expect(await canOf(owner)).toEqual({
      risk: { update: true, delete: false, review: true, accept: false, revokeAcceptance: false },
      action: { update: true, delete: true },
    });
    expect(await canOf(officer)).toEqual({
      risk: { update: true, delete: false, review: true, accept: true, revokeAcceptance: false },
      action: { update: true, delete: true },
    });
    expect(await canOf(management)).toEqual({
      risk: { update: false, delete: false, review: false, accept: true, revokeAcceptance: false },
      action: { update: false, delete: false },
    });
    expect(await canOf(auditor)).toEqual({
      risk: { update: false, delete: false, review: false, accept: false, revokeAcceptance: false },
      action: { update: false, delete: false },
    });
    const accepted = await t.request('POST', `/api/v1/orgs/${org.id}/risks/${risk.id}/acceptance`, {
      as: management.session,
      body: { version: risk.version, reason: 'Accepteret af ledelsen.' },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect((accepted.json() as Risk).can).toMatchObject({ revokeAcceptance: true });
  });

  it('lets a contributor delete only their own draft', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const contributor = await makeUser(t, org, 'contributor');
    const other = await makeUser(t, org, 'contributor');
    const draft = await makeRisk(t, org, contributor, { ownerUserId: null, status: 'draft' });
    expect(draft.can).toMatchObject({ update: true, delete: true, review: false, accept: false });
    const seen = (
      await t.request('GET', `/api/v1/orgs/${org.id}/risks/${draft.id}`, { as: other.session })
    ).json();
    expect(seen.can).toMatchObject({ update: false, delete: false });
  });

  it('offers changing only the organisation’s own threats to its security officer, and deciding an assessment only to management', async () => {
    const t = get();
    const { group, org } = await makeTree(t);
    const regionOfficer = await makeUser(t, group, 'security_officer');
    const officer = await makeUser(t, org, 'security_officer');
    const management = await makeUser(t, org, 'management');
    const post = (orgId: string, as: TestUser, title: string) =>
      t.request('POST', `/api/v1/orgs/${orgId}/threats`, {
        as: as.session,
        body: { title, category: 'malicious' },
      });
    const regional = (await post(group.id, regionOfficer, 'Regionens trussel')).json();
    const created = await post(org.id, officer, 'Hospitalets trussel');
    expect(created.json().can).toEqual({ update: true, delete: true });
    const own = created.json();
    const canOf = async (as: TestUser) => {
      const list = (await t.request('GET', `/api/v1/orgs/${org.id}/threats`, { as: as.session })).json();
      const byId = new Map<string, { can: object }>(
        list.items.map((th: { id: string; can: object }) => [th.id, th]),
      );
      return [own.id, regional.id, 'ransomware'].map((id) => byId.get(id)?.can);
    };
    expect(await canOf(officer)).toEqual([
      { update: true, delete: true },
      { update: false, delete: false },
      { update: false, delete: false },
    ]);
    expect((await canOf(management))[0]).toEqual({ update: false, delete: false });

    await makeRisk(t, org, officer);
    const frozen = (
      await t.request('POST', `/api/v1/orgs/${org.id}/risk-assessments`, { as: officer.session, body: {} })
    ).json();
    expect(frozen.can).toEqual({ decide: false });
    const decideOf = async (as: TestUser) =>
      (await t.request('GET', `/api/v1/orgs/${org.id}/risk-assessments`, { as: as.session })).json().items[0]
        .can;
    expect(await decideOf(officer)).toEqual({ decide: false });
    expect(await decideOf(management)).toEqual({ decide: true });
  });
});
