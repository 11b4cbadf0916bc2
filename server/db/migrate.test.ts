import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testDialects } from '../test/test-database.ts';
import { openDatabase } from './database.ts';
import { type Migration, migrate } from './migrate.ts';
import { migrations } from './migrations/index.ts';

for (const dialect of testDialects) {
  describe(`migrations [${dialect}]`, () => {
    let testDb: TestDatabase | undefined;
    afterEach(async () => {
      await testDb?.drop();
    });

    it('applies every migration once and is a no-op the second time', async () => {
      testDb = await createTestDatabase(dialect);
      const database = openDatabase(testDb.url);
      const first = await migrate(database.db, dialect);
      expect(first.applied).toEqual(migrations.map((m) => `${m.version}_${m.name}`));
      const second = await migrate(database.db, dialect);
      expect(second.applied).toEqual([]);
      await database.close();
    });

    it('leaves the database as it was when a migration fails halfway', async () => {
      testDb = await createTestDatabase(dialect);
      const database = openDatabase(testDb.url);
      await migrate(database.db, dialect);
      const failing: Migration = {
        version: 9999,
        name: 'fails_halfway',
        async up({ db }) {
          await db.schema.createTable('half_done').addColumn('id', 'text').execute();
          await sql`insert into organisations (id) values ('violates not null')`.execute(db);
        },
      };
      await expect(migrate(database.db, dialect, [...migrations, failing])).rejects.toThrow();
      const tables = await database.db.introspection.getTables();
      expect(tables.map((t) => t.name)).not.toContain('half_done');
      const versions = await database.db.selectFrom('schema_migrations').select('version').execute();
      expect(versions.map((v) => v.version)).not.toContain(9999);
      await database.close();
    });
  });
}
