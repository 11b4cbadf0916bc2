import { expect, it } from 'vitest';
import { getSoa, makeClinic, patchEntry } from '../../test/controls-factories.ts';
import { makeOrg, makeRoot, makeTree, makeUser } from '../../test/factories.ts';
import { describeEachDb } from '../../test/harness.ts';

describeEachDb('controls: frameworks in scope', (get) => {
  it('defaults regions, hospitals and units to Annex A and organisations directly under the sector root to the clinic nine', async () => {
    const t = get();
    const { group, org, unit } = await makeTree(t);
    const clinic = await makeClinic(t);
    const regionOfficer = await makeUser(t, group, 'security_officer');
    const clinicOwner = await makeUser(t, clinic, 'security_officer');
    for (const target of [group, org, unit]) {
      const scope = await t.request('GET', `/api/v1/orgs/${target.id}/control-scope`, {
        as: regionOfficer.session,
      });
      expect(scope.json(), target.name).toMatchObject({ profile: 'standard', frameworks: ['iso27001_2022'] });
    }
    const scope = await t.request('GET', `/api/v1/orgs/${clinic.id}/control-scope`, {
      as: clinicOwner.session,
    });
    expect(scope.json()).toMatchObject({ profile: 'clinic', source: 'default', frameworks: ['clinic_nine'] });
  });

  it('lets the sector admin mark an organisation as a clinic without reading its SoA', async () => {
    const t = get();
    const root = await makeRoot(t);
    const sectorAdmin = await makeUser(t, root, 'admin');
    const practice = await makeOrg(t, (await makeTree(t)).group, 'organisation', 'Praktiserende speciallæge');
    const changed = await t.request('PATCH', `/api/v1/orgs/${practice.id}/control-scope`, {
      as: sectorAdmin.session,
      body: { version: 0, profile: 'clinic' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      profile: 'clinic',
      source: 'own',
      frameworks: ['clinic_nine'],
      version: 1,
    });
    expect(
      (await t.request('GET', `/api/v1/orgs/${practice.id}/soa`, { as: sectorAdmin.session })).statusCode,
    ).toBe(403);
    const same = await t.request('PATCH', `/api/v1/orgs/${practice.id}/control-scope`, {
      as: sectorAdmin.session,
      body: { version: 1, profile: 'clinic', frameworks: ['clinic_nine', 'iso27001_2022'] },
    });
    expect(same.json().frameworks).toEqual(['iso27001_2022', 'clinic_nine']);
    // Naming the same profile again keeps the frameworks; a new profile brings its defaults.
    const again = await t.request('PATCH', `/api/v1/orgs/${practice.id}/control-scope`, {
      as: sectorAdmin.session,
      body: { version: 2, profile: 'clinic' },
    });
    expect(again.json().frameworks).toEqual(['iso27001_2022', 'clinic_nine']);
    const standard = await t.request('PATCH', `/api/v1/orgs/${practice.id}/control-scope`, {
      as: sectorAdmin.session,
      body: { version: 3, profile: 'standard' },
    });
    expect(standard.json()).toMatchObject({ profile: 'standard', frameworks: ['iso27001_2022'], version: 4 });
    const stale = await t.request('PATCH', `/api/v1/orgs/${practice.id}/control-scope`, {
      as: sectorAdmin.session,
      body: { version: 0, profile: 'standard' },
    });
    expect(stale.statusCode).toBe(409);
  });

  it('keeps the decisions of a framework taken out of scope and shows them again when it returns', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const contributor = await makeUser(t, org, 'contributor');
    const add = await t.request('PATCH', `/api/v1/orgs/${org.id}/control-scope`, {
      as: officer.session,
      body: { version: 0, frameworks: ['iso27001_2022', 'nis2_art21', 'gdpr_art32', 'cyberforsvar'] },
    });
    expect(add.statusCode, add.body).toBe(200);
    expect((await getSoa(t, officer, org)).items).toHaveLength(93 + 10 + 5 + 4);
    expect((await patchEntry(t, officer, org, 'NIS2.b', { status: 'implemented' })).statusCode).toBe(200);
    await t.request('PATCH', `/api/v1/orgs/${org.id}/control-scope`, {
      as: officer.session,
      body: { version: 1, frameworks: ['iso27001_2022'] },
    });
    expect((await getSoa(t, officer, org)).items).toHaveLength(93);
    await t.request('PATCH', `/api/v1/orgs/${org.id}/control-scope`, {
      as: officer.session,
      body: { version: 2, frameworks: ['iso27001_2022', 'nis2_art21'] },
    });
    const back = await getSoa(t, officer, org, '?framework=nis2_art21');
    expect(back.items.find((i) => i.requirementId === 'NIS2.b')?.status).toBe('implemented');

    const duplicate = await t.request('PATCH', `/api/v1/orgs/${org.id}/control-scope`, {
      as: officer.session,
      body: { version: 3, frameworks: ['nis2_art21', 'nis2_art21'] },
    });
    expect(duplicate.statusCode).toBe(400);
    const refused = await t.request('PATCH', `/api/v1/orgs/${org.id}/control-scope`, {
      as: contributor.session,
      body: { version: 3, frameworks: [] },
    });
    expect(refused.statusCode).toBe(403);
    const log = await t.request('GET', `/api/v1/orgs/${org.id}/audit-events?entityType=control_scope`, {
      as: officer.session,
    });
    expect(log.json().items).toHaveLength(3);
  });

  it('serves the catalogue with both languages and the mappings from either side', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const employee = await makeUser(t, org, 'employee');
    const list = await t.request('GET', '/api/v1/control-frameworks', { as: employee.session });
    expect(
      list.json().items.map((f: { id: string; requirementCount: number }) => [f.id, f.requirementCount]),
    ).toEqual([
      ['iso27001_2022', 93],
      ['nis2_art21', 10],
      ['gdpr_art32', 5],
      ['clinic_nine', 9],
      ['cyberforsvar', 4],
    ]);
    const annexA = (
      await t.request('GET', '/api/v1/control-frameworks/iso27001_2022', { as: employee.session })
    ).json();
    expect(annexA.themes.map((theme: { requirementCount: number }) => theme.requirementCount)).toEqual([
      37, 8, 14, 34,
    ]);
    const backup = annexA.requirements.find((r: { id: string }) => r.id === 'A.8.13');
    expect(backup.mappedTo.map((r: { id: string }) => r.id)).toEqual(
      expect.arrayContaining(['NIS2.c', 'GDPR32.1.c', 'CLINIC.6']),
    );
    const nis2 = (
      await t.request('GET', '/api/v1/control-frameworks/nis2_art21', { as: employee.session })
    ).json();
    expect(nis2.requirements[7]).toMatchObject({ id: 'NIS2.h', mappedTo: [{ id: 'A.8.24' }] });
    expect((await t.request('GET', '/api/v1/control-frameworks')).statusCode).toBe(401);
  });
});
