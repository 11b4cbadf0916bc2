import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { makeClinic, patchEntry } from '../../test/controls-factories.ts';
import { makeTree, makeUser } from '../../test/factories.ts';
import { describeEachDb } from '../../test/harness.ts';
import { pdfText } from './soa-export.presenter.ts';

describeEachDb('controls: SoA export', (get) => {
  it('exports the SoA as an XLSX workbook with organisation, date, version and every control', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    await patchEntry(t, officer, org, 'A.7.4', {
      applicable: false,
      justification: 'Bygningen overvåges af regionens vagtcentral.',
    });
    await patchEntry(t, officer, org, 'A.5.1', { status: 'implemented' });
    const response = await t.request('GET', `/api/v1/orgs/${org.id}/soa.xlsx`, { as: officer.session });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename=".*\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('ISO 27001 bilag A');
    expect(sheet).toBeDefined();
    const rows: string[][] = [];
    sheet?.eachRow((row) => {
      rows.push(
        (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))),
      );
    });
    expect(rows[0]?.[0]).toContain('Anvendelseserklæring');
    expect(rows).toContainEqual(expect.arrayContaining(['Organisation', org.name]));
    expect(rows).toContainEqual(['Version', '3']);
    const header = rows.findIndex((row) => row[0] === 'Nr.');
    expect(rows[header]).toEqual(expect.arrayContaining(['Kontrol', 'Relevant', 'Begrundelse', 'Status']));
    const body = rows.slice(header + 1);
    expect(body).toHaveLength(93);
    expect(body.map((row) => row[0])).toContain('8.34');
    expect(body.find((row) => row[0] === '7.4')).toEqual(
      expect.arrayContaining(['Nej', 'Bygningen overvåges af regionens vagtcentral.', 'Ikke relevant']),
    );
    expect(body.find((row) => row[0] === '5.1')).toEqual(expect.arrayContaining(['Ja', 'Implementeret']));
  });

  it('exports the SoA as a PDF, with English headings when asked in English', async () => {
    const t = get();
    const clinic = await makeClinic(t, 'Øjenklinikken Århus');
    const owner = await makeUser(t, clinic, 'security_officer');
    const response = await t.request('GET', `/api/v1/orgs/${clinic.id}/soa.pdf`, { as: owner.session });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(response.rawPayload.subarray(-6).toString('latin1')).toContain('%%EOF');
    const english = await t.request('GET', `/api/v1/orgs/${clinic.id}/soa.xlsx`, {
      as: owner.session,
      headers: { 'accept-language': 'en' },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(english.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Nine clinic recommendations');
    expect(sheet?.getRow(1).getCell(1).value).toBe(
      'Statement of Applicability – Nine recommendations for clinics',
    );
  });

  it('refuses the export to whoever may not read the SoA', async () => {
    const t = get();
    const { org, sibling } = await makeTree(t);
    const siblingOfficer = await makeUser(t, sibling, 'security_officer');
    const employee = await makeUser(t, org, 'employee');
    expect(
      (await t.request('GET', `/api/v1/orgs/${org.id}/soa.pdf`, { as: siblingOfficer.session })).statusCode,
    ).toBe(404);
    expect(
      (await t.request('GET', `/api/v1/orgs/${org.id}/soa.xlsx`, { as: employee.session })).statusCode,
    ).toBe(403);
  });

  it('keeps Danish letters in the PDF and replaces what its built-in font cannot draw', () => {
    expect(pdfText('Ærø – “Øjenklinik” 12 €\nÅbenrå')).toBe('Ærø – “Øjenklinik” 12 €\nÅbenrå');
    expect(pdfText('Gdańsk ő → 😀')).toBe('Gdansk o ? ?');
  });
});
