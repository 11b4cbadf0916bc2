/**
 * `node bench/controls.ts`: request latency of the controls module on a realistic region —
 * 60 hospitals with a full Annex A SoA each, a baseline of 93 entries at the region, one
 * hospital with 400 pieces of evidence and 300 risks linked to its controls. Runs in process
 * (app.inject, no network) on SQLite and, with BENCH_DATABASE_URL or TEST_DATABASE_URL, on
 * PostgreSQL; prints p50/p95 per request and the query plans of the evidence list.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import pino from 'pino';
import { buildApp } from '../server/app.ts';
import { frameworkOf } from '../server/catalog/controls/index.ts';
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/database.ts';
import { migrate } from '../server/db/migrate.ts';
import { buildSoa } from '../server/modules/controls/soa.service.ts';
import { grantRole } from '../server/modules/members/members.service.ts';
import { createChildAsSystem, createRoot } from '../server/modules/orgs/orgs.service.ts';
import { addDaysToDate, todayLocal } from '../server/platform/clock.ts';
import { systemContext } from '../server/platform/context.ts';
import { danishKey } from '../server/platform/danish-text.ts';
import { newId } from '../server/platform/ids.ts';
import { findOrg } from '../server/platform/org-tree.ts';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 100);
const MEMBERS = 60;
const EVIDENCE = 400;
const RISKS = 300;
const password = 'benchmark passphrase 2026';
const statuses = ['not_started', 'planned', 'partial', 'implemented'] as const;

type Row = {
  scenario: string;
  database: string;
  iterations: number;
  'p50 ms': string;
  'p95 ms': string;
  'max ms': string;
};

async function run(databaseUrl: string): Promise<Row[]> {
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
  const ctx = systemContext({ config, db, dialect, logger }, 'bench');
  const root = await createRoot(ctx, 'Bench-sektor');
  const region = await createChildAsSystem(ctx, root.id, { kind: 'group', name: 'Region Bench' });
  const hospitals = [];
  for (let i = 0; i < MEMBERS; i++) {
    hospitals.push(
      await createChildAsSystem(ctx, region.id, { kind: 'organisation', name: `Hospital ${i}` }),
    );
  }
  const [hospital] = hospitals;
  if (!hospital) throw new Error('no hospital');
  await grantRole(
    ctx,
    { orgId: region.id, email: 'bench@skjold.test', name: 'Bench', role: 'security_officer', password },
    'ignore',
  );

  // Every member's SoA exists, with a spread of decisions; the region has a baseline for all 93.
  const annexA = frameworkOf('iso27001_2022').requirements;
  for (const [index, member] of hospitals.entries()) {
    const row = await findOrg(db, member.id);
    if (row) await buildSoa(db, row);
    await db
      .updateTable('soa_entries')
      .set({ status: statuses[index % 4], version: 2 })
      .where('org_id', '=', member.id)
      .execute();
  }
  const now = new Date().toISOString();
  await db
    .insertInto('soa_baselines')
    .values(
      annexA.map((r, i) => ({
        id: newId(),
        org_id: region.id,
        requirement_id: r.id,
        framework_id: 'iso27001_2022' as const,
        applicable: i % 10 !== 0,
        expected_status: 'implemented' as const,
        justification: i % 10 === 0 ? 'Varetages centralt' : null,
        updated_by: null,
        version: 1,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
  const today = todayLocal();
  for (let i = 0; i < EVIDENCE; i++) {
    const id = newId();
    const validUntil = i % 5 === 0 ? null : addDaysToDate(today, (i % 400) - 100);
    await db
      .insertInto('control_evidence')
      .values({
        id,
        org_id: hospital.id,
        kind: 'note',
        title: `Dokumentation ${i}`,
        title_key: danishKey(`Dokumentation ${i}`),
        description: 'Bench',
        url: null,
        valid_until: validUntil,
        valid_until_key: validUntil ?? '9999-12-31',
        owner_user_id: null,
        created_by: null,
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await db
      .insertInto('control_evidence_requirements')
      .values(
        [annexA[i % 93], annexA[(i * 7) % 93]].flatMap((r, k) =>
          r && (k === 0 || r.id !== annexA[i % 93]?.id)
            ? [{ evidence_id: id, org_id: hospital.id, requirement_id: r.id }]
            : [],
        ),
      )
      .execute();
  }
  for (let i = 0; i < RISKS; i++) {
    const id = newId();
    const title = `Risiko ${i}`;
    await db
      .insertInto('risk_scenarios')
      .values({
        id,
        org_id: hospital.id,
        title,
        title_key: danishKey(title),
        description: null,
        status: 'open',
        owner_user_id: null,
        likelihood: 3,
        consequence_organisation: 3,
        consequence_patient_safety: null,
        consequence_data_subject: null,
        inherent_score: (i % 25) + 1,
        existing_controls: null,
        planned_controls: null,
        residual_likelihood: null,
        residual_consequence_organisation: null,
        residual_consequence_patient_safety: null,
        residual_consequence_data_subject: null,
        residual_score: null,
        score: (i % 25) + 1,
        treatment: null,
        treatment_note: null,
        review_date: today,
        last_reviewed_at: null,
        last_reviewed_by: null,
        created_by: null,
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    if (i % 3 !== 0) {
      await db
        .insertInto('soa_risk_links')
        .values({
          org_id: hospital.id,
          requirement_id: annexA[i % 93]?.id ?? 'A.5.1',
          risk_id: id,
          created_by: null,
          created_at: now,
        })
        .execute();
    }
  }

  const app = await buildApp(config, database, logger);
  await app.ready();
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: 'bench@skjold.test', password },
  });
  const cookie = `skjold_session=${login.cookies.find((c) => c.name === 'skjold_session')?.value}`;
  const rows: Row[] = [];
  const measure = async (scenario: string, url: string, iterations = ITERATIONS) => {
    const times: number[] = [];
    for (let i = 0; i < iterations + 5; i++) {
      const t0 = performance.now();
      const response = await app.inject({ method: 'GET', url, headers: { cookie } });
      const elapsed = performance.now() - t0;
      if (response.statusCode !== 200)
        throw new Error(`${url}: ${response.statusCode} ${response.body.slice(0, 200)}`);
      if (i >= 5) times.push(elapsed);
    }
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? 0;
    rows.push({
      scenario,
      database: dialect,
      iterations,
      'p50 ms': at(50).toFixed(2),
      'p95 ms': at(95).toFixed(2),
      'max ms': (times.at(-1) ?? 0).toFixed(2),
    });
  };
  const h = `/api/v1/orgs/${hospital.id}`;
  await measure('GET soa (93 entries, baseline, 400 evidence)', `${h}/soa`);
  await measure('GET soa?status=implemented&q=adgang', `${h}/soa?status=implemented&q=adgang`);
  await measure('GET soa/A.8.13 (detail)', `${h}/soa/A.8.13`);
  await measure('GET evidence page 50 by title', `${h}/evidence?limit=50`);
  await measure(
    'GET evidence expired, by validUntil',
    `${h}/evidence?validity=expired&sort=validUntil&limit=50`,
  );
  await measure('GET evidence of one requirement', `${h}/evidence?requirementId=A.5.1&limit=50`);
  await measure('GET coverage (5 frameworks)', `${h}/coverage`);
  await measure('GET coverage/risks page 50', `${h}/coverage/risks?limit=50`);
  await measure(
    `GET deviations (${MEMBERS} members x 93)`,
    `/api/v1/orgs/${region.id}/soa-baseline/deviations?limit=50`,
  );
  await measure('GET soa.xlsx', `${h}/soa.xlsx`, 20);
  await measure('GET soa.pdf', `${h}/soa.pdf`, 20);

  if (dialect === 'sqlite') {
    const plans: [string, ReturnType<typeof sql>][] = [
      [
        'evidence by title',
        sql`explain query plan select * from control_evidence where org_id = ${hospital.id} order by title_key, id limit 51`,
      ],
      [
        'evidence expired by validity',
        sql`explain query plan select * from control_evidence where org_id = ${hospital.id} and valid_until_key < ${today} order by valid_until_key, id limit 51`,
      ],
      [
        'evidence of a requirement',
        sql`explain query plan select * from control_evidence where org_id = ${hospital.id} and id in (select evidence_id from control_evidence_requirements where org_id = ${hospital.id} and requirement_id = 'A.5.1') order by title_key, id limit 51`,
      ],
    ];
    for (const [name, query] of plans) {
      const result = await query.execute(db);
      console.log(
        `plan: ${name}\n  ${(result.rows as { detail: string }[]).map((r) => r.detail).join('\n  ')}`,
      );
    }
  }
  await app.close();
  await database.close();
  return rows;
}

async function postgresUrl(): Promise<string | undefined> {
  const admin = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!admin) return undefined;
  const name = `skjold_bench_controls_${Date.now()}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

const rows = await run(`sqlite:${join(mkdtempSync(join(tmpdir(), 'skjold-bench-')), 'bench.db')}`);
const pgUrl = await postgresUrl();
if (pgUrl) rows.push(...(await run(pgUrl)));
else console.log('PostgreSQL skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL to include it.');
console.log(
  `\nSkjold controls benchmark — sequential requests in process (app.inject), ${ITERATIONS} per row\n`,
);
console.table(rows);
