import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { makeAsset } from '../../test/assets-factories.ts';
import { makeTree, makeUser, type TestUser } from '../../test/factories.ts';
import { describeEachDb, type TestApp } from '../../test/harness.ts';
import { multipartBody, samplePdf } from '../../test/upload-fixtures.ts';
import type { Asset } from './assets.presenter.ts';

async function upload(
  t: TestApp,
  as: TestUser,
  orgId: string,
  name: string,
  content: Buffer,
): Promise<string> {
  const { body, contentType } = multipartBody({ name, content });
  const response = await t.request('POST', `/api/v1/orgs/${orgId}/files`, {
    as: as.session,
    body,
    headers: { 'content-type': contentType },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

async function xlsx(rows: (string | number | Date | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Aktiver');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');

async function assetsOf(t: TestApp, orgId: string, as: TestUser): Promise<Asset[]> {
  return (await t.request('GET', `/api/v1/orgs/${orgId}/assets?limit=500`, { as: as.session })).json().items;
}

const header =
  'Navn;Type;Ejer (e-mail);Kritikalitet (1-4);Fortrolighed (1-4);Integritet (1-4);Tilgængelighed (1-4);Afhænger af';

describeEachDb('asset import', (get) => {
  it('imports nothing when one row is bad, and names the row and the field', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const fileId = await upload(
      t,
      officer,
      org.id,
      'aktiver.csv',
      csv([
        header,
        'Sundhedsplatformen;System;;4;4;4;4;',
        'Røntgen;Medicinsk udstyr/IoT;;meget høj;3;4;4;Sundhedsplatformen',
        'Lønsystem;System;;2;3;3;2;',
      ]),
    );
    const refused = await t.request('POST', `/api/v1/orgs/${org.id}/assets/import`, {
      as: officer.session,
      body: { fileId },
    });
    expect(refused.statusCode).toBe(400);
    const error = refused.json().error;
    expect(error.code).toBe('asset_import_invalid');
    expect(error.message).toBe(
      'Importen er afvist, og intet er importeret: 1 fejl. Første fejl: række 3, kolonnen "Kritikalitet (1-4)".',
    );
    expect(error.details.fields).toEqual([
      {
        path: 'rows.3.criticality',
        code: 'asset_import_invalid_rating',
        message:
          'Række 3, kolonnen "Kritikalitet (1-4)": Skriv et tal fra 1 til 4 (eller lav, middel, høj, kritisk).',
      },
    ]);
    expect(await assetsOf(t, org.id, officer)).toEqual([]);
  });

  it('previews every row’s action and every error with row, column and message, writing nothing', async () => {
    const t = get();
    const { org, sibling } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const outsider = await makeUser(t, sibling, 'security_officer');
    await makeAsset(t, org, officer, { name: 'Sundhedsplatformen' });
    const fileId = await upload(
      t,
      officer,
      org.id,
      'aktiver.xlsx',
      await xlsx([
        [
          'Navn',
          'Type',
          'Ejer (e-mail)',
          'Kritikalitet (1-4)',
          'Fortrolighed (1-4)',
          'Integritet (1-4)',
          'Tilgængelighed (1-4)',
          'Afhænger af',
          'Noter',
        ],
        ['sundhedsplatformen', 'System', null, 'kritisk', 4, 4, 4, null, 'opdateres'],
        [
          'Laboratoriesystem',
          'Rumskib',
          outsider.email,
          3,
          3,
          3,
          3,
          'Sundhedsplatformen; Ukendt system',
          null,
        ],
        ['Laboratoriesystem', 'System', null, 3, 3, 3, 3, null, null],
        ['Blodbank', 'System', null, null, 3, 3, 3, null, null],
      ]),
    );
    const preview = await t.request('GET', `/api/v1/orgs/${org.id}/assets/import/preview?fileId=${fileId}`, {
      as: officer.session,
      headers: { 'accept-language': 'en' },
    });
    expect(preview.statusCode, preview.body).toBe(200);
    const body = preview.json();
    expect(body.ignoredHeaders).toEqual(['Noter']);
    expect(body.rows).toEqual([
      { row: 2, name: 'sundhedsplatformen', action: 'update', valid: true },
      { row: 3, name: 'Laboratoriesystem', action: 'create', valid: false },
      { row: 4, name: 'Laboratoriesystem', action: null, valid: false },
      { row: 5, name: 'Blodbank', action: 'create', valid: false },
    ]);
    expect(
      body.errors.map((e: { row: number; field: string; code: string }) => [e.row, e.field, e.code]),
    ).toEqual([
      [3, 'kind', 'asset_import_invalid_kind'],
      [3, 'owner', 'asset_import_unknown_owner'],
      [3, 'dependsOn', 'asset_import_unknown_dependency'],
      [4, 'name', 'asset_import_duplicate_name'],
      [5, 'criticality', 'required'],
    ]);
    expect(body.errors[0]).toMatchObject({
      column: 'Type',
      message: expect.stringContaining('Unknown kind "Rumskib"'),
    });
    expect(body.errors[2].message).toBe(
      'The asset "Ukendt system" is neither in the file nor in the register.',
    );
    expect(body.summary).toEqual({ rows: 4, create: 2, update: 1, errors: 5 });
    expect((await assetsOf(t, org.id, officer)).map((a) => a.name)).toEqual(['Sundhedsplatformen']);
  });

  it('imports a valid file in one go: creates, updates by name, owners by e-mail, dependencies by name, ranks', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const owner = await makeUser(t, org, 'risk_owner');
    const existing = await makeAsset(t, org, officer, { name: 'Netværk', criticality: 2 });
    const content = await xlsx([
      [
        'Name',
        'Kind',
        'Owner (e-mail)',
        'Criticality (1-4)',
        'Confidentiality (1-4)',
        'Integrity (1-4)',
        'Availability (1-4)',
        'Personal data',
        'Health data',
        'Legacy',
        'End of support',
        'Supplier',
        'Hosting',
        'Critical clinical process',
        'Rank',
        'Depends on',
      ],
      [
        'Netværk',
        'Service',
        null,
        4,
        2,
        3,
        4,
        'no',
        'no',
        'no',
        null,
        'Netcompany',
        'Egen drift',
        'nej',
        null,
        null,
      ],
      [
        'EPJ',
        'System',
        owner.email.toUpperCase(),
        'Kritisk',
        4,
        4,
        4,
        'ja',
        'ja',
        'nej',
        null,
        'Epic',
        'Driftsfællesskab',
        'nej',
        null,
        'Netværk',
      ],
      [
        'Gammel PACS',
        'System',
        null,
        3,
        3,
        3,
        3,
        'ja',
        'ja',
        'ja',
        new Date(Date.UTC(2023, 5, 30)),
        'Agfa',
        'Leverandørdrift',
        'nej',
        null,
        'Netværk',
      ],
      [
        'Akut modtagelse',
        'Proces',
        null,
        4,
        3,
        4,
        4,
        'ja',
        'ja',
        'nej',
        null,
        null,
        null,
        'ja',
        2,
        'EPJ; Gammel PACS',
      ],
      ['Fødegang', 'Proces', null, 4, 3, 4, 4, 'ja', 'ja', 'nej', null, null, null, 'ja', 1, 'EPJ'],
    ]);
    const fileId = await upload(t, officer, org.id, 'register.xlsx', content);
    const result = await t.request('POST', `/api/v1/orgs/${org.id}/assets/import`, {
      as: officer.session,
      body: { fileId },
    });
    expect(result.statusCode, result.body).toBe(200);
    expect(result.json()).toMatchObject({
      created: 4,
      updated: 1,
      file: { id: fileId, name: 'register.xlsx', sha256: createHash('sha256').update(content).digest('hex') },
    });
    const byName = new Map((await assetsOf(t, org.id, officer)).map((a) => [a.name, a]));
    expect(byName.get('Netværk')).toMatchObject({
      id: existing.id,
      kind: 'service',
      criticality: 4,
      version: 2,
      supplier: 'Netcompany',
    });
    expect(byName.get('EPJ')).toMatchObject({
      ownerUserId: owner.id,
      criticality: 4,
      healthData: true,
      hosting: 'shared_operations',
      dependsOn: [expect.objectContaining({ name: 'Netværk' })],
    });
    expect(byName.get('Gammel PACS')).toMatchObject({
      legacy: true,
      endOfSupport: '2023-06-30',
      unsupported: true,
      hosting: 'supplier_hosted',
    });
    expect(byName.get('Fødegang')).toMatchObject({ clinicalCritical: true, criticalRank: 1 });
    expect(byName.get('Akut modtagelse')).toMatchObject({ clinicalCritical: true, criticalRank: 2 });
    expect(byName.get('Akut modtagelse')?.dependsOn.map((d) => d.name)).toEqual(['EPJ', 'Gammel PACS']);
    const log = await t.request('GET', `/api/v1/orgs/${org.id}/audit-events?action=asset.imported`, {
      as: officer.session,
    });
    expect(log.json().items[0].after).toMatchObject({
      created: 4,
      updated: 1,
      file: { name: 'register.xlsx' },
    });
  });

  it('imports its own export again unchanged, and refuses a cycle across rows', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const a = await makeAsset(t, org, officer, { name: 'A-system' });
    await makeAsset(t, org, officer, { name: 'B-system', dependsOnIds: [a.id], ownerUserId: officer.id });
    const exported = await t.request('GET', `/api/v1/orgs/${org.id}/assets/export.xlsx`, {
      as: officer.session,
    });
    const fileId = await upload(t, officer, org.id, 'eksport.xlsx', exported.rawPayload);
    const preview = (
      await t.request('GET', `/api/v1/orgs/${org.id}/assets/import/preview?fileId=${fileId}`, {
        as: officer.session,
      })
    ).json();
    expect(preview.errors).toEqual([]);
    expect(preview.summary).toMatchObject({ create: 0, update: 2 });
    const cycle = await upload(
      t,
      officer,
      org.id,
      'cirkel.csv',
      csv([header, 'A-system;System;;2;2;2;2;B-system', 'B-system;System;;2;2;2;2;A-system']),
    );
    const refused = await t.request('POST', `/api/v1/orgs/${org.id}/assets/import`, {
      as: officer.session,
      body: { fileId: cycle },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.fields).toEqual([
      expect.objectContaining({ path: 'rows.2.dependsOn', code: 'asset_import_dependency_cycle' }),
    ]);
    expect(refused.json().error.details.fields[0].message).toContain('A-system → B-system → A-system');
  });

  it('reads only CSV and XLSX, needs a name column, and lets only the security officer import', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const owner = await makeUser(t, org, 'risk_owner');
    const pdf = await upload(t, officer, org.id, 'aktiver.pdf', samplePdf());
    const wrongType = await t.request('POST', `/api/v1/orgs/${org.id}/assets/import`, {
      as: officer.session,
      body: { fileId: pdf },
    });
    expect(wrongType.json().error.code).toBe('asset_import_file_type');
    const noName = await upload(t, officer, org.id, 'uden-navn.csv', csv(['System;Kritikalitet', 'EPJ;4']));
    const missing = await t.request('GET', `/api/v1/orgs/${org.id}/assets/import/preview?fileId=${noName}`, {
      as: officer.session,
    });
    expect(missing.json().error.code).toBe('asset_import_missing_name_column');
    const good = await upload(t, officer, org.id, 'ok.csv', csv([header, 'EPJ;System;;4;4;4;4;']));
    const byOwner = await t.request('POST', `/api/v1/orgs/${org.id}/assets/import`, {
      as: owner.session,
      body: { fileId: good },
    });
    expect(byOwner.statusCode).toBe(403);
  });
});
