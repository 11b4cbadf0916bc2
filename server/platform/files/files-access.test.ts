import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { makeUser } from '../../test/factories.ts';
import { describeEachDb } from '../../test/harness.ts';
import { multipartBody, samplePdf, samplePng } from '../../test/upload-fixtures.ts';
import { fileLimitEnv, setup, sha256, testRecords, upload } from './files-test-helpers.ts';

describeEachDb(
  'files: access, links and deletion',
  (get) => {
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
  },
  fileLimitEnv,
);
