/**
 * `npm test`: every check and suite, then one summary line `N passed, N failed`.
 * Checks (lint, typecheck, API client drift) count as one test each; the server suites run on
 * SQLite and, when TEST_DATABASE_URL is set, on PostgreSQL too; then the browser suite.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { run } from './run.ts';

type Tally = { passed: number; failed: number; skipped: number };
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const failures: string[] = [];

function check(name: string, command: string, args: string[]) {
  console.log(`\n▶ ${name}`);
  if (run(command, args) === 0) total.passed += 1;
  else {
    total.failed += 1;
    failures.push(name);
  }
}

type JsonReport = {
  numPassedTests?: number;
  numFailedTests?: number;
  numPendingTests?: number;
  numTodoTests?: number;
};

function suite(name: string, command: string, args: string[], report: string, read: (file: string) => Tally) {
  console.log(`\n▶ ${name}`);
  rmSync(report, { force: true });
  const code = run(command, args);
  const tally = existsSync(report) ? read(report) : { passed: 0, failed: 0, skipped: 0 };
  // A runner that crashed before reporting still counts as a failure.
  if (code !== 0 && tally.failed === 0) tally.failed = 1;
  total.passed += tally.passed;
  total.failed += tally.failed;
  total.skipped += tally.skipped;
  if (tally.failed) failures.push(name);
}

const readVitest = (file: string): Tally => {
  const json = JSON.parse(readFileSync(file, 'utf8')) as JsonReport;
  return {
    passed: json.numPassedTests ?? 0,
    failed: json.numFailedTests ?? 0,
    skipped: (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0),
  };
};

const readPlaywright = (file: string): Tally => {
  const json = JSON.parse(readFileSync(file, 'utf8')) as { stats?: Record<string, number> };
  const stats = json.stats ?? {};
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: stats.unexpected ?? 0,
    skipped: stats.skipped ?? 0,
  };
};

mkdirSync('test-results', { recursive: true });
check('lint (biome)', 'biome', ['check', '.']);
check('duplicate code (jscpd)', 'jscpd', ['--config', '.jscpd.json']);
check('typecheck (tsc)', 'tsc', ['-p', '.']);
check('typecheck web (tsc)', 'tsc', ['-p', 'web']);
check('typecheck browser tests (tsc)', 'tsc', ['-p', 'e2e']);
check('typed API client matches the OpenAPI document', 'node', ['scripts/openapi.ts', '--check']);
if (!process.env.TEST_DATABASE_URL) {
  console.log('\nTEST_DATABASE_URL is not set: the server suites run on SQLite only.');
}
suite(
  'server suites (vitest)',
  'vitest',
  ['run', '--reporter=default', '--reporter=json', '--outputFile=test-results/server.json'],
  'test-results/server.json',
  readVitest,
);
console.log('\n▶ browser suite setup');
if (run('node', ['scripts/ensure-chromium.ts']) !== 0 || run('vite', ['build', '--logLevel', 'warn']) !== 0) {
  total.failed += 1;
  failures.push('browser suite setup');
} else {
  suite('browser suite (playwright)', 'playwright', ['test'], 'test-results/e2e.json', readPlaywright);
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
const skipped = total.skipped ? `, ${total.skipped} skipped` : '';
console.log(`\n${total.passed} passed, ${total.failed} failed${skipped}`);
process.exitCode = total.failed ? 1 : 0;
