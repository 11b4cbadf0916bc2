import { expect, it } from 'vitest';
import { getSoa, patchEntry, soaEntry } from '../../test/controls-factories.ts';
import { makeOrg, makeTree, makeUser, type TestUser } from '../../test/factories.ts';
import { describeEachDb, type TestApp } from '../../test/harness.ts';
import type { Org } from '../orgs/index.ts';

async function setBaseline(
  t: TestApp,
  user: TestUser,
  group: Org,
  requirementId: string,
  body: Record<string, unknown>,
) {
  return t.request('PUT', `/api/v1/orgs/${group.id}/soa-baseline/${requirementId}`, {
    as: user.session,
    body: { version: 0, ...body },
    headers: { 'accept-language': 'en' },
  });
}

async function deviationsOf(t: TestApp, user: TestUser, group: Org, query = '') {
  const response = await t.request('GET', `/api/v1/orgs/${group.id}/soa-baseline/deviations${query}`, {
    as: user.session,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

describeEachDb('controls: group baseline', (get) => {
  it('lets a region set a baseline its hospitals inherit; "not applicable" in a baseline needs a justification', async () => {
    const t = get();
    const { group, org, unit } = await makeTree(t);
    const regionOfficer = await makeUser(t, group, 'security_officer');
    const officer = await makeUser(t, org, 'security_officer');
    const missing = await setBaseline(t, regionOfficer, group, 'A.7.4', { applicable: false });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.code).toBe('soa_justification_required');
    const set = await setBaseline(t, regionOfficer, group, 'A.7.4', {
      applicable: false,
      justification: 'Regionens ejendomsafdeling overvåger alle matrikler centralt.',
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ requirementId: 'A.7.4', applicable: false, version: 1 });
    await setBaseline(t, regionOfficer, group, 'A.8.13', { applicable: true, expectedStatus: 'implemented' });

    const entry = (await getSoa(t, officer, org)).items.find((i) => i.requirementId === 'A.7.4');
    expect(entry).toMatchObject({
      applicable: false,
      applicableSource: 'baseline',
      status: 'not_applicable',
      justification: null,
      effectiveJustification: 'Regionens ejendomsafdeling overvåger alle matrikler centralt.',
      deviatesFromBaseline: false,
      justificationMissing: false,
    });
    // A unit below the hospital follows the same group baseline.
    const unitOfficer = await makeUser(t, unit, 'security_officer');
    expect((await soaEntry(t, unitOfficer, unit, 'A.7.4')).applicableSource).toBe('baseline');

    const stale = await setBaseline(t, regionOfficer, group, 'A.7.4', { applicable: true });
    expect(stale.statusCode).toBe(409);
    const changed = await setBaseline(t, regionOfficer, group, 'A.7.4', { version: 1, applicable: true });
    expect(changed.statusCode).toBe(200);
    expect((await soaEntry(t, officer, org, 'A.7.4')).applicable).toBe(true);
  });

  it('requires a justification to deviate from the baseline and shows deviations and gaps to the group', async () => {
    const t = get();
    const { group, org, sibling } = await makeTree(t);
    const regionOfficer = await makeUser(t, group, 'security_officer');
    const officer = await makeUser(t, org, 'security_officer');
    await setBaseline(t, regionOfficer, group, 'A.8.23', { applicable: true, expectedStatus: 'implemented' });
    const unjustified = await patchEntry(t, officer, org, 'A.8.23', { applicable: false });
    expect(unjustified.statusCode).toBe(400);
    expect(unjustified.json().error).toMatchObject({
      code: 'soa_deviation_justification_required',
      details: { fields: [{ path: 'justification' }] },
    });
    expect(unjustified.json().error.message).toContain(group.name);
    const justified = await patchEntry(t, officer, org, 'A.8.23', {
      applicable: false,
      justification: 'Webfiltrering leveres af regionens fælles proxy, ikke af hospitalet.',
    });
    expect(justified.statusCode, justified.body).toBe(200);
    expect(justified.json()).toMatchObject({ deviatesFromBaseline: true, justificationMissing: false });

    const view = await deviationsOf(t, regionOfficer, group);
    const hospital = view.members.find((m: { orgId: string }) => m.orgId === org.id);
    expect(hospital).toMatchObject({ inScope: true, deviations: 1, justificationMissing: 0, behind: 0 });
    const other = view.members.find((m: { orgId: string }) => m.orgId === sibling.id);
    expect(other).toMatchObject({ deviations: 0, behind: 1 });
    expect(
      view.items.map((i: { orgId: string; requirementId: string; kind: string }) => [
        i.orgId,
        i.requirementId,
        i.kind,
      ]),
    ).toEqual(
      expect.arrayContaining([
        [org.id, 'A.8.23', 'applicability'],
        [sibling.id, 'A.8.23', 'status'],
      ]),
    );
    const onlyDecisions = await deviationsOf(t, regionOfficer, group, '?kind=applicability');
    expect(onlyDecisions.items).toHaveLength(1);
    expect(onlyDecisions.items[0]).toMatchObject({
      orgId: org.id,
      baselineApplicable: true,
      applicable: false,
      justification: 'Webfiltrering leveres af regionens fælles proxy, ikke af hospitalet.',
    });

    // Following the baseline again needs no justification.
    const back = await patchEntry(t, officer, org, 'A.8.23', { applicable: null, justification: null });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ applicableSource: 'baseline', deviatesFromBaseline: false });
  });

  it('pages the deviations by member and control', async () => {
    const t = get();
    const { group } = await makeTree(t);
    const regionOfficer = await makeUser(t, group, 'security_officer');
    for (const id of ['A.5.1', 'A.5.2', 'A.5.3']) {
      await setBaseline(t, regionOfficer, group, id, { applicable: true, expectedStatus: 'implemented' });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await deviationsOf(
        t,
        regionOfficer,
        group,
        `?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(
        ...page.items.map((i: { orgId: string; requirementId: string }) => `${i.orgId}:${i.requirementId}`),
      );
      cursor = page.nextCursor;
    } while (cursor);
    // Two member organisations and a unit, three controls behind the expected status each.
    expect(seen).toHaveLength(9);
    expect(new Set(seen).size).toBe(9);
  });

  it('lets only a group’s security officer set its baseline, and only at a group', async () => {
    const t = get();
    const { group, org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const regionAdmin = await makeUser(t, group, 'admin');
    const regionOfficer = await makeUser(t, group, 'security_officer');
    expect((await setBaseline(t, officer, group, 'A.5.1', { applicable: true })).statusCode).toBe(404);
    expect((await setBaseline(t, regionAdmin, group, 'A.5.1', { applicable: true })).statusCode).toBe(403);
    const notGroup = await setBaseline(t, regionOfficer, org, 'A.5.1', { applicable: true });
    expect(notGroup.statusCode).toBe(400);
    expect(notGroup.json().error.code).toBe('soa_baseline_group_only');
    const baseline = await t.request('GET', `/api/v1/orgs/${group.id}/soa-baseline`, {
      as: regionAdmin.session,
    });
    expect(baseline.statusCode).toBe(200);
    expect(baseline.json().items).toHaveLength(93);
  });

  it('lets the group’s supervisor read the members’ SoA and deviations, and nothing it may not see', async () => {
    const t = get();
    const root = (await makeTree(t)).root;
    const ministry = await makeOrg(t, root, 'group', 'Ministeriet');
    const agency = await makeOrg(t, ministry, 'organisation', 'Styrelsen');
    const supervisor = await makeUser(t, ministry, 'supervisor');
    const headOnly = await makeUser(t, ministry, 'supervisor', { includeSubtree: false });
    const view = await deviationsOf(t, supervisor, ministry);
    expect(view.members.map((m: { orgId: string }) => m.orgId)).toEqual([agency.id]);
    expect((await deviationsOf(t, headOnly, ministry)).members).toEqual([]);
    expect(
      (await t.request('GET', `/api/v1/orgs/${agency.id}/soa`, { as: headOnly.session })).statusCode,
    ).toBe(404);
    expect(
      (
        await t.request('PUT', `/api/v1/orgs/${ministry.id}/soa-baseline/A.5.1`, {
          as: supervisor.session,
          body: { version: 0, applicable: true },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('lets members decide freely again when the baseline entry is removed', async () => {
    const t = get();
    const { group, org } = await makeTree(t);
    const regionOfficer = await makeUser(t, group, 'security_officer');
    const officer = await makeUser(t, org, 'security_officer');
    await setBaseline(t, regionOfficer, group, 'A.6.1', {
      applicable: false,
      justification: 'Varetages af HR centralt',
    });
    expect((await soaEntry(t, officer, org, 'A.6.1')).applicable).toBe(false);
    const removed = await t.request('DELETE', `/api/v1/orgs/${group.id}/soa-baseline/A.6.1`, {
      as: regionOfficer.session,
    });
    expect(removed.statusCode).toBe(204);
    expect(await soaEntry(t, officer, org, 'A.6.1')).toMatchObject({
      applicable: true,
      applicableSource: 'default',
    });
  });
});
