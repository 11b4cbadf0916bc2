import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { makeUser } from '../../test/factories.ts';
import { describeEachDb } from '../../test/harness.ts';
import {
  type MultipartFile,
  multipartBody,
  sampleDocx,
  sampleElf,
  sampleExe,
  sampleOds,
  samplePdf,
  samplePng,
  zipOf,
} from '../../test/upload-fixtures.ts';
import { fileLimitEnv, filesUnder, limit, setup, sha256, testRecords, upload } from './files-test-helpers.ts';

describeEachDb(
  'files',
  (get) => {
    it('stores an uploaded PDF with the type detected from its bytes, its sha256 and an audit event', async () => {
      const t = get();
      const { org, officer } = await setup(t);
      const pdf = samplePdf();
      const response = await upload(t, officer, org, {
        name: 'Risikovurdering 2026 – æøå.pdf',
        content: pdf,
        contentType: 'text/html',
      });
      expect(response.statusCode).toBe(201);
      const file = response.json();
      expect(file).toMatchObject({
        orgId: org.id,
        name: 'Risikovurdering 2026 – æøå.pdf',
        contentType: 'application/pdf',
        size: pdf.length,
        sha256: sha256(pdf),
        uploadedBy: officer.id,
        uploadedByName: officer.name,
        links: [],
      });
      const row = await t.database.db
        .selectFrom('files')
        .selectAll()
        .where('id', '=', file.id)
        .executeTakeFirstOrThrow();
      expect(row.storage_key).toBe(`${file.sha256.slice(0, 2)}/${file.sha256.slice(2, 4)}/${file.id}`);
      expect(readFileSync(join(t.config.dataDir, 'files', row.storage_key)).equals(pdf)).toBe(true);
      const event = await t.database.db
        .selectFrom('audit_events')
        .selectAll()
        .where('entity_id', '=', file.id)
        .executeTakeFirstOrThrow();
      expect(event).toMatchObject({ action: 'file.uploaded', org_id: org.id, actor_id: officer.id });
      expect(JSON.parse(event.after_json ?? '{}')).toMatchObject({ sha256: file.sha256, name: file.name });
      expect(filesUnder(join(t.config.dataDir, 'tmp'))).toEqual([]);
    });

    it('serves a download as an attachment with nosniff, the stored type and a sandbox CSP', async () => {
      const t = get();
      const { org, officer } = await setup(t);
      const auditor = await makeUser(t, org, 'auditor');
      const pdf = samplePdf();
      const { id } = (await upload(t, officer, org, { name: 'Beredskabsplan: ø?.pdf', content: pdf })).json();
      const response = await t.request('GET', `/api/v1/orgs/${org.id}/files/${id}`, { as: auditor.session });
      expect(response.statusCode).toBe(200);
      expect(response.rawPayload.equals(pdf)).toBe(true);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-length']).toBe(String(pdf.length));
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
      expect(response.headers['cache-control']).toBe('private, no-store');
      const disposition = response.headers['content-disposition'] as string;
      expect(disposition).toMatch(/^attachment; /);
      expect(disposition).not.toContain('inline');
      expect(disposition).toContain(`filename*=UTF-8''Beredskabsplan_%20%C3%B8_.pdf`);
      expect(disposition).toContain('filename="Beredskabsplan_ __.pdf"');
    });

    it('refuses HTML, JavaScript and SVG named .pdf with 415 file_type_not_allowed', async () => {
      const t = get();
      const { org, officer } = await setup(t);
      const disguised = [
        '<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>',
        'fetch("/api/v1/me").then((r) => r.text()).then(console.log);',
        '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
      ];
      for (const content of disguised) {
        const response = await upload(t, officer, org, {
          name: 'faktura.pdf',
          content: Buffer.from(content),
          contentType: 'application/pdf',
        });
        expect(response.statusCode, content).toBe(415);
        expect(response.json().error.code).toBe('file_type_not_allowed');
      }
      const htmlAsText = await upload(t, officer, org, {
        name: 'noter.txt',
        content: Buffer.from('  <html><script>alert(1)</script></html>'),
      });
      expect(htmlAsText.statusCode).toBe(415);
      const count = await t.database.db
        .selectFrom('files')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('org_id', '=', org.id)
        .executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(0);
    });

    it('refuses executables and plain archives whatever their name', async () => {
      const t = get();
      const { org, officer } = await setup(t);
      const cases: MultipartFile[] = [
        { name: 'rapport.pdf', content: sampleElf() },
        { name: 'backup-tool', content: sampleElf() },
        { name: 'setup.exe', content: sampleExe() },
        { name: 'scan.pdf', content: sampleExe() },
        { name: 'dokument.docx', content: zipOf({ 'readme.txt': 'not office', 'payload.js': 'alert(1)' }) },
        { name: 'arkiv.zip', content: zipOf({ 'a.txt': 'a' }) },
      ];
      for (const file of cases) {
        const response = await upload(t, officer, org, file);
        expect(response.statusCode, file.name).toBe(415);
        expect(response.json().error.code).toBe('file_type_not_allowed');
      }
    });

    it('accepts the allowed types when the extension matches the bytes, and only then', async () => {
      const t = get();
      const { org, officer } = await setup(t);
      const accepted: [MultipartFile, string][] = [
        [{ name: 'logo.png', content: samplePng() }, 'image/png'],
        [
          { name: 'politik.docx', content: sampleDocx() },
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        ],
        [{ name: 'budget.ods', content: sampleOds() }, 'application/vnd.oasis.opendocument.spreadsheet'],
        [
          { name: 'aktiver.csv', content: Buffer.from('navn;ejer\r\nJournal;Ørsted\r\n') },
          'text/csv; charset=utf-8',
        ],
        [
          { name: 'noter.txt', content: Buffer.from('Åbne punkter:\n\t- Æblehaven\n') },
          'text/plain; charset=utf-8',
        ],
      ];
      for (const [file, contentType] of accepted) {
        const response = await upload(t, officer, org, file);
        expect(response.statusCode, `${file.name}: ${response.body}`).toBe(201);
        expect(response.json().contentType).toBe(contentType);
      }
      const refused: MultipartFile[] = [
        { name: 'logo.pdf', content: samplePng() },
        { name: 'politik.txt', content: sampleDocx() },
        { name: 'aktiver.csv', content: Buffer.from('navn;ejer\r\nJournal;\0rsted\r\n') },
        { name: 'latin1.csv', content: Buffer.from('navn;ejer\r\nJournal;Ørsted\r\n', 'latin1') },
        { name: 'uden-endelse', content: Buffer.from('tekst') },
      ];
      for (const file of refused) {
        const response = await upload(t, officer, org, file);
        expect(response.statusCode, file.name).toBe(415);
      }
    });

    it('refuses a file over the limit with 413 file_too_large, leaving neither a row nor stored bytes', async () => {
      const t = get();
      const { org, officer } = await setup(t);
      const storedBefore = filesUnder(join(t.config.dataDir, 'files'));
      // Just over the limit: the parser stops at the limit while the file streams in.
      const justOver = await upload(t, officer, org, { name: 'stor.pdf', content: samplePdf(limit + 1) });
      expect(justOver.statusCode).toBe(413);
      expect(justOver.json().error).toMatchObject({
        code: 'file_too_large',
        message: 'The file is too large. The largest allowed size is 64 KiB.',
      });
      // Far over: refused from the declared length before the body is read.
      const farOver = await upload(t, officer, org, {
        name: 'meget-stor.pdf',
        content: samplePdf(limit * 4),
      });
      expect(farOver.statusCode).toBe(413);
      expect(farOver.json().error.code).toBe('file_too_large');
      const rows = await t.database.db
        .selectFrom('files')
        .select('id')
        .where('org_id', '=', org.id)
        .execute();
      expect(rows).toEqual([]);
      expect(filesUnder(join(t.config.dataDir, 'files'))).toEqual(storedBefore);
      expect(filesUnder(join(t.config.dataDir, 'tmp'))).toEqual([]);
      const exactly = await upload(t, officer, org, { name: 'præcis.pdf', content: samplePdf(limit) });
      expect(exactly.statusCode).toBe(201);
      expect(exactly.json().size).toBe(limit);
    });

    it('removes the stored bytes again when the transaction rolls back', async () => {
      const t = get();
      const { org, officer } = await setup(t);
      const before = filesUnder(join(t.config.dataDir, 'files'));
      // A link insert that fails inside the transaction, after the bytes were stored.
      if (t.dialect === 'sqlite') {
        await sql`create trigger explode before insert on file_links when new.entity_id = 'explode'
          begin select raise(abort, 'boom'); end`.execute(t.database.db);
      } else {
        await sql`create function explode() returns trigger language plpgsql as
          $$ begin if new.entity_id = 'explode' then raise exception 'boom'; end if; return new; end $$`.execute(
          t.database.db,
        );
        await sql`create trigger explode before insert on file_links for each row execute function explode()`.execute(
          t.database.db,
        );
      }
      testRecords.set('explode', org.id);
      const response = await upload(
        t,
        officer,
        org,
        { name: 'ok.pdf', content: samplePdf() },
        { entityType: 'test_record', entityId: 'explode' },
      );
      expect(response.statusCode).toBe(500);
      await sql`drop trigger explode${sql.raw(t.dialect === 'postgres' ? ' on file_links' : '')}`.execute(
        t.database.db,
      );
      const rows = await t.database.db
        .selectFrom('files')
        .select('id')
        .where('org_id', '=', org.id)
        .execute();
      expect(rows).toEqual([]);
      expect(filesUnder(join(t.config.dataDir, 'files'))).toEqual(before);
      expect(filesUnder(join(t.config.dataDir, 'tmp'))).toEqual([]);
    });

    it('answers malformed uploads with 4xx: not multipart, no file, two files, an empty file', async () => {
      const t = get();
      const { org, officer } = await setup(t);
      const json = await t.request('POST', `/api/v1/orgs/${org.id}/files`, {
        as: officer.session,
        body: { file: 'x' },
      });
      expect(json.statusCode).toBe(415);
      expect(json.json().error.code).toBe('multipart_required');
      const noFile = await upload(t, officer, org, null, { entityType: 'organisation' });
      expect(noFile.statusCode).toBe(400);
      expect(noFile.json().error.code).toBe('file_missing');
      const wrongField = await upload(t, officer, org, {
        field: 'attachment',
        name: 'x.pdf',
        content: samplePdf(),
      });
      expect(wrongField.statusCode).toBe(400);
      const empty = await upload(t, officer, org, { name: 'tom.txt', content: Buffer.alloc(0) });
      expect(empty.statusCode).toBe(400);
      expect(empty.json().error.code).toBe('file_empty');
      const two = multipartBody([
        { name: 'a.pdf', content: samplePdf() },
        { name: 'b.pdf', content: samplePdf() },
      ]);
      const twoFiles = await t.request('POST', `/api/v1/orgs/${org.id}/files`, {
        as: officer.session,
        body: two.body,
        headers: { 'content-type': two.contentType },
      });
      expect(twoFiles.statusCode).toBe(400);
      const noBoundary = await t.request('POST', `/api/v1/orgs/${org.id}/files`, {
        as: officer.session,
        body: 'garbage',
        headers: { 'content-type': 'multipart/form-data' },
      });
      expect(noBoundary.statusCode).toBeGreaterThanOrEqual(400);
      expect(noBoundary.statusCode).toBeLessThan(500);
      expect(filesUnder(join(t.config.dataDir, 'tmp'))).toEqual([]);
    });
  },
  fileLimitEnv,
);
