import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli.ts';
import { type Db, openDatabase } from '../../db/database.ts';
import { makeTree, makeUser } from '../../test/factories.ts';
import { startTestApp, type TestApp } from '../../test/harness.ts';
import { testDialects } from '../../test/test-database.ts';
import { multipartBody, samplePdf, samplePng } from '../../test/upload-fixtures.ts';
import { maskDatabaseUrl } from './backup.ts';

/** Runs the CLI and returns its exit code and what it printed. */
async function cli(argv: string[], env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const { log, error } = console;
  console.log = (...args: unknown[]) => out.push(args.join(' '));
  console.error = (...args: unknown[]) => err.push(args.join(' '));
  try {
    const code = await runCli(argv, { SKJOLD_LOG_LEVEL: 'silent', ...env });
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    console.log = log;
    console.error = error;
  }
}

const tables = [
  'organisations',
  'users',
  'memberships',
  'files',
  'file_links',
  'audit_events',
  'audit_heads',
  'schema_migrations',
] as const;

/** Every row of the tables that matter, in a stable order. */
async function dump(db: Db) {
  const result: Record<string, string[]> = {};
  for (const table of tables) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db);
    result[table] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return result;
}

const temporary: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
};

async function seed(t: TestApp) {
  const { org } = await makeTree(t);
  const admin = await makeUser(t, org, 'admin');
  const officer = await makeUser(t, org, 'security_officer');
  await t.request('POST', `/api/v1/orgs/${org.id}/members`, {
    as: admin.session,
    body: { email: 'ny@test.skjold.dk', name: 'Ny Medarbejder', role: 'employee' },
  });
  const uploads = [
    { name: 'Risikovurdering.pdf', content: samplePdf() },
    { name: 'diagram.png', content: samplePng() },
  ];
  const files: { id: string; content: Buffer }[] = [];
  for (const file of uploads) {
    const { body, contentType } = multipartBody(file, { entityType: 'organisation', entityId: org.id });
    const response = await t.request('POST', `/api/v1/orgs/${org.id}/files`, {
      as: officer.session,
      body,
      headers: { 'content-type': contentType },
    });
    expect(response.statusCode, response.body).toBe(201);
    files.push({ id: response.json().id, content: file.content });
  }
  return { org, files };
}

describe('backup and restore [sqlite]', () => {
  let t: TestApp;
  let stop: () => Promise<void>;
  let env: Record<string, string>;
  let seeded: Awaited<ReturnType<typeof seed>>;
  let backupFolder: string;

  beforeAll(async () => {
    ({ t, stop } = await startTestApp('sqlite'));
    env = { DATABASE_URL: t.config.databaseUrl, SKJOLD_DATA_DIR: t.config.dataDir };
    seeded = await seed(t);
    // An installation without SKJOLD_SECRET_KEY keeps its key in the data directory.
    writeFileSync(join(t.config.dataDir, 'secret.key'), 'a2V5LW9mLXRoZS1pbnN0YW5jZS1mb3ItdGhlLXRlc3Q=');
    const out = tempDir('skjold-backups-');
    const result = await cli(['backup', '--out', out], env);
    expect(result.code, result.stderr).toBe(0);
    const [folder] = readdirSync(out);
    if (!folder) throw new Error('no backup folder');
    backupFolder = join(out, folder);
    expect(result.stdout).toContain(`Backup written to ${backupFolder}`);
    expect(result.stdout).toContain('files: 2');
  });

  afterAll(async () => {
    await stop();
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  });

  it('writes a manifest with the sha256 of the database snapshot, every file and the instance key', () => {
    const manifest = JSON.parse(readFileSync(join(backupFolder, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ format: 'skjold-backup', formatVersion: 1, dialect: 'sqlite' });
    const paths = manifest.entries.map((entry: { path: string }) => entry.path);
    expect(paths).toContain('database/skjold.db');
    expect(paths).toContain('instance/secret.key');
    expect(paths.filter((path: string) => path.startsWith('files/'))).toHaveLength(2);
  });

  it('restores into a fresh data directory: same records, identical file bytes, intact audit chain', async () => {
    const fresh = tempDir('skjold-restore-');
    const target = { DATABASE_URL: `sqlite:${join(fresh, 'skjold.db')}`, SKJOLD_DATA_DIR: fresh };
    const restored = await cli(['restore', '--from', backupFolder], target);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toContain('Audit log intact');

    const copy = openDatabase(target.DATABASE_URL);
    try {
      const original = await dump(t.database.db);
      expect(original.audit_events?.length).toBeGreaterThan(5);
      expect(await dump(copy.db)).toEqual(original);
      for (const file of seeded.files) {
        const row = await copy.db
          .selectFrom('files')
          .select('storage_key')
          .where('id', '=', file.id)
          .executeTakeFirstOrThrow();
        expect(readFileSync(join(fresh, 'files', row.storage_key)).equals(file.content)).toBe(true);
      }
    } finally {
      await copy.close();
    }
    expect(readFileSync(join(fresh, 'secret.key'), 'utf8')).toBe(
      readFileSync(join(t.config.dataDir, 'secret.key'), 'utf8'),
    );
    const verified = await cli(['audit', 'verify'], target);
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toContain('Audit log intact');
  });

  it('refuses to overwrite a target that holds data unless --force, and then moves the old data aside', async () => {
    const fresh = tempDir('skjold-restore-');
    const target = { DATABASE_URL: `sqlite:${join(fresh, 'skjold.db')}`, SKJOLD_DATA_DIR: fresh };
    expect((await cli(['restore', '--from', backupFolder], target)).code).toBe(0);
    const refused = await cli(['restore', '--from', backupFolder], target);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('The target is not empty');
    expect(refused.stderr).toContain('--force');
    const forced = await cli(['restore', '--from', backupFolder, '--force'], target);
    expect(forced.code, forced.stderr).toBe(0);
    const aside = readdirSync(fresh).filter((name) => name.includes('.before-restore-'));
    expect(aside).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^skjold\.db\.before-restore-/),
        expect.stringMatching(/^files\.before-restore-/),
        expect.stringMatching(/^secret\.key\.before-restore-/),
      ]),
    );
    expect((await cli(['audit', 'verify'], target)).code).toBe(0);
  });

  it('refuses a tampered backup (one changed byte in a file or in the database) and restores nothing', async () => {
    const manifest = JSON.parse(readFileSync(join(backupFolder, 'manifest.json'), 'utf8'));
    const fileEntry = manifest.entries.find((entry: { path: string }) => entry.path.startsWith('files/'));
    for (const victim of [fileEntry.path as string, 'database/skjold.db']) {
      const tampered = join(tempDir('skjold-tampered-'), 'backup');
      cpSync(backupFolder, tampered, { recursive: true });
      const bytes = readFileSync(join(tampered, victim));
      const at = Math.floor(bytes.length / 2);
      bytes[at] = (bytes[at] ?? 0) ^ 0x01;
      writeFileSync(join(tampered, victim), bytes);
      const fresh = tempDir('skjold-restore-');
      const result = await cli(['restore', '--from', tampered], {
        DATABASE_URL: `sqlite:${join(fresh, 'skjold.db')}`,
        SKJOLD_DATA_DIR: fresh,
      });
      expect(result.code, victim).toBe(1);
      expect(result.stderr).toContain(`${victim}: sha256 does not match`);
      expect(readdirSync(fresh)).toEqual([]);
    }
  });

  it('refuses a manifest that points outside the backup', async () => {
    const tampered = join(tempDir('skjold-tampered-'), 'backup');
    cpSync(backupFolder, tampered, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(tampered, 'manifest.json'), 'utf8'));
    manifest.entries.push({ path: 'files/../../../etc/passwd', size: 1, sha256: '0'.repeat(64) });
    writeFileSync(join(tampered, 'manifest.json'), JSON.stringify(manifest));
    const fresh = tempDir('skjold-restore-');
    const result = await cli(['restore', '--from', tampered], {
      DATABASE_URL: `sqlite:${join(fresh, 'skjold.db')}`,
      SKJOLD_DATA_DIR: fresh,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('not an allowed path');
    expect(existsSync(join(fresh, 'skjold.db'))).toBe(false);
  });
});

