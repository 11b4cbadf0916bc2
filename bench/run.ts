/**
 * `npm run bench`: throughput and latency of sign-in and authenticated reads on SQLite and,
 * when BENCH_DATABASE_URL or TEST_DATABASE_URL is set, PostgreSQL; a bare Fastify route gives
 * the ratio. Load comes from this process over loopback; the server runs in a child process.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import pg from 'pg';

type Server = {
  address: string;
  bareAddress: string;
  email: string;
  password: string;
  orgId: string;
  dialect: string;
};
type Result = {
  scenario: string;
  dialect: string;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
};

const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 4) * 1000;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);

async function startServer(databaseUrl?: string) {
  const child = spawn('node', ['bench/bench-server.ts', ...(databaseUrl ? [databaseUrl] : [])], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`bench server exited ${code}`)));
  });
  return { server: JSON.parse(line) as Server, stop: () => child.kill('SIGTERM') };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Closed-loop load: CONCURRENCY workers send requests back to back for DURATION_MS. */
async function load(
  scenario: string,
  dialect: string,
  send: () => Promise<Response>,
  concurrency = CONCURRENCY,
): Promise<Result> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + DURATION_MS;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        const response = await send();
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (!response.ok) errors += 1;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    scenario,
    dialect,
    requests: latencies.length,
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
  };
}

async function benchmark(databaseUrl?: string): Promise<Result[]> {
  const { server, stop } = await startServer(databaseUrl);
  try {
    const credentials = JSON.stringify({ email: server.email, password: server.password });
    const login = () =>
      fetch(`${server.address}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: credentials,
      });
    const first = await login();
    const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const get = (path: string) => () => fetch(`${server.address}${path}`, { headers: { cookie } });
    const results: Result[] = [];
    results.push(await load('bare Fastify route', server.dialect, () => fetch(`${server.bareAddress}/bare`)));
    results.push(await load('GET /api/health', server.dialect, get('/api/health')));
    results.push(await load('GET /api/v1/me (session)', server.dialect, get('/api/v1/me')));
    results.push(
      await load(
        'GET members, page of 50',
        server.dialect,
        get(`/api/v1/orgs/${server.orgId}/members?limit=50`),
      ),
    );
    // argon2id at production cost dominates sign-in; fewer workers than cores would hide nothing here.
    results.push(await load('POST /api/v1/auth/login', server.dialect, login, 4));
    return results;
  } finally {
    stop();
  }
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

const results = [...(await benchmark())];
const pgUrl = await postgresUrl();
if (pgUrl) results.push(...(await benchmark(pgUrl)));
else console.log('PostgreSQL skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL to include it.');

const bareRps = new Map(
  results.filter((r) => r.scenario === 'bare Fastify route').map((r) => [r.dialect, r.rps]),
);
console.log(
  `\nSkjold HTTP benchmark — ${DURATION_MS / 1000}s per row, ${CONCURRENCY} concurrent clients (login: 4), loopback\n`,
);
console.table(
  results.map((r) => ({
    scenario: r.scenario,
    database: r.dialect,
    'req/s': Math.round(r.rps),
    'vs bare': `${((r.rps / (bareRps.get(r.dialect) ?? r.rps)) * 100).toFixed(1)} %`,
    'p50 ms': r.p50.toFixed(2),
    'p95 ms': r.p95.toFixed(2),
    'p99 ms': r.p99.toFixed(2),
    errors: r.errors,
  })),
);
