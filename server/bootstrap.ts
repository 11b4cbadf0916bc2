import type { Logger } from 'pino';
import type { Config } from './config.ts';
import { type DatabaseHandle, openDatabase } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { type DemoLogin, seedDemo } from './demo/demo-data.ts';
import { installAllModules } from './modules.ts';
import type { AppContext } from './platform/context.ts';

export type Started = { database: DatabaseHandle; demoLogins: DemoLogin[] | null };

/**
 * Opens the database, applies pending migrations and, on an empty database, seeds demo data:
 * always when SKJOLD_DEMO=1, on the embedded SQLite default when SKJOLD_DEMO=auto.
 */
export async function prepareDatabase(config: Config, logger: Logger): Promise<Started> {
  installAllModules();
  const database = openDatabase(config.databaseUrl);
  const { applied } = await migrate(database.db, database.dialect);
  if (applied.length) logger.info({ applied }, 'migrations applied');
  const empty = !(await database.db.selectFrom('organisations').select('id').limit(1).executeTakeFirst());
  const wantDemo = config.demo === 'on' || (config.demo === 'auto' && database.dialect === 'sqlite');
  if (!empty || !wantDemo) return { database, demoLogins: null };
  const app: AppContext = { config, db: database.db, dialect: database.dialect, logger };
  return { database, demoLogins: await seedDemo(app) };
}
