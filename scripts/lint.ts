/**
 * `npm run lint`: Biome (format, lint, module boundaries), then jscpd (duplicate code, settings
 * and threshold in .jscpd.json). Both always run, so one failing does not hide the other.
 */
import { run } from './run.ts';

const checks: [name: string, command: string, args: string[]][] = [
  ['lint (biome)', 'biome', ['check', '.']],
  ['duplicate code (jscpd)', 'jscpd', ['--config', '.jscpd.json']],
];

const failed = checks.filter(([name, command, args]) => {
  console.log(`\n▶ ${name}`);
  return run(command, args) !== 0;
});
if (failed.length) console.log(`\nFailed: ${failed.map(([name]) => name).join(', ')}`);
process.exitCode = failed.length ? 1 : 0;
