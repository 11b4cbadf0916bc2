/**
 * `node bench/incidents.ts`: latency of the incident module on a realistic sector — a region
 * with 40 hospitals and 60 000 incidents over two years (a tenth personal-data breaches, a
 * twentieth still open). Runs in process (app.inject, no network) on SQLite and, with
 * BENCH_DATABASE_URL or TEST_DATABASE_URL, on PostgreSQL; prints p50/p95 per request, one
 * pass of the deadline job, and the query plan of the incident list.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompiledQuery, type Insertable } from 'kysely';
import pg from 'pg';
import pino from 'pino';
import { buildApp } from '../server/app.ts';
import { incidentCategories, incidentSeverities } from '../server/catalog/incidents.ts';
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/database.ts';
import { migrate } from '../server/db/migrate.ts';
import type { IncidentStatus, IncidentsTable } from '../server/db/schema.ts';
import { sendDeadlineAlerts } from '../server/modules/incidents/incidents.jobs.ts';
import { listIncidentsQuery } from '../server/modules/incidents/incidents.repository.ts';
import { grantRole } from '../server/modules/members/members.service.ts';
import type { Org } from '../server/modules/orgs/orgs.presenter.ts';
import { createChildAsSystem, createRoot } from '../server/modules/orgs/orgs.service.ts';
import { TIME_ZONE } from '../server/platform/clock.ts';
import { systemContext } from '../server/platform/context.ts';
import { danishKey } from '../server/platform/danish-text.ts';
import { newId } from '../server/platform/ids.ts';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 100);
const HOSPITALS = 40;
const INCIDENTS = Number(process.env.BENCH_INCIDENTS ?? 60_000);
const password = 'benchmark passphrase 2026';

type Row = {
  scenario: string;
  database: string;
  iterations: number;
  'p50 ms': string;
  'p95 ms': string;
  'max ms': string;
};

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

async function run(databaseUrl: string): Promise<{ rows: Row[]; plan: string }> {
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    SKJOLD_LOG_LEVEL: 'silent',
    SKJOLD_DATA_DIR: mkdtempSync(join(tmpdir(), 'skjold-bench-data-')),
    SKJOLD_ARGON2_MEMORY_KIB: '64',
    SKJOLD_ARGON2_PASSES: '1',
  });
  const database = openDatabase(databaseUrl);
  await migrate(database.db, database.dialect);
  const { db, dialect } = database;
  const logger = pino({ level: 'silent' });
  const app = { config, db, dialect, logger };
  const ctx = systemContext(app, 'bench');
  const root = await createRoot(ctx, 'Bench-sektor');
  const region = await createChildAsSystem(ctx, root.id, { kind: 'group', name: 'Region Bench' });
  const hospitals: Org[] = [];
  for (let i = 0; i < HOSPITALS; i++) {
    hospitals.push(
      await createChildAsSystem(ctx, region.id, { kind: 'organisation', name: `Hospital ${i}` }),
    );
  }
  const hospital = hospitals[0] as Org;
  const users = {
    officer: { orgId: region.id, role: 'security_officer' as const },
    supervisor: { orgId: root.id, role: 'supervisor' as const },
    employee: { orgId: hospital.id, role: 'employee' as const },
    dpo: { orgId: region.id, role: 'dpo' as const },
  };
  for (const [name, u] of Object.entries(users)) {
    await grantRole(ctx, { ...u, email: `${name}@bench.test`, name, password }, 'ignore');
  }

  // Two years of incidents, oldest first, written in batches.
  const now = Date.now();
  const span = 730 * 86_400_000;
  const statuses: IncidentStatus[] = ['closed', 'closed', 'closed', 'resolved', 'dismissed'];
  let openId = '';
  await db.transaction().execute(async (trx) => {
    const counters = new Map<string, number>();
    let batch: Insertable<IncidentsTable>[] = [];
    const flush = async () => {
      if (batch.length) await trx.insertInto('incidents').values(batch).execute();
      batch = [];
    };
    for (let i = 0; i < INCIDENTS; i++) {
      const org = pick(hospitals, i);
      const at = new Date(now - span + Math.floor((span * i) / INCIDENTS));
      const local = Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(TIME_ZONE);
      const key = `${org.id}:${local.year}`;
      const number = (counters.get(key) ?? 0) + 1;
      counters.set(key, number);
      const open = i % 20 === 0;
      const id = newId();
      if (open && org.id === hospital.id) openId = id;
      const iso = at.toISOString();
      batch.push({
        id,
        org_id: org.id,
        year: local.year,
        number,
        title: `Hændelse ${i}`,
        title_key: danishKey(`Hændelse ${i}`),
        description: 'Beskrivelse af hændelsen til benchmark.',
        personal_data_suspected: i % 10 === 0 ? 'yes' : 'no',
        source: 'internal',
        reported_at: iso,
        reported_month: `${local.year}-${String(local.month).padStart(2, '0')}`,
        status: open ? 'in_progress' : pick(statuses, i),
        category: pick(incidentCategories, i),
        severity: pick(incidentSeverities, i >> 2),
        personal_data_breach: i % 10 === 0,
        nis2_significant: i % 50 === 0,
        aware_at: iso,
        aware_set_by_name: 'Bench',
        aware_set_at: iso,
        dpo_escalated_at: i % 10 === 0 ? iso : null,
        version: 1,
        created_at: iso,
        updated_at: iso,
      });
      if (batch.length === 500) await flush();
    }
    await flush();
    for (const [key, last] of counters) {
      const [orgId, year] = key.split(':');
      await trx
        .insertInto('incident_counters')
        .values({ org_id: orgId as string, year: Number(year), last_number: last })
        .execute();
    }
  });
  if (dialect === 'postgres') await db.executeQuery(CompiledQuery.raw('analyze'));

  const server = await buildApp(config, database, logger);
  await server.ready();
  const sessions: Record<string, string> = {};
  for (const name of Object.keys(users)) {
    const response = await server.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: `${name}@bench.test`, password },
    });
    const cookie = response.cookies.find((c) => c.name === 'skjold_session');
    sessions[name] = `skjold_session=${cookie?.value}`;
    sessions[`${name}:csrf`] = (response.json() as { csrfToken: string }).csrfToken;
  }

  const rows: Row[] = [];
  const time = async (scenario: string, iterations: number, send: (i: number) => Promise<number>) => {
    const samples: number[] = [];
    for (let i = 0; i < iterations; i++) {
      const t0 = performance.now();
      const status = await send(i);
      samples.push(performance.now() - t0);
      if (status >= 400) throw new Error(`${scenario}: HTTP ${status}`);
    }
    samples.sort((a, b) => a - b);
    const at = (p: number) =>
      (samples[Math.min(samples.length - 1, Math.floor(p * samples.length))] ?? 0).toFixed(2);
    rows.push({
      scenario,
      database: dialect,
      iterations,
      'p50 ms': at(0.5),
      'p95 ms': at(0.95),
      'max ms': (samples.at(-1) ?? 0).toFixed(2),
    });
  };
  const get = (as: string, url: string) => async () =>
    (await server.inject({ method: 'GET', url, headers: { cookie: sessions[as] as string } })).statusCode;

  const h = `/api/v1/orgs/${hospital.id}`;
  await time(
    'incident list, one hospital, page of 50',
    ITERATIONS,
    get('officer', `${h}/incidents?limit=50`),
  );
  await time(
    'incident list, status filter',
    ITERATIONS,
    get('officer', `${h}/incidents?limit=50&status=in_progress`),
  );
  await time(
    'incident list, region + 40 hospitals (subtree)',
    ITERATIONS,
    get('officer', `/api/v1/orgs/${region.id}/incidents?limit=50&subtree=true`),
  );
  await time('incident detail with clocks', ITERATIONS, get('officer', `${h}/incidents/${openId}`));
  await time('breach log, page of 50', ITERATIONS, get('dpo', `${h}/breach-log?limit=50`));
  await time('breach log XLSX (one hospital, 2 years)', 10, get('dpo', `${h}/breach-log.xlsx`));
  await time(
    'running clocks (dashboard), one hospital',
    ITERATIONS,
    get('officer', `${h}/incident-deadlines`),
  );
  await time(
    'statistics, region roll-up, 12 months',
    ITERATIONS,
    get('officer', `/api/v1/orgs/${region.id}/incident-statistics`),
  );
  await time(
    'statistics, sector root (supervisor), 24 months',
    ITERATIONS,
    get(
      'supervisor',
      `/api/v1/orgs/${root.id}/incident-statistics?from=${new Date(now - span).toISOString().slice(0, 7)}`,
    ),
  );
  await time(
    'report an incident (employee, with DPO escalation)',
    ITERATIONS,
    async (i) =>
      (
        await server.inject({
          method: 'POST',
          url: `${h}/incidents`,
          headers: {
            cookie: sessions.employee as string,
            'x-csrf-token': sessions['employee:csrf'] as string,
          },
          payload: { title: `Bench ${i}`, description: 'Beskrivelse', personalData: 'yes' },
        })
      ).statusCode,
  );
  // The first pass creates the tasks of clocks that were written straight into the table
  // (and queues the overdue mails); later passes find nothing to do for most incidents.
  await time('deadline job, first pass (creates tasks, queues mails)', 1, async () => {
    await sendDeadlineAlerts(app);
    return 200;
  });
  await time('deadline job, a later pass', 3, async () => {
    await sendDeadlineAlerts(app);
    return 200;
  });

  const explain = dialect === 'sqlite' ? 'explain query plan' : 'explain analyze';
  const planOf = async (orgIds: string[]) => {
    const compiled = listIncidentsQuery(db, orgIds, { dialect, direction: 'desc', limit: 50 }).compile();
    const result = await db.executeQuery<Record<string, string>>(
      CompiledQuery.raw(`${explain} ${compiled.sql}`, [...compiled.parameters]),
    );
    return result.rows.map((r) => r.detail ?? r['QUERY PLAN']).join('\n');
  };
  const plan = `one hospital:\n${await planOf([hospital.id])}\nregion subtree:\n${await planOf([region.id, ...hospitals.map((o) => o.id)])}`;
  await server.close();
  await database.close();
  return { rows, plan };
}

async function postgresUrl(): Promise<string | undefined> {
  const admin = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!admin) return undefined;
  const name = `skjold_bench_${Date.now()}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

const results = [await run(`sqlite:${join(mkdtempSync(join(tmpdir(), 'skjold-bench-')), 'bench.db')}`)];
const pgUrl = await postgresUrl();
if (pgUrl) results.push(await run(pgUrl));
else console.log('PostgreSQL skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL to include it.');
console.log(`\nIncidents: ${HOSPITALS} hospitals, ${INCIDENTS} incidents, in process (app.inject)\n`);
console.table(results.flatMap((r) => r.rows));
for (const r of results) console.log(`\nPlan of the incident list (${r.rows[0]?.database}):\n${r.plan}`);
