/**
 * The server under benchmark, in its own process: the real app on a fresh database with one
 * organisation and one user, production argon2 cost, plus a bare Fastify route for the ratio.
 * Prints one JSON line with the ports and the credentials, then serves until killed.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import pino from 'pino';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/database.ts';
import { migrate } from '../server/db/migrate.ts';
import { grantRole } from '../server/modules/members/members.service.ts';
import { createChildAsSystem, createRoot } from '../server/modules/orgs/orgs.service.ts';
import { systemContext } from '../server/platform/context.ts';

const databaseUrl =
  process.argv[2] ?? `sqlite:${join(mkdtempSync(join(tmpdir(), 'skjold-bench-')), 'bench.db')}`;
const dataDir = mkdtempSync(join(tmpdir(), 'skjold-bench-data-'));
const config = loadConfig({
  DATABASE_URL: databaseUrl,
  SKJOLD_LOG_LEVEL: 'silent',
  SKJOLD_DATA_DIR: dataDir,
  SKJOLD_LOGIN_MAX_FAILURES_PER_ADDRESS: '1000000',
});
const database = openDatabase(databaseUrl);
await migrate(database.db, database.dialect);
const logger = pino({ level: 'silent' });
const ctx = systemContext({ config, db: database.db, dialect: database.dialect, logger }, 'bench');
const root = await createRoot(ctx, 'Bench-sektor');
const org = await createChildAsSystem(ctx, root.id, { kind: 'organisation', name: 'Bench-hospital' });
const email = 'bench@skjold.test';
const password = 'benchmark passphrase 2026';
await grantRole(
  ctx,
  { orgId: org.id, email, name: 'Bench Bruger', role: 'security_officer', password },
  'ignore',
);
for (let i = 0; i < 200; i++) {
  await grantRole(
    ctx,
    { orgId: org.id, email: `m${i}@skjold.test`, name: `Medlem ${i}`, role: 'employee', password },
    'ignore',
  );
}

const app = await buildApp(config, database, logger);
const address = await app.listen({ port: 0, host: '127.0.0.1' });
const bare = Fastify();
bare.get('/bare', async () => ({ status: 'ok' }));
const bareAddress = await bare.listen({ port: 0, host: '127.0.0.1' });
console.log(
  JSON.stringify({ address, bareAddress, email, password, orgId: org.id, dialect: database.dialect }),
);
