import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { pipeline } from 'node:stream/promises';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import { type Db, type DialectName, dialectOf, openDatabase } from '../../db/database.ts';
import { migrations } from '../../db/migrations/index.ts';
import { filesDirectory } from '../files/storage.ts';

/**
 * Backup and restore of one installation: the database (a consistent SQLite snapshot; on
 * PostgreSQL, pg_dump does that part), the stored files and the instance key, in a folder with
 * a manifest holding the size and sha256 of every file. Restore verifies every checksum before
 * it touches the target, and moves existing data aside rather than deleting it.
 */

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

const entrySchema = z.object({
  path: z.string(),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const manifestSchema = z.object({
  format: z.literal('skjold-backup'),
  formatVersion: z.literal(1),
  createdAt: z.string(),
  dialect: z.enum(['sqlite', 'postgres']),
  /** Highest migration applied to the backed-up database. */
  schemaVersion: z.number().int().min(0),
  /** Path of the SQLite snapshot inside the backup; null for PostgreSQL (pg_dump holds the database). */
  database: z.string().nullable(),
  entries: z.array(entrySchema),
});

export type BackupEntry = z.infer<typeof entrySchema>;
export type BackupManifest = z.infer<typeof manifestSchema>;

const MANIFEST = 'manifest.json';
const DATABASE_ENTRY = 'database/skjold.db';
const KEY_ENTRY = 'instance/secret.key';
const KEY_FILE = 'secret.key';

/** Only these paths may appear in a manifest: nothing can be written outside the target. */
const entryPathPattern = /^(?:database|files|instance)(?:\/[A-Za-z0-9._-]+)+$/;

const stampOf = (date: Date) => date.toISOString().replace(/[:.]/g, '-');

/** The database URL with its password (and password-like query parameters) replaced by ****. */
export function maskDatabaseUrl(url: string): string {
  if (url.startsWith('sqlite:')) return url;
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '****';
    for (const key of [...parsed.searchParams.keys()]) {
      if (/pass|secret|key|token/i.test(key)) parsed.searchParams.set(key, '****');
    }
    return parsed.toString();
  } catch {
    return `${url.split(':')[0]}://****`;
  }
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

/** Copies a file and returns the sha256 of the bytes written, computed on the way through. */
async function copyWithHash(from: string, to: string): Promise<{ size: number; sha256: string }> {
  await mkdir(dirname(to), { recursive: true });
  const hash = createHash('sha256');
  let size = 0;
  await pipeline(
    createReadStream(from),
    async function* (source: AsyncIterable<Buffer>) {
      for await (const chunk of source) {
        hash.update(chunk);
        size += chunk.length;
        yield chunk;
      }
    },
    createWriteStream(to, { flags: 'wx', mode: 0o600, flush: true }),
  );
  return { size, sha256: hash.digest('hex') };
}

/** Every regular file below `dir`, as paths relative to it with `/` separators. */
async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

function sqliteFileOf(config: Pick<Config, 'databaseUrl'>): string {
  return resolve(config.databaseUrl.slice('sqlite:'.length));
}

async function schemaVersionOf(db: Db): Promise<number> {
  const row = await db
    .selectFrom('schema_migrations')
    .select((eb) => eb.fn.max('version').as('version'))
    .executeTakeFirst();
  return Number(row?.version ?? 0);
}

type FileRef = { id: string; name: string; storage_key: string; sha256: string };

/** The file rows of a SQLite snapshot, read without changing the snapshot. */
function fileRowsOfSnapshot(path: string): FileRef[] {
  const snapshot = new DatabaseSync(path, { readOnly: true });
  try {
    const table = snapshot
      .prepare("select name from sqlite_master where type = 'table' and name = 'files'")
      .get();
    if (!table) return [];
    return snapshot.prepare('select id, name, storage_key, sha256 from files').all() as FileRef[];
  } finally {
    snapshot.close();
  }
}

async function fileRowsOf(db: Db): Promise<FileRef[]> {
  const tables = await db.introspection.getTables();
  if (!tables.some((table) => table.name === 'files')) return [];
  return db.selectFrom('files').select(['id', 'name', 'storage_key', 'sha256']).execute();
}

export type BackupResult = {
  folder: string;
  manifest: BackupManifest;
  /** sha256 of manifest.json: note it down apart from the backup to detect a rewritten manifest. */
  manifestSha256: string;
  /** File rows whose bytes were missing or did not match their sha256 when the backup was taken. */
  warnings: string[];
  includedKey: boolean;
};

export async function createBackup(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
  options: { outDir?: string; includeKey?: boolean; now?: Date } = {},
): Promise<BackupResult> {
  const dialect = dialectOf(config.databaseUrl);
  if (dialect === 'sqlite' && !existsSync(sqliteFileOf(config))) {
    throw new BackupError(`No database at ${sqliteFileOf(config)}.`);
  }
  const parent = resolve(options.outDir ?? join(config.dataDir, 'backups'));
  await mkdir(parent, { recursive: true });
  const folder = join(parent, `skjold-backup-${stampOf(options.now ?? new Date())}`);
  await mkdir(folder);
  try {
    const entries: BackupEntry[] = [];
    const database = openDatabase(config.databaseUrl);
    let schemaVersion: number;
    let fileRows: FileRef[];
    try {
      schemaVersion = await schemaVersionOf(database.db);
      if (dialect === 'sqlite') {
        // VACUUM INTO writes a consistent, compacted snapshot while the server keeps running.
        const snapshot = join(folder, DATABASE_ENTRY);
        await mkdir(dirname(snapshot), { recursive: true });
        await sql`vacuum into ${snapshot}`.execute(database.db);
        entries.push({
          path: DATABASE_ENTRY,
          size: (await stat(snapshot)).size,
          sha256: await sha256Of(snapshot),
        });
        fileRows = fileRowsOfSnapshot(snapshot);
      } else {
        fileRows = await fileRowsOf(database.db);
      }
    } finally {
      await database.close();
    }

    // Files after the snapshot: bytes are stored before their row commits, so every row in the
    // snapshot has its bytes here unless the file was deleted in between (reported below).
    const filesDir = filesDirectory(config);
    for (const path of await listFiles(filesDir)) {
      if (path.endsWith('.part')) continue;
      const copied = await copyWithHash(join(filesDir, path), join(folder, 'files', path));
      entries.push({ path: `files/${path}`, ...copied });
    }
    const keyFile = join(config.dataDir, KEY_FILE);
    const includedKey = (options.includeKey ?? true) && existsSync(keyFile);
    if (includedKey) {
      entries.push({ path: KEY_ENTRY, ...(await copyWithHash(keyFile, join(folder, KEY_ENTRY))) });
    }

    const byPath = new Map(entries.map((entry) => [entry.path, entry]));
    const warnings = fileRows.flatMap((row) => {
      const entry = byPath.get(`files/${row.storage_key}`);
      if (!entry) return [`file ${row.id} (${row.name}): its bytes are missing from the files directory`];
      if (entry.sha256 !== row.sha256)
        return [`file ${row.id} (${row.name}): its bytes do not match its sha256`];
      return [];
    });

    const manifest: BackupManifest = {
      format: 'skjold-backup',
      formatVersion: 1,
      createdAt: (options.now ?? new Date()).toISOString(),
      dialect,
      schemaVersion,
      database: dialect === 'sqlite' ? DATABASE_ENTRY : null,
      entries,
    };
    const text = `${JSON.stringify(manifest, null, 2)}\n`;
    await writeFile(join(folder, MANIFEST), text, { flag: 'wx', mode: 0o600 });
    const manifestSha256 = createHash('sha256').update(text).digest('hex');
    return { folder, manifest, manifestSha256, warnings, includedKey };
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
}

/** Reads the manifest and checks the size and sha256 of every entry; throws on the first problems. */
export async function verifyBackup(
  folder: string,
): Promise<{ manifest: BackupManifest; manifestSha256: string }> {
  let text: string;
  try {
    text = await readFile(join(folder, MANIFEST), 'utf8');
  } catch {
    throw new BackupError(`${folder} is not a Skjold backup: it has no ${MANIFEST}.`);
  }
  let parsed: ReturnType<typeof manifestSchema.safeParse>;
  try {
    parsed = manifestSchema.safeParse(JSON.parse(text));
  } catch {
    throw new BackupError(`${MANIFEST} is not valid JSON.`);
  }
  if (!parsed.success) throw new BackupError(`${MANIFEST} is not a Skjold backup manifest (format 1).`);
  const manifest = parsed.data;
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const entry of manifest.entries) {
    if (
      !entryPathPattern.test(entry.path) ||
      entry.path.split('/').some((part) => part === '.' || part === '..')
    ) {
      problems.push(`${entry.path}: not an allowed path`);
      continue;
    }
    if (seen.has(entry.path)) problems.push(`${entry.path}: listed twice`);
    seen.add(entry.path);
    const path = join(folder, entry.path);
    if (!existsSync(path)) {
      problems.push(`${entry.path}: missing`);
      continue;
    }
    const { size } = await stat(path);
    if (size !== entry.size) problems.push(`${entry.path}: size ${size}, manifest says ${entry.size}`);
    else if ((await sha256Of(path)) !== entry.sha256) problems.push(`${entry.path}: sha256 does not match`);
  }
  if (manifest.database !== null && !seen.has(manifest.database)) {
    problems.push(`${manifest.database}: the database snapshot is not in the manifest`);
  }
  if (problems.length) {
    const shown = problems.slice(0, 10).join('\n  ');
    const more = problems.length > 10 ? `\n  … and ${problems.length - 10} more` : '';
    throw new BackupError(`The backup failed verification, nothing was restored:\n  ${shown}${more}`);
  }
  return { manifest, manifestSha256: createHash('sha256').update(text).digest('hex') };
}

export type RestoreResult = {
  manifest: BackupManifest;
  manifestSha256: string;
  dialect: DialectName;
  databaseFile: string | null;
  filesRestored: number;
  keyRestored: boolean;
  /** Existing data moved aside by --force (never deleted). */
  movedAside: string[];
};

async function isNonEmptyFile(path: string): Promise<boolean> {
  return existsSync(path) && (await stat(path)).size > 0;
}

/**
 * Restores a verified backup into the configured database file and data directory. Refuses a
 * target that holds data unless `force`; then the existing data is renamed with a
 * `.before-restore-<time>` suffix. Each piece is copied next to its destination (checking the
 * sha256 again on the way) and renamed into place. The server must be stopped.
 */
export async function restoreBackup(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
  options: { from: string; force?: boolean; now?: Date },
): Promise<RestoreResult> {
  const from = resolve(options.from);
  const { manifest, manifestSha256 } = await verifyBackup(from);
  const dialect = dialectOf(config.databaseUrl);
  if (manifest.dialect !== dialect) {
    throw new BackupError(`The backup is of a ${manifest.dialect} installation; DATABASE_URL is ${dialect}.`);
  }
  const known = Math.max(...migrations.map((migration) => migration.version));
  if (manifest.schemaVersion > known) {
    throw new BackupError(
      `The backup has schema version ${manifest.schemaVersion}; this Skjold knows up to ${known}. Restore it with a newer Skjold.`,
    );
  }

  const databaseFile = dialect === 'sqlite' ? sqliteFileOf(config) : null;
  const filesDir = resolve(filesDirectory(config));
  const keyFile = resolve(config.dataDir, KEY_FILE);
  const keyEntry = manifest.entries.find((entry) => entry.path === KEY_ENTRY);
  const occupied: string[] = [];
  if (databaseFile) {
    for (const path of [databaseFile, `${databaseFile}-wal`])
      if (await isNonEmptyFile(path)) occupied.push(path);
  }
  if ((await listFiles(filesDir)).length > 0) occupied.push(filesDir);
  if (keyEntry && existsSync(keyFile)) occupied.push(keyFile);
  if (occupied.length && !options.force) {
    throw new BackupError(
      `The target is not empty:\n  ${occupied.join('\n  ')}\nStop the server and use --force to restore anyway (the current data is moved aside, not deleted).`,
    );
  }

  // Copy everything next to its destination first, so a failure leaves the target untouched.
  const token = randomBytes(4).toString('hex');
  const staged = {
    database: databaseFile ? `${databaseFile}.restoring-${token}` : null,
    files: `${filesDir}.restoring-${token}`,
    key: `${keyFile}.restoring-${token}`,
  };
  const copyChecked = async (entry: BackupEntry, to: string) => {
    const copied = await copyWithHash(join(from, entry.path), to);
    if (copied.sha256 !== entry.sha256) throw new BackupError(`${entry.path} changed while it was restored.`);
  };
  let filesRestored = 0;
  try {
    await mkdir(staged.files, { recursive: true });
    for (const entry of manifest.entries) {
      if (entry.path === manifest.database && staged.database) await copyChecked(entry, staged.database);
      else if (entry.path.startsWith('files/')) {
        await copyChecked(entry, join(staged.files, entry.path.slice('files/'.length)));
        filesRestored += 1;
      } else if (entry.path === KEY_ENTRY) await copyChecked(entry, staged.key);
    }
  } catch (error) {
    await Promise.all(
      [staged.database, staged.files, staged.key].map(
        (path) => path && rm(path, { recursive: true, force: true }),
      ),
    );
    throw error;
  }

  const aside = `.before-restore-${stampOf(options.now ?? new Date())}`;
  const movedAside: string[] = [];
  const moveAside = async (path: string) => {
    if (!existsSync(path)) return;
    const info = await stat(path);
    const empty = info.isDirectory() ? (await listFiles(path)).length === 0 : info.size === 0;
    if (empty) {
      await rm(path, { recursive: true, force: true });
      return;
    }
    await rename(path, path + aside);
    movedAside.push(path + aside);
  };
  if (databaseFile && staged.database) {
    // The WAL and shared-memory files belong to the old database: left behind they would be
    // replayed into the restored one.
    for (const path of [databaseFile, `${databaseFile}-wal`, `${databaseFile}-shm`]) await moveAside(path);
    await rename(staged.database, databaseFile);
  }
  await moveAside(filesDir);
  await rename(staged.files, filesDir);
  if (keyEntry) {
    await moveAside(keyFile);
    await rename(staged.key, keyFile);
  }
  return {
    manifest,
    manifestSha256,
    dialect,
    databaseFile,
    filesRestored,
    keyRestored: Boolean(keyEntry),
    movedAside,
  };
}
