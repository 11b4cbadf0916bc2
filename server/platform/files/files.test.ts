import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import type { Org } from '../../modules/orgs/orgs.presenter.ts';
import { makeTree, makeUser, type TestUser } from '../../test/factories.ts';
import { describeEachDb, type TestApp } from '../../test/harness.ts';
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
import { registerLinkTarget } from './link-targets.ts';

const limit = 64 * 1024;

/** Records of a made-up linkable kind: id → organisation. */
const testRecords = new Map<string, string>();
registerLinkTarget('test_record', async (_db, orgId, id) => testRecords.get(id) === orgId);

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function upload(
  t: TestApp,
  user: TestUser,
  org: Org,
  file: MultipartFile | null,
  fields?: Record<string, string>,
) {
  const { body, contentType } = multipartBody(file, fields);
  return t.request('POST', `/api/v1/orgs/${org.id}/files`, {
    as: user.session,
    body,
    headers: { 'content-type': contentType, 'accept-language': 'en' },
  });
}

/** Every file below a directory, relative to it. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
}

async function setup(t: TestApp) {
  const tree = await makeTree(t);
  const officer = await makeUser(t, tree.org, 'security_officer');
  return { ...tree, officer };
}

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

    it('hides a file from the sibling organisation (404), and refuses upload to employees and read-only roles (403)', async () => {
      const t = get();
      const { org, sibling, officer } = await setup(t);
      const { id } = (await upload(t, officer, org, { name: 'kontrakt.pdf', content: samplePdf() })).json();
      const outsider = await makeUser(t, sibling, 'security_officer');
      for (const url of [
        `/api/v1/orgs/${org.id}/files/${id}`,
        `/api/v1/orgs/${org.id}/files/${id}/meta`,
        `/api/v1/orgs/${org.id}/files`,
        `/api/v1/orgs/${sibling.id}/files/${id}`,
        `/api/v1/orgs/${sibling.id}/files/${id}/meta`,
      ]) {
        const response = await t.request('GET', url, { as: outsider.session });
        expect(response.statusCode, url).toBe(404);
      }
      expect((await upload(t, outsider, org, { name: 'x.pdf', content: samplePdf() })).statusCode).toBe(404);
      const deleted = await t.request('DELETE', `/api/v1/orgs/${sibling.id}/files/${id}`, {
        as: outsider.session,
      });
      expect(deleted.statusCode).toBe(404);

      const employee = await makeUser(t, org, 'employee');
      const refused = await upload(t, employee, org, { name: 'x.pdf', content: samplePdf() });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.code).toBe('forbidden');
      expect(
        (await t.request('GET', `/api/v1/orgs/${org.id}/files/${id}`, { as: employee.session })).statusCode,
      ).toBe(403);
      for (const role of ['admin', 'auditor', 'management'] as const) {
        const reader = await makeUser(t, org, role);
        expect((await upload(t, reader, org, { name: 'x.pdf', content: samplePdf() })).statusCode, role).toBe(
          403,
        );
        expect(
          (await t.request('GET', `/api/v1/orgs/${org.id}/files/${id}/meta`, { as: reader.session }))
            .statusCode,
        ).toBe(200);
      }
      // A cookie-authenticated upload without the CSRF token never reaches the parser.
      const { body, contentType } = multipartBody({ name: 'x.pdf', content: samplePdf() });
      const noCsrf = await t.request('POST', `/api/v1/orgs/${org.id}/files`, {
        as: officer.session,
        withoutCsrf: true,
        body,
        headers: { 'content-type': contentType },
      });
      expect(noCsrf.statusCode).toBe(403);
      expect(noCsrf.json().error.code).toBe('csrf_token_invalid');
    });

    it('links a file to records at upload and later, and lists the files of one record', async () => {
      const t = get();
      const { org, sibling, officer } = await setup(t);
      const recordA = crypto.randomUUID();
      const foreign = crypto.randomUUID();
      testRecords.set(recordA, org.id);
      testRecords.set(foreign, sibling.id);
      const first = await upload(
        t,
        officer,
        org,
        { name: 'certifikat.pdf', content: samplePdf() },
        { entityType: 'organisation', entityId: org.id },
      );
      expect(first.statusCode).toBe(201);
      expect(first.json().links).toMatchObject([{ entityType: 'organisation', entityId: org.id }]);
      const second = await upload(
        t,
        officer,
        org,
        { name: 'bevis.png', content: samplePng() },
        { entityType: 'test_record', entityId: recordA },
      );
      expect(second.statusCode).toBe(201);
      const firstId: string = first.json().id;
      const secondId: string = second.json().id;

      const linked = await t.request('POST', `/api/v1/orgs/${org.id}/files/${firstId}/links`, {
        as: officer.session,
        body: { entityType: 'test_record', entityId: recordA },
      });
      expect(linked.statusCode).toBe(201);
      expect(linked.json().links).toHaveLength(2);
      const again = await t.request('POST', `/api/v1/orgs/${org.id}/files/${firstId}/links`, {
        as: officer.session,
        body: { entityType: 'test_record', entityId: recordA },
      });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('file_link_exists');

      const listOf = async (query: string) => {
        const response = await t.request('GET', `/api/v1/orgs/${org.id}/files?${query}`, {
          as: officer.session,
        });
        expect(response.statusCode, response.body).toBe(200);
        return (response.json().items as { id: string }[]).map((item) => item.id);
      };
      expect(await listOf(`entityType=test_record&entityId=${recordA}`)).toEqual([secondId, firstId]);
      expect(await listOf(`entityType=organisation&entityId=${org.id}`)).toEqual([firstId]);
      expect(await listOf('')).toEqual([secondId, firstId]);
      const page1 = await t.request('GET', `/api/v1/orgs/${org.id}/files?limit=1`, { as: officer.session });
      expect(page1.json().items.map((i: { id: string }) => i.id)).toEqual([secondId]);
      expect(await listOf(`limit=1&cursor=${page1.json().nextCursor}`)).toEqual([firstId]);

      const unknownType = await upload(
        t,
        officer,
        org,
        { name: 'x.pdf', content: samplePdf() },
        { entityType: 'spaceship', entityId: recordA },
      );
      expect(unknownType.statusCode).toBe(400);
      expect(unknownType.json().error.code).toBe('file_link_target_unknown');
      const otherOrg = await t.request('POST', `/api/v1/orgs/${org.id}/files/${secondId}/links`, {
        as: officer.session,
        body: { entityType: 'test_record', entityId: foreign },
      });
      expect(otherOrg.statusCode).toBe(400);
      expect(otherOrg.json().error.code).toBe('file_link_target_not_found');
      const halfFilter = await t.request('GET', `/api/v1/orgs/${org.id}/files?entityType=test_record`, {
        as: officer.session,
      });
      expect(halfFilter.statusCode).toBe(400);

      const unlinked = await t.request(
        'DELETE',
        `/api/v1/orgs/${org.id}/files/${firstId}/links/test_record/${recordA}`,
        { as: officer.session },
      );
      expect(unlinked.statusCode).toBe(204);
      expect(await listOf(`entityType=test_record&entityId=${recordA}`)).toEqual([secondId]);
      const actions = await t.database.db
        .selectFrom('audit_events')
        .select('action')
        .where('entity_id', '=', firstId)
        .orderBy('seq')
        .execute();
      expect(actions.map((a) => a.action)).toEqual(['file.uploaded', 'file.linked', 'file.unlinked']);
    });

    it('deletes a file with its links and bytes, and the audit log keeps its name and sha256', async () => {
      const t = get();
      const { org, officer } = await setup(t);
      const pdf = samplePdf();
      const { id } = (
        await upload(
          t,
          officer,
          org,
          { name: 'slettes.pdf', content: pdf },
          { entityType: 'organisation', entityId: org.id },
        )
      ).json();
      const row = await t.database.db
        .selectFrom('files')
        .select('storage_key')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      const stored = join(t.config.dataDir, 'files', row.storage_key);
      expect(existsSync(stored)).toBe(true);
      const response = await t.request('DELETE', `/api/v1/orgs/${org.id}/files/${id}`, {
        as: officer.session,
      });
      expect(response.statusCode).toBe(204);
      expect(existsSync(stored)).toBe(false);
      expect(
        (await t.request('GET', `/api/v1/orgs/${org.id}/files/${id}/meta`, { as: officer.session }))
          .statusCode,
      ).toBe(404);
      const links = await t.database.db
        .selectFrom('file_links')
        .select('file_id')
        .where('file_id', '=', id)
        .execute();
      expect(links).toEqual([]);
      const event = await t.database.db
        .selectFrom('audit_events')
        .selectAll()
        .where('entity_id', '=', id)
        .where('action', '=', 'file.deleted')
        .executeTakeFirstOrThrow();
      expect(JSON.parse(event.before_json ?? '{}')).toMatchObject({
        name: 'slettes.pdf',
        sha256: sha256(pdf),
      });
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
  { SKJOLD_FILE_LIMIT_BYTES: String(limit) },
);
