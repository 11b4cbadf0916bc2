import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { addDaysToDate, todayLocal } from '../../platform/clock.ts';
import { makeAsset } from '../../test/assets-factories.ts';
import { makeTree, makeUser } from '../../test/factories.ts';
import { describeEachDb } from '../../test/harness.ts';
import type { Asset } from './assets.presenter.ts';

describeEachDb('assets', (get) => {
  it('registers an asset with owner, CIA, data flags, legacy end of support, supplier and hosting', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const owner = await makeUser(t, org, 'risk_owner');
    const asset = await makeAsset(t, org, officer, {
      name: 'Infusionspumper, intensiv',
      kind: 'device',
      description: 'Netværksforbundne pumper på intensivafsnittet',
      ownerUserId: owner.id,
      criticality: 4,
      confidentiality: 2,
      integrity: 4,
      availability: 4,
      personalData: true,
      healthData: true,
      legacy: true,
      endOfSupport: addDaysToDate(todayLocal(), -1),
      supplier: 'MedTek A/S',
      hosting: 'on_premises',
    });
    expect(asset).toMatchObject({
      kind: 'device',
      ownerName: owner.name,
      criticality: 4,
      healthData: true,
      legacy: true,
      unsupported: true,
      supplier: 'MedTek A/S',
      hosting: 'on_premises',
      clinicalCritical: false,
      criticalRank: null,
      version: 1,
    });
  });

  it('refuses health data without personal data, a critical non-process, a duplicate name and an owner without access', async () => {
    const t = get();
    const { org, sibling } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const outsider = await makeUser(t, sibling, 'risk_owner');
    const base = { kind: 'system', criticality: 2, confidentiality: 2, integrity: 2, availability: 2 };
    const post = (body: Record<string, unknown>) =>
      t.request('POST', `/api/v1/orgs/${org.id}/assets`, { as: officer.session, body: { ...base, ...body } });
    const health = await post({ name: 'Journal', healthData: true });
    expect(health.json().error.details.fields[0]).toMatchObject({
      path: 'personalData',
      code: 'asset_health_data_personal',
    });
    const critical = await post({ name: 'Server', clinicalCritical: true });
    expect(critical.json().error.details.fields[0]).toMatchObject({
      path: 'clinicalCritical',
      code: 'asset_critical_process_kind',
    });
    await makeAsset(t, org, officer, { name: 'Sundhedsplatformen' });
    const duplicate = await post({ name: 'SUNDHEDSPLATFORMEN' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error).toMatchObject({ code: 'asset_name_taken' });
    expect(duplicate.json().error.message).toContain('Sundhedsplatformen');
    const foreignOwner = await post({ name: 'Ejerløs', ownerUserId: outsider.id });
    expect(foreignOwner.json().error.details.fields[0]).toMatchObject({
      path: 'ownerUserId',
      code: 'owner_not_member',
    });
    const rating = await post({ name: 'Dårlig', criticality: 5 });
    expect(rating.statusCode).toBe(400);
    expect(rating.json().error.details.fields[0].path).toBe('criticality');
  });

  it('refuses a dependency that would close a cycle, naming the cycle', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const network = await makeAsset(t, org, officer, { name: 'Netværk' });
    const server = await makeAsset(t, org, officer, { name: 'Server', dependsOnIds: [network.id] });
    const app = await makeAsset(t, org, officer, { name: 'EPJ', dependsOnIds: [server.id] });
    const cycle = await t.request('POST', `/api/v1/orgs/${org.id}/assets/${network.id}/dependencies`, {
      as: officer.session,
      body: { dependsOnId: app.id },
    });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().error.code).toBe('asset_dependency_cycle');
    expect(cycle.json().error.message).toContain('Netværk → EPJ → Server → Netværk');
    const self = await t.request('PATCH', `/api/v1/orgs/${org.id}/assets/${network.id}`, {
      as: officer.session,
      body: { version: network.version, dependsOnIds: [network.id] },
    });
    expect(self.json().error.details.fields[0]).toMatchObject({ code: 'asset_dependency_self' });
    const fine = await t.request('POST', `/api/v1/orgs/${org.id}/assets/${app.id}/dependencies`, {
      as: officer.session,
      body: { dependsOnId: network.id },
    });
    expect(fine.statusCode).toBe(201);
    expect(fine.json().dependsOn.map((a: { name: string }) => a.name)).toEqual(['Netværk', 'Server']);
  });

  it('answers what breaks if an asset fails, nearest first, with the critical processes hit', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const power = await makeAsset(t, org, officer, { name: 'Nødstrøm', kind: 'location' });
    const network = await makeAsset(t, org, officer, {
      name: 'Sundhedsdatanettet',
      kind: 'service',
      dependsOnIds: [power.id],
    });
    const lab = await makeAsset(t, org, officer, {
      name: 'Laboratoriesystem',
      dependsOnIds: [network.id],
      criticality: 4,
    });
    const sampling = await makeAsset(t, org, officer, {
      name: 'Blodprøvetagning',
      kind: 'process',
      clinicalCritical: true,
      dependsOnIds: [lab.id],
    });
    const unrelated = await makeAsset(t, org, officer, { name: 'Intranet' });
    const impact = (
      await t.request('GET', `/api/v1/orgs/${org.id}/assets/${power.id}/impact`, { as: officer.session })
    ).json();
    expect(
      impact.dependents.map((d: { asset: { name: string }; depth: number }) => [d.asset.name, d.depth]),
    ).toEqual([
      ['Sundhedsdatanettet', 1],
      ['Laboratoriesystem', 2],
      ['Blodprøvetagning', 3],
    ]);
    expect(impact.criticalProcesses).toEqual([
      { id: sampling.id, name: 'Blodprøvetagning', rank: 1, depth: 3 },
    ]);
    expect(impact.summary).toMatchObject({ dependents: 3, highestCriticality: 4 });
    const graph = (
      await t.request('GET', `/api/v1/orgs/${org.id}/assets/graph?assetId=${lab.id}&depth=1`, {
        as: officer.session,
      })
    ).json();
    expect(graph.nodes.map((n: { name: string }) => n.name).sort()).toEqual([
      'Blodprøvetagning',
      'Laboratoriesystem',
      'Sundhedsdatanettet',
    ]);
    expect(graph.edges).toEqual(
      expect.arrayContaining([
        { from: lab.id, to: network.id },
        { from: sampling.id, to: lab.id },
      ]),
    );
    const whole = (
      await t.request('GET', `/api/v1/orgs/${org.id}/assets/graph`, { as: officer.session })
    ).json();
    expect(whole.nodes.map((n: { id: string }) => n.id)).toContain(unrelated.id);
    expect(whole.edges).toHaveLength(3);
  });

  it('ranks the critical clinical processes and gives the yearly overview with supporting systems and suppliers', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const management = await makeUser(t, org, 'management');
    const epj = await makeAsset(t, org, officer, { name: 'EPJ', supplier: 'Epic', legacy: false });
    const pacs = await makeAsset(t, org, officer, {
      name: 'PACS',
      supplier: 'Agfa',
      legacy: true,
      endOfSupport: '2024-12-31',
    });
    const ct = await makeAsset(t, org, officer, {
      name: 'CT-scanner',
      kind: 'device',
      supplier: 'Siemens',
      dependsOnIds: [pacs.id],
    });
    const acute = await makeAsset(t, org, officer, {
      name: 'Akut modtagelse',
      kind: 'process',
      clinicalCritical: true,
      dependsOnIds: [epj.id, ct.id],
    });
    const medication = await makeAsset(t, org, officer, {
      name: 'Medicinhåndtering',
      kind: 'process',
      clinicalCritical: true,
      dependsOnIds: [epj.id],
    });
    expect([acute.criticalRank, medication.criticalRank]).toEqual([1, 2]);
    const refused = await t.request('PUT', `/api/v1/orgs/${org.id}/assets/critical-processes/order`, {
      as: officer.session,
      body: { assetIds: [medication.id] },
    });
    expect(refused.json().error.code).toBe('asset_critical_order_mismatch');
    const byManagement = await t.request('PUT', `/api/v1/orgs/${org.id}/assets/critical-processes/order`, {
      as: management.session,
      body: { assetIds: [medication.id, acute.id] },
    });
    expect(byManagement.statusCode).toBe(403);
    const ranked = await t.request('PUT', `/api/v1/orgs/${org.id}/assets/critical-processes/order`, {
      as: officer.session,
      body: { assetIds: [medication.id, acute.id] },
    });
    expect(ranked.statusCode).toBe(200);
    const overview = ranked.json();
    expect(
      overview.items.map((i: { rank: number; process: { name: string } }) => [i.rank, i.process.name]),
    ).toEqual([
      [1, 'Medicinhåndtering'],
      [2, 'Akut modtagelse'],
    ]);
    const acuteItem = overview.items[1];
    expect(
      acuteItem.supporting.map((s: { asset: { name: string }; depth: number }) => [s.asset.name, s.depth]),
    ).toEqual([
      ['CT-scanner', 1],
      ['EPJ', 1],
      ['PACS', 2],
    ]);
    expect(acuteItem).toMatchObject({
      suppliers: ['Agfa', 'Epic', 'Siemens'],
      legacy: 1,
      unsupported: 1,
      devices: 1,
    });
    const unmark = await t.request('PATCH', `/api/v1/orgs/${org.id}/assets/${medication.id}`, {
      as: officer.session,
      body: { version: medication.version, clinicalCritical: false },
    });
    expect(unmark.json()).toMatchObject({ clinicalCritical: false, criticalRank: null });
    const again = (
      await t.request('GET', `/api/v1/orgs/${org.id}/assets/${acute.id}`, { as: officer.session })
    ).json();
    expect(again.criticalRank).toBe(1);

    const xlsx = await t.request('GET', `/api/v1/orgs/${org.id}/assets/critical-processes.xlsx`, {
      as: management.session,
    });
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Kritiske processer',
      'Understøttende aktiver',
      'Forsyningskæder',
      'Legacy og udstyr',
    ]);
    expect(workbook.getWorksheet('Kritiske processer')?.getRow(2).values).toEqual(
      expect.arrayContaining([1, 'Akut modtagelse']),
    );
    const chains = workbook.getWorksheet('Forsyningskæder');
    expect(chains?.getRow(2).values).toEqual(expect.arrayContaining(['Agfa', 'PACS', '1. Akut modtagelse']));
  });

  it('lets a risk owner change the assets they own, a contributor those they registered, and nobody else', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const owner = await makeUser(t, org, 'risk_owner');
    const contributor = await makeUser(t, org, 'contributor');
    const auditor = await makeUser(t, org, 'auditor');
    const owned = await makeAsset(t, org, owner, { ownerUserId: owner.id });
    const notForOwner = await t.request('POST', `/api/v1/orgs/${org.id}/assets`, {
      as: owner.session,
      body: {
        name: 'Andres',
        kind: 'system',
        criticality: 1,
        confidentiality: 1,
        integrity: 1,
        availability: 1,
      },
    });
    expect(notForOwner.statusCode).toBe(403);
    const registered = await makeAsset(t, org, contributor);
    const foreign = await makeAsset(t, org, officer);
    const patch = (as: typeof owner, asset: Asset, body: Record<string, unknown>) =>
      t.request('PATCH', `/api/v1/orgs/${org.id}/assets/${asset.id}`, {
        as: as.session,
        body: { version: asset.version, ...body },
      });
    expect((await patch(owner, owned, { criticality: 4 })).statusCode).toBe(200);
    expect((await patch(owner, foreign, { criticality: 4 })).statusCode).toBe(403);
    expect((await patch(contributor, registered, { description: 'Rettet' })).statusCode).toBe(200);
    expect((await patch(contributor, foreign, { description: 'Rettet' })).statusCode).toBe(403);
    expect((await patch(auditor, foreign, { description: 'Rettet' })).statusCode).toBe(403);
    const stale = await patch(officer, owned, { criticality: 1 });
    expect(stale.statusCode).toBe(409);
  });

  it('hides assets from siblings, lists the subtree for the parent, filters and sorts Danish names', async () => {
    const t = get();
    const { group, org, unit, sibling } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const regionOfficer = await makeUser(t, group, 'security_officer');
    const siblingOfficer = await makeUser(t, sibling, 'security_officer');
    for (const name of ['Ølkøleren', 'Åreladning', 'Apotek', 'Æskelager']) {
      await makeAsset(t, org, officer, { name, criticality: name === 'Apotek' ? 4 : 2 });
    }
    const unitAsset = await makeAsset(t, unit, regionOfficer, {
      name: 'Afdelingens printer',
      kind: 'device',
    });
    const names = (await t.request('GET', `/api/v1/orgs/${org.id}/assets?sort=name`, { as: officer.session }))
      .json()
      .items.map((a: Asset) => a.name);
    expect(names).toEqual(['Apotek', 'Æskelager', 'Ølkøleren', 'Åreladning']);
    const critical = (
      await t.request('GET', `/api/v1/orgs/${org.id}/assets?sort=-criticality&limit=1`, {
        as: officer.session,
      })
    ).json();
    expect(critical.items.map((a: Asset) => a.name)).toEqual(['Apotek']);
    expect(critical.nextCursor).not.toBeNull();
    const subtree = (
      await t.request('GET', `/api/v1/orgs/${org.id}/assets?subtree=true&kind=device`, {
        as: officer.session,
      })
    ).json();
    expect(subtree.items.map((a: Asset) => a.id)).toEqual([unitAsset.id]);
    expect(
      (await t.request('GET', `/api/v1/orgs/${org.id}/assets`, { as: siblingOfficer.session })).statusCode,
    ).toBe(404);
    expect(
      (
        await t.request('GET', `/api/v1/orgs/${sibling.id}/assets/${unitAsset.id}`, {
          as: siblingOfficer.session,
        })
      ).statusCode,
    ).toBe(404);
  });

  it('exports the register as XLSX in the columns the import reads', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const network = await makeAsset(t, org, officer, { name: 'Netværk', ownerUserId: officer.id });
    await makeAsset(t, org, officer, {
      name: 'EPJ',
      dependsOnIds: [network.id],
      personalData: true,
      healthData: true,
      hosting: 'shared_operations',
    });
    const response = await t.request('GET', `/api/v1/orgs/${org.id}/assets/export.xlsx`, {
      as: officer.session,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('aktivregister.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      'Navn',
      'Type',
      'Beskrivelse',
      'Ejer (e-mail)',
      'Kritikalitet (1-4)',
      'Fortrolighed (1-4)',
      'Integritet (1-4)',
      'Tilgængelighed (1-4)',
      'Personoplysninger',
      'Helbredsoplysninger',
      'Legacy',
      'Support ophører',
      'Leverandør',
      'Drift',
      'Kritisk klinisk proces',
      'Rang',
      'Afhænger af',
    ]);
    expect(sheet?.getRow(2).values).toEqual(
      expect.arrayContaining(['EPJ', 'System', 'Ja', 'Driftsfællesskab', 'Netværk']),
    );
    expect(sheet?.getRow(3).values).toEqual(expect.arrayContaining(['Netværk', officer.email]));
  });
});
