import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe } from 'vitest';
import { buildApp, type SkjoldApp } from '../app.ts';
import { type Config, loadConfig } from '../config.ts';
import { type DatabaseHandle, type DialectName, openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { type AppContext, type RequestContext, systemContext } from '../platform/context.ts';
import { createTestDatabase, type TestDatabase, testDialects } from './test-database.ts';

/** Test configuration: cheap argon2, silent logs, and the audit guard on. */
export function testConfig(
  databaseUrl: string,
  dataDir: string,
  overrides: Partial<Record<string, string>> = {},
): Config {
  return loadConfig({
    SKJOLD_DATA_DIR: dataDir,
    SKJOLD_SECRET_KEY: 'c2tqb2xkLXRlc3Qta2V5LW9mLTMyLWJ5dGVzLS0tLS0=',
    DATABASE_URL: databaseUrl,
    SKJOLD_LOG_LEVEL: 'silent',
    SKJOLD_ARGON2_MEMORY_KIB: '64',
    SKJOLD_ARGON2_PASSES: '1',
    SKJOLD_ASSERT_AUDIT: '1',
    SKJOLD_WEB_DIST: 'web/does-not-exist',
    ...overrides,
  });
}

export type Session = { cookie: string; csrf: string; userId: string };

export type RequestOptions = {
  as?: Session;
  body?: unknown;
  headers?: Record<string, string>;
  /** Leave out the CSRF header a browser client sends with cookie-authenticated writes. */
  withoutCsrf?: boolean;
};

export type TestApp = {
  dialect: DialectName;
  app: SkjoldApp;
  database: DatabaseHandle;
  config: Config;
  /** Context for seeding through the services on the operator's behalf. */
  system: () => RequestContext;
  request: (method: string, url: string, options?: RequestOptions) => Promise<LightMyRequestResponse>;
  login: (email: string, password: string) => Promise<Session>;
};

export async function startTestApp(
  dialect: DialectName,
  overrides?: Partial<Record<string, string>>,
  extraRoutes?: (app: SkjoldApp) => void,
) {
  const testDb: TestDatabase = await createTestDatabase(dialect);
  const dataDir = mkdtempSync(join(tmpdir(), 'skjold-data-'));
  const config = testConfig(testDb.url, dataDir, overrides);
  const database = openDatabase(testDb.url);
  await migrate(database.db, database.dialect);
  const app = await buildApp(config, database);
  extraRoutes?.(app);
  await app.ready();
  const appContext: AppContext = { config, db: database.db, dialect, logger: app.log as never };

  const request: TestApp['request'] = (method, url, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.as) {
      headers.cookie = options.as.cookie;
      if (!options.withoutCsrf && method !== 'GET') headers['x-csrf-token'] = options.as.csrf;
    }
    return app.inject({
      method: method as 'GET',
      url,
      headers,
      ...(options.body !== undefined ? { payload: options.body as object } : {}),
    });
  };

  const login: TestApp['login'] = async (email, password) => {
    const response = await request('POST', '/api/v1/auth/login', { body: { email, password } });
    if (response.statusCode !== 200) throw new Error(`login ${email} failed: ${response.body}`);
    const cookie = response.cookies.find((c) => c.name === 'skjold_session');
    if (!cookie) throw new Error('no session cookie');
    const me = response.json() as { csrfToken: string; id: string };
    return { cookie: `skjold_session=${cookie.value}`, csrf: me.csrfToken, userId: me.id };
  };

  const t: TestApp = {
    dialect,
    app,
    database,
    config,
    system: () => systemContext(appContext, 'test-seed'),
    request,
    login,
  };
  const stop = async () => {
    await app.close();
    await database.close();
    await testDb.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { t, stop };
}

/**
 * Runs a suite once per database (SQLite always, PostgreSQL when TEST_DATABASE_URL is set),
 * each on a fresh database. The callback gets a getter because the app starts in beforeAll.
 */
export function describeEachDb(
  name: string,
  suite: (get: () => TestApp) => void,
  overrides?: Partial<Record<string, string>>,
) {
  for (const dialect of testDialects) {
    describe(`${name} [${dialect}]`, () => {
      let current: TestApp | undefined;
      let stop: (() => Promise<void>) | undefined;
      beforeAll(async () => {
        const started = await startTestApp(dialect, overrides);
        current = started.t;
        stop = started.stop;
      });
      afterAll(async () => {
        await stop?.();
      });
      suite(() => {
        if (!current) throw new Error('test app not started');
        return current;
      });
    });
  }
}
