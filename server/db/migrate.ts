import { type Kysely, sql } from 'kysely';
import type { Db, DialectName } from './database.ts';
import { migrations } from './migrations/index.ts';

export type MigrationContext = { db: Kysely<unknown>; dialect: DialectName };

export type Migration = {
  version: number;
  name: string;
  up: (context: MigrationContext) => Promise<void>;
};

export type MigrationResult = { applied: string[] };

/**
 * Applies pending migrations in order, each in its own transaction together with its
 * bookkeeping row, so a failing migration leaves the database as it was before it.
 * On PostgreSQL an advisory lock keeps several starting instances from racing.
 */
export async function migrate(
  db: Db,
  dialect: DialectName,
  list: readonly Migration[] = migrations,
): Promise<MigrationResult> {
  await db.schema
    .createTable('schema_migrations')
    .ifNotExists()
    .addColumn('version', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .execute();
  const applied: string[] = [];
  for (const migration of [...list].sort((a, b) => a.version - b.version)) {
    const done = await db.transaction().execute(async (trx) => {
      if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(4711001)`.execute(trx);
      const existing = await trx
        .selectFrom('schema_migrations')
        .select('version')
        .where('version', '=', migration.version)
        .executeTakeFirst();
      if (existing) return false;
      await migration.up({ db: trx as unknown as Kysely<unknown>, dialect });
      await trx
        .insertInto('schema_migrations')
        .values({ version: migration.version, name: migration.name, applied_at: new Date().toISOString() })
        .execute();
      return true;
    });
    if (done) applied.push(`${migration.version}_${migration.name}`);
  }
  return { applied };
}
