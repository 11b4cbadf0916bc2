/**
 * `node bench/risk-list.ts`: the risk list with 100,000 risks in one organisation tree (a group
 * and 20 organisations) on SQLite and, when BENCH_DATABASE_URL or TEST_DATABASE_URL is set, on
 * PostgreSQL. Each scenario (filter + sort + page) is measured three ways, one request at a
 * time over loopback:
 *   - API: the real route (session, policy, list query, presenting threats, assets, acceptance),
 *   - bare route: a bare Fastify route that runs the list query's exact SQL and returns the rows,
 *   - raw query: the same SQL straight on the database, no HTTP.
 * Then prints the query plan of every scenario's SQL, so the index it uses is on record.
 * BENCH_RISKS (default 100000) and BENCH_ITERATIONS (default 200) change the size.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { CompiledQuery, type Insertable } from 'kysely';
import pg from 'pg';
import pino from 'pino';
import { buildApp } from '../server/app.ts';
import { catalogThreat, threatCatalog } from '../server/catalog/threats.ts';
import { loadConfig } from '../server/config.ts';
import { type Db, openDatabase } from '../server/db/database.ts';
import { migrate } from '../server/db/migrate.ts';
import type {
  RiskAcceptancesTable,
  RiskAssetsTable,
  RiskScenariosTable,
  RiskThreatsTable,
} from '../server/db/schema.ts';
import { grantRole } from '../server/modules/members/members.service.ts';
import { createChildAsSystem, createRoot } from '../server/modules/orgs/orgs.service.ts';
import { scoresOf } from '../server/modules/risks/risk-matrix.rules.ts';
import { type RiskListFilter, riskListQuery } from '../server/modules/risks/risks.repository.ts';
import { addDaysToDate, addMonthsToDate, todayLocal } from '../server/platform/clock.ts';
import { systemContext } from '../server/platform/context.ts';
import { danishKey } from '../server/platform/danish-text.ts';
import { newId } from '../server/platform/ids.ts';

const RISKS = Number(process.env.BENCH_RISKS ?? 100_000);
const ORGS = 20;
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);
const WARMUP = 20;
const PASSWORD = 'benchmark passphrase 2026';

/** Deterministic pseudo-random numbers, so every run seeds the same register. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const words = [
  'Ransomware',
  'Phishing',
  'Nedbrud',
  'Fejlsendt',
  'Uberettiget opslag',
  'Strømsvigt',
  'Legacy',
  'Infusionspumpe',
  'Røntgen',
  'Laboratorie',
  'Sundhedsdatanettet',
  'Leverandør',
  'Økonomisystem',
  'Ålborg-link',
  'Ærø-klinik',
  'Backup',
];

type Seeded = { groupId: string; orgIds: string[]; ownerIds: string[]; email: string };

async function seed(db: Db, app: Parameters<typeof systemContext>[0]): Promise<Seeded> {
  const ctx = systemContext(app, 'bench-seed');
  const root = await createRoot(ctx, 'Bench-sektor');
  const group = await createChildAsSystem(ctx, root.id, { kind: 'group', name: 'Region Bench' });
  const orgIds: string[] = [];
  for (let i = 0; i < ORGS; i++) {
    orgIds.push(
      (await createChildAsSystem(ctx, group.id, { kind: 'organisation', name: `Hospital ${i + 1}` })).id,
    );
  }
  const email = 'bench-risks@skjold.test';
  await grantRole(
    ctx,
    { orgId: group.id, email, name: 'Bench Sikkerhed', role: 'security_officer', password: PASSWORD },
    'ignore',
  );
  const now = new Date().toISOString();
  const ownerIds = Array.from({ length: 50 }, () => newId());
  await db
    .insertInto('users')
    .values(
      ownerIds.map((id, i) => ({
        id,
        email: `ejer${i}@skjold.test`,
        name: `Ejer ${i}`,
        name_key: danishKey(`Ejer ${i}`),
        password_hash: 'not-a-hash',
        locale: 'da' as const,
        must_change_password: false,
        disabled_at: null,
        totp_secret: null,
        totp_pending_secret: null,
        totp_enabled_at: null,
        totp_last_step: null,
        version: 1,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();

  const next = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const level = () => 1 + Math.floor(next() * 5);
  const today = todayLocal();
  const assetIds = new Map<string, string[]>();
  for (const orgId of orgIds) {
    const ids = Array.from({ length: 100 }, () => newId());
    assetIds.set(orgId, ids);
    await db
      .insertInto('assets')
      .values(
        ids.map((id, i) => ({
          id,
          org_id: orgId,
          name: `System ${i}`,
          name_key: danishKey(`System ${i}`),
          kind: 'system' as const,
          description: null,
          owner_user_id: pick(ownerIds),
          criticality: level() % 4 || 4,
          confidentiality: 3,
          integrity: 3,
          availability: 3,
          personal_data: true,
          health_data: true,
          legacy: false,
          end_of_support: null,
          supplier: null,
          hosting: null,
          clinical_critical: false,
          critical_rank: null,
          created_by: null,
          version: 1,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
  }
  const threatKeys = threatCatalog.map((t) => t.key);
  const batch = 500;
  for (let start = 0; start < RISKS; start += batch) {
    const risks: Insertable<RiskScenariosTable>[] = [];
    const threats: Insertable<RiskThreatsTable>[] = [];
    const assets: Insertable<RiskAssetsTable>[] = [];
    const acceptances: Insertable<RiskAcceptancesTable>[] = [];
    for (let i = start; i < Math.min(RISKS, start + batch); i++) {
      const orgId = orgIds[i % ORGS] as string;
      const roll = next();
      const status = roll < 0.6 ? 'open' : roll < 0.8 ? 'accepted' : roll < 0.95 ? 'closed' : 'draft';
      const levels = {
        likelihood: level(),
        consequenceOrganisation: level(),
        consequencePatientSafety: next() < 0.5 ? level() : null,
        consequenceDataSubject: next() < 0.5 ? level() : null,
        residualLikelihood: null as number | null,
        residualConsequenceOrganisation: null as number | null,
        residualConsequencePatientSafety: null,
        residualConsequenceDataSubject: null,
      };
      if (next() < 0.6) {
        levels.residualLikelihood = Math.max(1, levels.likelihood - 1);
        levels.residualConsequenceOrganisation = levels.consequenceOrganisation;
      }
      const scores = scoresOf(levels);
      const id = newId();
      const title = `${pick(words)} ${pick(words).toLowerCase()} ${i}`;
      risks.push({
        id,
        org_id: orgId,
        title,
        title_key: danishKey(title),
        description: null,
        status,
        owner_user_id: pick(ownerIds),
        likelihood: levels.likelihood,
        consequence_organisation: levels.consequenceOrganisation,
        consequence_patient_safety: levels.consequencePatientSafety,
        consequence_data_subject: levels.consequenceDataSubject,
        inherent_score: scores.inherentScore,
        existing_controls: null,
        planned_controls: null,
        residual_likelihood: levels.residualLikelihood,
        residual_consequence_organisation: levels.residualConsequenceOrganisation,
        residual_consequence_patient_safety: null,
        residual_consequence_data_subject: null,
        residual_score: scores.residualScore,
        score: scores.score,
        treatment: pick(['reduce', 'accept', 'avoid', 'transfer', null] as const),
        treatment_note: null,
        review_date: addDaysToDate(today, Math.floor(next() * 730) - 180),
        last_reviewed_at: null,
        last_reviewed_by: null,
        created_by: null,
        version: 1,
        created_at: now,
        updated_at: now,
      });
      threats.push({ risk_id: id, org_id: orgId, threat_id: pick(threatKeys) });
      assets.push({ risk_id: id, org_id: orgId, asset_id: pick(assetIds.get(orgId) ?? []) });
      if (status === 'accepted') {
        acceptances.push({
          id: newId(),
          org_id: orgId,
          risk_id: id,
          accepted_by: null,
          accepted_by_name: 'Ledelsen',
          role: 'management' as const,
          reason: 'Bench',
          score: scores.score,
          tolerance: 9,
          above_tolerance: scores.score > 9,
          accepted_at: now,
          expires_on: addMonthsToDate(today, 6),
          ended_at: null,
          ended_by: null,
          end_reason: null,
          end_note: null,
          expiry_task_at: null,
        });
      }
    }
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('risk_scenarios').values(risks).execute();
      await trx.insertInto('risk_threats').values(threats).execute();
      await trx.insertInto('risk_assets').values(assets).execute();
      if (acceptances.length) await trx.insertInto('risk_acceptances').values(acceptances).execute();
    });
  }
  if (!catalogThreat('ransomware')) throw new Error('threat catalogue missing');
  return { groupId: group.id, orgIds, ownerIds, email };
}

type Scenario = {
  name: string;
  path: (s: Seeded, cursor?: string) => string;
  filter: (s: Seeded) => RiskListFilter;
};

const base = { direction: 'desc' as const, limit: 50 };

const scenarios: Scenario[] = [
  {
    name: 'one org: status=open, sort -score, page 1',
    path: (s) => `/api/v1/orgs/${s.orgIds[3]}/risks?status=open&sort=-score&limit=50`,
    filter: (s) => ({ ...base, orgIds: [s.orgIds[3] as string], status: ['open'], sort: 'score' }),
  },
  {
    name: 'one org: owner + score ≥ 10, sort -score',
    path: (s) =>
      `/api/v1/orgs/${s.orgIds[3]}/risks?ownerUserId=${s.ownerIds[7]}&scoreMin=10&sort=-score&limit=50`,
    filter: (s) => ({
      ...base,
      orgIds: [s.orgIds[3] as string],
      ownerUserId: s.ownerIds[7],
      scoreMin: 10,
      sort: 'score',
    }),
  },
  {
    name: 'one org: overdue reviews, sort reviewDate',
    path: (s) => `/api/v1/orgs/${s.orgIds[3]}/risks?reviewOverdue=true&sort=reviewDate&limit=50`,
    filter: (s) => ({
      ...base,
      direction: 'asc',
      orgIds: [s.orgIds[3] as string],
      reviewOverdueBefore: todayLocal(),
      sort: 'reviewDate',
    }),
  },
  {
    name: 'one org: Danish title order, q=sundhed',
    path: (s) => `/api/v1/orgs/${s.orgIds[3]}/risks?q=sundhed&sort=title&limit=50`,
    filter: (s) => ({
      ...base,
      direction: 'asc',
      orgIds: [s.orgIds[3] as string],
      q: 'sundhed',
      sort: 'title',
    }),
  },
  {
    name: 'subtree (all 20 orgs): status=open, sort -score',
    path: (s) => `/api/v1/orgs/${s.groupId}/risks?subtree=true&status=open&sort=-score&limit=50`,
    filter: (s) => ({ ...base, orgIds: [s.groupId, ...s.orgIds], status: ['open'], sort: 'score' }),
  },
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function measure(run: () => Promise<unknown>) {
  for (let i = 0; i < WARMUP; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99) };
}

type Row = { scenario: string; database: string; way: string; p50: number; p95: number; p99: number };

async function benchmark(databaseUrl: string): Promise<{ rows: Row[]; plans: string[] }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'skjold-bench-risks-'));
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    SKJOLD_LOG_LEVEL: 'silent',
    SKJOLD_DATA_DIR: dataDir,
  });
  const database = openDatabase(databaseUrl);
  const { db, dialect } = database;
  await migrate(db, dialect);
  const logger = pino({ level: 'silent' });
  const appContext = { config, db, dialect, logger };
  const started = performance.now();
  const seeded = await seed(db, appContext);
  // PostgreSQL's autovacuum gathers statistics by itself; right after a bulk load we ask for them.
  if (dialect === 'postgres') await db.executeQuery(CompiledQuery.raw('analyze'));
  console.log(
    `${dialect}: seeded ${RISKS} risks in ${ORGS} organisations in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const app = await buildApp(config, database, logger);
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const bare = Fastify();
  bare.get<{ Querystring: { scenario: string } }>('/bare', async (request) => {
    const scenario = scenarios[Number(request.query.scenario)] as Scenario;
    const compiled = riskListQuery(db, scenario.filter(seeded)).compile();
    return (await db.executeQuery(compiled)).rows;
  });
  const bareAddress = await bare.listen({ port: 0, host: '127.0.0.1' });

  const login = await fetch(`${address}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: seeded.email, password: PASSWORD }),
  });
  if (!login.ok) throw new Error(`login failed: ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const get = async (url: string) => {
    const response = await fetch(url, { headers: { cookie } });
    const body = await response.text();
    if (!response.ok) throw new Error(`${url}: ${response.status} ${body.slice(0, 200)}`);
    return body;
  };

  const rows: Row[] = [];
  const plans: string[] = [];
  try {
    for (const [index, scenario] of scenarios.entries()) {
      const firstPage = JSON.parse(await get(`${address}${scenario.path(seeded)}`)) as { items: unknown[] };
      if (!firstPage.items.length) throw new Error(`${scenario.name}: empty page`);
      const compiled = riskListQuery(db, scenario.filter(seeded)).compile();
      const api = await measure(() => get(`${address}${scenario.path(seeded)}`));
      const bareRoute = await measure(() => get(`${bareAddress}/bare?scenario=${index}`));
      const raw = await measure(() => db.executeQuery(compiled));
      for (const [way, result] of [
        ['API', api],
        ['bare route, same SQL', bareRoute],
        ['raw query', raw],
      ] as const) {
        rows.push({ scenario: scenario.name, database: dialect, way, ...result });
      }
      const explain =
        dialect === 'sqlite'
          ? CompiledQuery.raw(`explain query plan ${compiled.sql}`, [...compiled.parameters])
          : CompiledQuery.raw(`explain (analyze, buffers, costs off) ${compiled.sql}`, [
              ...compiled.parameters,
            ]);
      const plan = (await db.executeQuery(explain)).rows as Record<string, unknown>[];
      const lines = plan.map((r) => String(r.detail ?? r['QUERY PLAN'] ?? JSON.stringify(r)));
      plans.push(`[${dialect}] ${scenario.name}\n  ${lines.join('\n  ')}`);
    }
  } finally {
    await app.close();
    await bare.close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return { rows, plans };
}

/** The benchmark's own database goes again afterwards (100k risks are not worth keeping). */
async function dropDatabase(url: string) {
  const admin = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const name = new URL(url).pathname.slice(1);
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`drop database if exists ${name} with (force)`);
  await client.end();
}

