import { rmSync } from 'node:fs';

/** Removes this run's SQLite database (set E2E_KEEP_DB=1 to keep it for inspection). */
export default function globalTeardown(): void {
  const url = process.env.SKJOLD_E2E_DATABASE_URL;
  if (!url?.startsWith('sqlite:') || process.env.E2E_KEEP_DB) return;
  const file = url.slice('sqlite:'.length);
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
}