describe('maskDatabaseUrl', () => {
  it('hides the password and password-like parameters, and keeps the rest', () => {
    expect(maskDatabaseUrl('postgres://skjold:s3cr%40t@db.region.dk:5432/skjold?sslmode=require')).toBe(
      'postgres://skjold:****@db.region.dk:5432/skjold?sslmode=require',
    );
    expect(maskDatabaseUrl('postgresql://db/skjold?password=hemmelig')).toBe(
      'postgresql://db/skjold?password=****',
    );
    expect(maskDatabaseUrl('postgres://postgres@127.0.0.1/skjold')).toBe(
      'postgres://postgres@127.0.0.1/skjold',
    );
    expect(maskDatabaseUrl('sqlite:./data/skjold.db')).toBe('sqlite:./data/skjold.db');
  });
});

if (testDialects.includes('postgres')) {
  describe('backup and restore [postgres]', () => {
    let t: TestApp;
    let stop: () => Promise<void>;
    beforeAll(async () => {
      ({ t, stop } = await startTestApp('postgres'));
    });
    afterAll(async () => {
      await stop();
    });

    it('copies the files, explains pg_dump and pg_restore without printing the password, and restores the files', async () => {
      const { files } = await seed(t);
      const url = new URL(t.config.databaseUrl);
      url.password = 'ikke-vis-mig';
      const env = { DATABASE_URL: url.toString(), SKJOLD_DATA_DIR: t.config.dataDir };
      const out = tempDir('skjold-backups-');
      const backup = await cli(['backup', '--out', out], env);
      expect(backup.code, backup.stderr).toBe(0);
      expect(backup.stdout).toContain('pg_dump --format=custom');
      expect(backup.stdout).toContain('pg_restore --clean');
      expect(backup.stdout).toContain(':****@');
      expect(`${backup.stdout}${backup.stderr}`).not.toContain('ikke-vis-mig');
      const folder = join(out, readdirSync(out)[0] ?? '');
      const fresh = tempDir('skjold-restore-');
      const restore = await cli(['restore', '--from', folder], { ...env, SKJOLD_DATA_DIR: fresh });
      expect(restore.code, restore.stderr).toBe(0);
      expect(restore.stdout).toContain('pg_restore --clean');
      expect(restore.stdout).not.toContain('ikke-vis-mig');
      expect(readdirSync(join(fresh, 'files'), { recursive: true }).length).toBeGreaterThanOrEqual(
        files.length,
      );
    });
  });
}