async function postgresUrl(): Promise<string | undefined> {
  const admin = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!admin) return undefined;
  const name = `skjold_bench_risks_${Date.now()}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name} template template0 encoding 'UTF8'`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

const sqliteDir = mkdtempSync(join(tmpdir(), 'skjold-bench-risks-db-'));
const results = [await benchmark(`sqlite:${join(sqliteDir, 'bench.db')}`)];
rmSync(sqliteDir, { recursive: true, force: true });
const pgUrl = await postgresUrl();
if (pgUrl) {
  try {
    results.push(await benchmark(pgUrl));
  } finally {
    await dropDatabase(pgUrl);
  }
} else console.log('PostgreSQL skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL to include it.');

console.log(
  `\nRisk list: ${RISKS} risks in ${ORGS} organisations, page of 50, ${ITERATIONS} requests per row, one at a time over loopback\n`,
);
console.table(
  results
    .flatMap((r) => r.rows)
    .map((r) => ({
      scenario: r.scenario,
      database: r.database,
      way: r.way,
      'p50 ms': r.p50.toFixed(2),
      'p95 ms': r.p95.toFixed(2),
      'p99 ms': r.p99.toFixed(2),
    })),
);
console.log('\nQuery plans of the list SQL:\n');
for (const plan of results.flatMap((r) => r.plans)) console.log(`${plan}\n`);
process.exit(0);
