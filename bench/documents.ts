/**
 * `node bench/documents.ts`: the policy and årshjul reads that grow with the size of an
 * organisation — acknowledgement coverage of a hospital-wide policy, the page of people still
 * pending, "my documents" of one employee, the årshjul month view and the iCal feed — on
 * SQLite and, with BENCH_DATABASE_URL or TEST_DATABASE_URL, PostgreSQL. Prints one table.
 *
 * Shape: one hospital with UNITS units, EMPLOYEES staff spread over them (every tenth also a
 * risk owner), one published policy for everyone with ACKED of the staff acknowledged, one
 * instruction for a tenth of the units plus the risk owners, 40 other published documents.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pino from 'pino';
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/database.ts';
import { migrate } from '../server/db/migrate.ts';
import { getCycle } from '../server/modules/annual-cycle/annual-cycle.service.ts';
import { createFeed, renderFeedForSecret } from '../server/modules/calendar/calendar.service.ts';
import { coverageTotalQuery } from '../server/modules/documents/acknowledgements.repository.ts';
import {
  audiencePeople,
  audienceScopeOf,
  coverage,
  myDocuments,
} from '../server/modules/documents/acknowledgements.service.ts';
import { findDocument } from '../server/modules/documents/documents.repository.ts';
import { createChildAsSystem, createRoot } from '../server/modules/orgs/orgs.service.ts';
import { loadActor } from '../server/platform/authenticate.ts';
import { type RequestContext, systemContext } from '../server/platform/context.ts';
import { danishKey } from '../server/platform/danish-text.ts';
import { newId, newSecret } from '../server/platform/ids.ts';
import { createTestDatabase } from '../server/test/test-database.ts';

const UNITS = Number(process.env.BENCH_UNITS ?? 60);
const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 20_000);
const ACKED = Math.floor(EMPLOYEES * 0.7);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);

type Row = { dialect: string; scenario: string; median: number; p95: number; note: string };

async function chunked<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

async function measure(run: () => Promise<unknown>) {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    median: times[Math.floor(times.length / 2)] ?? 0,
    p95: times[Math.floor(times.length * 0.95)] ?? 0,
  };
}

async function bench(databaseUrl: string): Promise<Row[]> {
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    SKJOLD_LOG_LEVEL: 'silent',
    SKJOLD_DATA_DIR: mkdtempSync(join(tmpdir(), 'skjold-bench-data-')),
  });
  const database = openDatabase(databaseUrl);
  await migrate(database.db, database.dialect);
  const app = { config, db: database.db, dialect: database.dialect, logger: pino({ level: 'silent' }) };
  const system = systemContext(app, 'bench');
  const root = await createRoot(system, 'Bench-sektor');
  const org = await createChildAsSystem(system, root.id, { kind: 'organisation', name: 'Bench-hospital' });
  const units: { id: string }[] = [];
  for (let i = 0; i < UNITS; i++) {
    units.push(await createChildAsSystem(system, org.id, { kind: 'unit', name: `Afsnit ${i}` }));
  }
  const db = database.db;
  const now = new Date().toISOString();
  const users = Array.from({ length: EMPLOYEES }, (_, i) => ({
    id: newId(),
    email: `e${i}@bench.skjold.dk`,
    name: `Medarbejder ${i}`,
    name_key: danishKey(`Medarbejder ${i}`),
    password_hash: 'x',
    locale: 'da' as const,
    must_change_password: false,
    disabled_at: null,
    version: 1,
    created_at: now,
    updated_at: now,
  }));
  const officerId = newId();
  users.push({ ...(users[0] as (typeof users)[number]), id: officerId, email: 'officer@bench.skjold.dk' });
  await db.transaction().execute(async (trx) => {
    await chunked(users, 500, (chunk) => trx.insertInto('users').values(chunk).execute());
    const memberships = users.slice(0, EMPLOYEES).flatMap((user, i) => {
      const unit = units[i % UNITS] as { id: string };
      const base = {
        user_id: user.id,
        org_id: unit.id,
        include_subtree: true,
        version: 1,
        created_at: now,
        updated_at: now,
      };
      return [
        { ...base, id: newId(), role: 'employee' },
        ...(i % 10 === 0 ? [{ ...base, id: newId(), role: 'risk_owner' }] : []),
      ];
    });
    memberships.push({
      id: newId(),
      user_id: officerId,
      org_id: org.id,
      role: 'security_officer',
      include_subtree: true,
      version: 1,
      created_at: now,
      updated_at: now,
    });
    await chunked(memberships, 500, (chunk) => trx.insertInto('memberships').values(chunk).execute());
  });

  const documentIds: string[] = [];
  const makeDocument = async (
    title: string,
    audience: { all: boolean; units: string[]; roles: string[] },
  ) => {
    const id = newId();
    const versionId = newId();
    await db
      .insertInto('documents')
      .values({
        id,
        org_id: org.id,
        kind: 'policy',
        title,
        title_key: danishKey(title),
        description: null,
        owner_user_id: null,
        classification: 'internal',
        audience_all: audience.all,
        audience_unit_ids: JSON.stringify(audience.units),
        audience_roles: JSON.stringify(audience.roles),
        review_interval_months: 12,
        last_reviewed_on: now.slice(0, 10),
        next_review_on: now.slice(0, 10),
        is_template: false,
        template_document_id: null,
        template_version_id: null,
        catalog_key: null,
        public_id: newSecret(18),
        current_version_id: null,
        ack_version_number: 1,
        archived_at: null,
        created_by: officerId,
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await db
      .insertInto('document_versions')
      .values({
        id: versionId,
        document_id: id,
        org_id: org.id,
        number: 1,
        status: 'published',
        body_html: '<p>Tekst</p>',
        body_file_id: null,
        change_summary: 'Første udgave',
        created_by: officerId,
        last_edited_by: officerId,
        submitted_by: officerId,
        submitted_at: now,
        returned_by: null,
        returned_at: null,
        return_comment: null,
        approved_by: officerId,
        approver_role: 'management',
        approved_at: now,
        approved_on: now.slice(0, 10),
        approval_note: null,
        published_by: officerId,
        published_at: now,
        superseded_at: null,
        requires_acknowledgement: true,
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await db.updateTable('documents').set({ current_version_id: versionId }).where('id', '=', id).execute();
    documentIds.push(id);
    return { id, versionId };
  };
  const policy = await makeDocument('Informationssikkerhedspolitik', { all: true, units: [], roles: [] });
  await makeDocument('Instruks for udvalgte afsnit', {
    all: false,
    units: units.slice(0, Math.max(1, UNITS / 10)).map((u) => u.id),
    roles: ['risk_owner'],
  });
  for (let i = 0; i < 40; i++) await makeDocument(`Retningslinje ${i}`, { all: true, units: [], roles: [] });
  await db.transaction().execute(async (trx) => {
    const acks = users.slice(0, ACKED).map((user) => ({
      id: newId(),
      document_id: policy.id,
      org_id: org.id,
      version_id: policy.versionId,
      version_number: 1,
      user_id: user.id,
      acknowledged_at: now,
    }));
    await chunked(acks, 500, (chunk) => trx.insertInto('document_acknowledgements').values(chunk).execute());
  });

  const officer = await loadActor(db, officerId, null);
  const employee = await loadActor(db, (users[EMPLOYEES - 1] as { id: string }).id, null);
  if (!officer || !employee) throw new Error('bench users missing');
  const ctx: RequestContext = { ...app, actor: officer, requestId: 'bench', auditEvents: 0 };
  await getCycle(ctx, officer, org.id, 2027);
  const feed = await createFeed(ctx, officer, 'https://skjold.bench');
  const secret = feed.url.split('/').at(-1)?.replace('.ics', '') as string;

  if (process.env.BENCH_EXPLAIN) {
    const { scope } = await audienceScopeOf(db, {
      ...(await findDocument(db, org.id, policy.id)),
    } as Parameters<typeof audienceScopeOf>[1]);
    const compiled = coverageTotalQuery(db, scope).compile();
    const explain = database.dialect === 'sqlite' ? 'explain query plan' : 'explain analyze';
    const plan = await sql
      .raw(
        `${explain} ${compiled.sql.replace(
          /\?|\$\d+/g,
          (() => {
            let i = 0;
            return () => `'${String(compiled.parameters[i++]).replace(/'/g, "''")}'`;
          })(),
        )}`,
      )
      .execute(db);
    console.log(plan.rows.map((row) => Object.values(row as object).join(' ')).join('\n'));
  }
  const rows: Row[] = [];
  const add = async (scenario: string, note: string, run: () => Promise<unknown>) =>
    rows.push({ dialect: database.dialect, scenario, note, ...(await measure(run)) });
  const total = await coverage(ctx, officer, org.id, policy.id);
  await add('coverage (total + per unit)', `${total.total.inAudience} in audience, ${UNITS + 1} rows`, () =>
    coverage(ctx, officer, org.id, policy.id),
  );
  await add('coverage, units + roles audience', 'union of 10% of units and risk owners', () =>
    coverage(ctx, officer, org.id, documentIds[1] as string),
  );
  await add('pending people, first page of 50', `${EMPLOYEES - ACKED} pending`, () =>
    audiencePeople(ctx, officer, org.id, policy.id, { status: 'pending', limit: 50, direction: 'asc' }),
  );
  await add('my documents (employee)', '42 published documents', () =>
    myDocuments({ ...ctx, actor: employee }, employee, { limit: 50 }),
  );
  await add('årshjul month view', '11 default activities', () => getCycle(ctx, officer, org.id, 2027));
  await add('iCal feed', 'tasks + årshjul occurrences', () =>
    renderFeedForSecret(ctx, secret, 'https://skjold.bench'),
  );
  await database.close();
  return rows;
}

const results: Row[] = [];
const sqliteDir = mkdtempSync(join(tmpdir(), 'skjold-bench-'));
results.push(...(await bench(`sqlite:${join(sqliteDir, `policies-${randomBytes(3).toString('hex')}.db`)}`)));
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (pgUrl) {
  process.env.TEST_DATABASE_URL = pgUrl;
  const testDb = await createTestDatabase('postgres');
  try {
    results.push(...(await bench(testDb.url)));
  } finally {
    await testDb.drop();
  }
}
console.log(`\nPolicies and årshjul: ${EMPLOYEES} staff in ${UNITS} units, ${RUNS} runs each (ms)\n`);
console.log(['dialect', 'scenario', 'median', 'p95', 'data'].join('\t'));
for (const row of results) {
  console.log([row.dialect, row.scenario, row.median.toFixed(1), row.p95.toFixed(1), row.note].join('\t'));
}
