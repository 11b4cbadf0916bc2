import type { Config } from '../../config.ts';
import { openDatabase } from '../../db/database.ts';
import { verifyAuditChains } from '../audit.ts';
import { formatBytes } from '../files/file-types.ts';
import { BackupError, createBackup, maskDatabaseUrl, restoreBackup } from './backup.ts';

export const backupUsage = `  backup [--out <dir>] [--without-key]      copy the database (SQLite snapshot), the files and the instance
                                            key into <dir>/skjold-backup-<time>/ with a sha256 manifest
                                            (default <data dir>/backups); on PostgreSQL prints the pg_dump step
  restore --from <backup folder> [--force]  verify every checksum, then restore database, files and key;
                                            refuses a target holding data unless --force (moved aside)`;

export type BackupOptions = { out?: string; from?: string; force?: boolean; 'without-key'?: boolean };

/** Driver errors should never echo the password, but a message is no place to find out. */
function withoutPassword(message: string, databaseUrl: string): string {
  try {
    const { password } = new URL(databaseUrl);
    if (!password) return message;
    return message.replaceAll(password, '****').replaceAll(decodeURIComponent(password), '****');
  } catch {
    return message;
  }
}

const quote = (value: string) => `'${value.replaceAll("'", "'\\''")}'`;

function pgRestoreLine(config: Pick<Config, 'databaseUrl'>, folder: string): string {
  const dump = `${folder.replace(/\/+$/, '')}/database.pgdump`;
  return `  pg_restore --clean --if-exists --no-owner --dbname=${quote(maskDatabaseUrl(config.databaseUrl))} ${quote(dump)}`;
}

const passwordHint = (config: Pick<Config, 'databaseUrl'>) =>
  maskDatabaseUrl(config.databaseUrl).includes('****')
    ? ['The password is masked: give it through PGPASSWORD or ~/.pgpass, not on the command line.']
    : [];

function pgBackupSteps(config: Pick<Config, 'databaseUrl'>, folder: string): string {
  const url = maskDatabaseUrl(config.databaseUrl);
  return [
    'PostgreSQL: this backup holds the files, the instance key and the manifest; pg_dump holds the database.',
    'For a consistent pair, run pg_dump first and this backup right after it (a file row in the dump then',
    'always has its bytes here):',
    `  pg_dump --format=custom --no-owner --file=${quote(`${folder}/database.pgdump`)} --dbname=${quote(url)}`,
    'To restore, stop the servers, then:',
    pgRestoreLine(config, folder),
    `  npm run cli -- restore --from ${quote(folder)}`,
    ...passwordHint(config),
  ].join('\n');
}

/** `cli backup` and `cli restore`: run before the CLI opens the database, and never migrate it. */
export async function runBackupCommand(
  command: 'backup' | 'restore',
  options: BackupOptions,
  config: Config,
): Promise<number> {
  try {
    if (command === 'backup') {
      const result = await createBackup(config, { outDir: options.out, includeKey: !options['without-key'] });
      const files = result.manifest.entries.filter((entry) => entry.path.startsWith('files/'));
      const database = result.manifest.entries.find((entry) => entry.path === result.manifest.database);
      console.log(`Backup written to ${result.folder}`);
      if (database) console.log(`  database: SQLite snapshot, ${formatBytes(database.size)}`);
      console.log(
        `  files: ${files.length}, ${formatBytes(files.reduce((sum, entry) => sum + entry.size, 0))}`,
      );
      console.log(
        result.includedKey
          ? '  instance key: included (it decrypts stored TOTP secrets): keep the backup as safe as the database'
          : '  instance key: not included (SKJOLD_SECRET_KEY, --without-key or none yet): keep it apart from the backup',
      );
      console.log(`  manifest sha256: ${result.manifestSha256}  (note it down apart from the backup)`);
      for (const warning of result.warnings) console.error(`WARNING: ${warning}`);
      if (result.manifest.dialect === 'postgres') console.log(`\n${pgBackupSteps(config, result.folder)}`);
      return 0;
    }
    if (!options.from) {
      console.error('restore needs --from <backup folder>');
      return 1;
    }
    const result = await restoreBackup(config, { from: options.from, force: options.force });
    console.log(
      `Verified ${result.manifest.entries.length} files against the manifest (sha256 ${result.manifestSha256}).`,
    );
    if (result.databaseFile) console.log(`Restored the database to ${result.databaseFile}.`);
    console.log(
      `Restored ${result.filesRestored} stored files${result.keyRestored ? ' and the instance key' : ''}.`,
    );
    for (const path of result.movedAside) console.log(`Moved the previous data aside: ${path}`);
    if (result.dialect === 'postgres') {
      const steps = ['', 'Now restore the database (servers stopped) from the dump taken with this backup:'];
      console.log([...steps, pgRestoreLine(config, options.from), ...passwordHint(config)].join('\n'));
      return 0;
    }
    const database = openDatabase(config.databaseUrl);
    try {
      const report = await verifyAuditChains(database.db);
      if (report.firstBreak) {
        const b = report.firstBreak;
        console.error(
          `WARNING: audit chain broken in the restored database: chain ${b.chain}, event ${b.seq}: ${b.reason}.`,
        );
        return 1;
      }
      console.log(`Audit log intact: ${report.events} events in ${report.chains} chains verified.`);
    } finally {
      await database.close();
    }
    console.log('Start the server: pending migrations are applied on start.');
    return 0;
  } catch (error) {
    const message = error instanceof BackupError ? error.message : `Error: ${(error as Error).message}`;
    console.error(withoutPassword(message, config.databaseUrl));
    return 1;
  }
}
