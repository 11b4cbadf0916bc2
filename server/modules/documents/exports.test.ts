import { expect, it } from 'vitest';
import { approveAndPublish, makeDocument, reviseDocument } from '../../test/documents-factories.ts';
import { makeOrg, makeTree, makeUser } from '../../test/factories.ts';
import { describeEachDb } from '../../test/harness.ts';
import { pdfText } from '../../test/pdf-text.ts';
import { multipartBody, samplePdf } from '../../test/upload-fixtures.ts';
import { zipEntries } from '../../test/zip-entries.ts';

/** The text a PDF from pdfkit shows: hex strings of its (compressed) content streams, decoded as Latin-1. */
describeEachDb('document exports and public documents', (get) => {
  it('exports DOCX and PDF with the body and the revision table', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer', { name: 'Tove Jensen' });
    const management = await makeUser(t, org, 'management', { name: 'Direktør Lund' });
    const document = await makeDocument(t, org, officer, {
      kind: 'policy',
      title: 'Informationssikkerhedspolitik',
      bodyHtml:
        '<h2>Formål</h2><p>Oplysninger skal være <strong>korrekte</strong>.</p><ol><li>Første</li><li>Anden</li></ol><table><tr><th>Rolle</th><th>Ansvar</th></tr><tr><td>Ledelse</td><td>Godkender</td></tr></table>',
    });
    await approveAndPublish(
      t,
      org,
      document,
      { author: officer, approver: management },
      {
        changeSummary: 'Første udgave godkendt af direktionen',
      },
    );
    const base = `/api/v1/orgs/${org.id}/documents/${document.id}/export`;
    const docx = await t.request('GET', `${base}?format=docx`, { as: officer.session });
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.headers['content-disposition']).toContain('Informationssikkerhedspolitik v1.docx');
    const xml = zipEntries(docx.rawPayload).get('word/document.xml')?.toString('utf8') ?? '';
    for (const text of [
      'Informationssikkerhedspolitik',
      'Formål',
      'Revisionshistorik',
      'Første udgave godkendt af direktionen',
      'Direktør Lund',
      'Godkender',
    ]) {
      expect(xml).toContain(text);
    }

    const pdf = await t.request('GET', `${base}?format=pdf&lang=en`, { as: officer.session });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf.rawPayload);
    for (const fragment of [
      'Revision history',
      'Direktør Lund',
      'Første udgave godkendt af direktionen',
      'Formål',
    ]) {
      expect(text.replace(/\s+/g, ' ')).toContain(fragment);
    }
  });

  it('serves a public document as JSON, an accessible page and a PDF, and nothing that is not public', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const other = await makeUser(t, org, 'security_officer');
    const publicDoc = await makeDocument(t, org, officer, {
      kind: 'guideline',
      title: 'Retningslinje for sikker mail',
      classification: 'public',
      bodyHtml: '<h1>Sikker mail</h1><p>Brug altid sikker mail til patientdata.</p>',
    });
    expect(publicDoc.publicPath).toBeNull();
    const { document } = await approveAndPublish(
      t,
      org,
      publicDoc,
      { author: officer, approver: other },
      {
        changeSummary: 'Første udgave',
      },
    );
    const path = document.publicPath as string;
    expect(path).toMatch(/^\/p\/documents\/[A-Za-z0-9_-]+$/);
    const publicId = path.split('/').at(-1) as string;

    const json = await t.request('GET', `/api/v1/public/documents/${publicId}`);
    expect(json.statusCode).toBe(200);
    expect(json.json()).toMatchObject({
      title: 'Retningslinje for sikker mail',
      versionNumber: 1,
      revisions: [expect.objectContaining({ versionNumber: 1, changeSummary: 'Første udgave' })],
      pdfPath: `${path}.pdf`,
    });

    const page = await t.request('GET', path);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<html lang="da">');
    expect(page.body.match(/<h1>/g)).toHaveLength(1);
    expect(page.body).toContain('<h2>Sikker mail</h2>');
    expect(page.body).toContain('<caption>Revisionshistorik</caption>');
    expect(page.body).toContain('<th scope="col">Godkendt af</th>');
    const english = await t.request('GET', `${path}?lang=en`);
    expect(english.body).toContain('<html lang="en">');
    expect(english.body).toContain('<caption>Revision history</caption>');
    const pdf = await t.request('GET', `${path}.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdfText(pdf.rawPayload)).toContain('Revisionshistorik');

    const internal = await makeDocument(t, org, officer, { title: 'Intern instruks' });
    await approveAndPublish(t, org, internal, { author: officer, approver: other });
    const row = await t.database.db
      .selectFrom('documents')
      .select('public_id')
      .where('id', '=', internal.id)
      .executeTakeFirstOrThrow();
    expect((await t.request('GET', `/api/v1/public/documents/${row.public_id}`)).statusCode).toBe(404);
    expect((await t.request('GET', `/p/documents/${row.public_id}`)).statusCode).toBe(404);

    await t.request('PATCH', `/api/v1/orgs/${org.id}/documents/${publicDoc.id}`, {
      as: officer.session,
      body: { version: document.version, archived: true },
    });
    expect((await t.request('GET', path)).statusCode).toBe(404);
    expect((await t.request('GET', '/p/documents/not-a-valid-id!')).statusCode).toBe(400);
  });

  it('takes a PDF as the body, lets the audience download it, and keeps it with new drafts', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const unit = await makeOrg(t, org, 'unit', 'Sengeafsnit');
    const officer = await makeUser(t, org, 'security_officer');
    const other = await makeUser(t, org, 'security_officer');
    const nurse = await makeUser(t, unit, 'employee');
    const bytes = samplePdf(2000);
    const { body, contentType } = multipartBody({ name: 'beredskabsplan.pdf', content: bytes });
    const uploaded = await t.request('POST', `/api/v1/orgs/${org.id}/files`, {
      as: officer.session,
      body,
      headers: { 'content-type': contentType },
    });
    expect(uploaded.statusCode).toBe(201);
    const fileId = uploaded.json().id as string;
    const document = await makeDocument(t, org, officer, {
      kind: 'plan',
      title: 'Beredskabsplan',
      bodyHtml: undefined,
      bodyFileId: fileId,
    });
    const both = await makeDocument(t, org, officer, { title: 'Begge dele', bodyFileId: fileId }).catch(
      (e: Error) => e,
    );
    expect(String(both)).toContain('document_body_both');
    const { version } = await approveAndPublish(t, org, document, { author: officer, approver: other });
    expect(version).toMatchObject({
      bodyFormat: 'file',
      bodyFile: { id: fileId, name: 'beredskabsplan.pdf' },
    });

    const download = await t.request(
      'GET',
      `/api/v1/orgs/${org.id}/documents/${document.id}/versions/${version.id}/file`,
      { as: nurse.session },
    );
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(download.rawPayload, bytes)).toBe(0);
    const meta = await t.request('GET', `/api/v1/orgs/${org.id}/files/${fileId}/meta`, {
      as: officer.session,
    });
    expect(meta.json().links).toEqual([
      expect.objectContaining({ entityType: 'document_version', entityId: version.id }),
    ]);

    const next = await reviseDocument(t, org, document.id, officer, {
      bodyHtml: '',
      changeSummary: 'Ny kontaktliste',
    });
    expect(next).toMatchObject({ bodyFormat: 'file', bodyFile: { id: fileId } });

    const image = multipartBody({ name: 'x.txt', content: Buffer.from('tekst') });
    const text = await t.request('POST', `/api/v1/orgs/${org.id}/files`, {
      as: officer.session,
      body: image.body,
      headers: { 'content-type': image.contentType },
    });
    const wrongType = await t.request(
      'PATCH',
      `/api/v1/orgs/${org.id}/documents/${document.id}/versions/${next.id}`,
      {
        as: officer.session,
        body: { version: next.version, bodyFileId: text.json().id },
      },
    );
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error.code).toBe('document_body_file_invalid');
  });
});
