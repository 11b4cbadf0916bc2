import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeTree, makeUser, type TestUser } from '../../test/factories.ts';
import type { TestApp } from '../../test/harness.ts';
import { type MultipartFile, multipartBody } from '../../test/upload-fixtures.ts';
import { registerLinkTarget } from './link-targets.ts';

/** What the files tests share (files.test.ts, files-access.test.ts). */

/** The upload limit the tests run with (SKJOLD_FILE_LIMIT_BYTES). */
export const limit = 64 * 1024;
export const fileLimitEnv = { SKJOLD_FILE_LIMIT_BYTES: String(limit) };

/** Records of a made-up linkable kind: id → organisation. */
export const testRecords = new Map<string, string>();
registerLinkTarget('test_record', async (_db, orgId, id) => testRecords.get(id) === orgId);

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

export function upload(
  t: TestApp,
  user: TestUser,
  org: { id: string },
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
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
}

export async function setup(t: TestApp) {
  const tree = await makeTree(t);
  const officer = await makeUser(t, tree.org, 'security_officer');
  return { ...tree, officer };
}
