/**
 * The module boundaries of DESIGN.md §3 are Biome `noRestrictedImports` overrides in biome.json.
 * A glob that silently stops matching would let every boundary fall without a single failing
 * lint, so this lints the fixtures in lint-fixtures/ (one Biome run for all of them) and expects
 * every import in a fixture to be reported, and none in an `allowed*.ts` fixture.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const fixtures = 'lint-fixtures';

type Diagnostic = { category: string; message: string; location: { path: string } };

const fixtureFiles = readdirSync(join(root, fixtures), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => join(fixtures, file).replaceAll('\\', '/'))
  .sort();

/** Every specifier a fixture imports, re-exports or imports dynamically. */
function specifiers(file: string): string[] {
  const source = readFileSync(join(root, file), 'utf8');
  return [...source.matchAll(/(?:\bfrom|\bimport\()\s*'([^']+)'/g)].map((match) => match[1] ?? '');
}

const isAllowed = (file: string) => file.split('/').at(-1)?.startsWith('allowed') ?? false;

let reported: Diagnostic[] = [];

beforeAll(() => {
  // biome.lint-fixtures.json is biome.json with the linter turned back on for lint-fixtures/.
  const result = spawnSync(
    join(root, 'node_modules', '.bin', 'biome'),
    [
      'lint',
      '--config-path=biome.lint-fixtures.json',
      '--only=style/noRestrictedImports',
      '--reporter=json',
      '--max-diagnostics=none',
      fixtures,
    ],
    { cwd: root, encoding: 'utf8' },
  );
  const output = result.stdout.slice(result.stdout.indexOf('{'));
  if (!output) throw new Error(`biome printed no report: ${result.stderr}`);
  reported = (JSON.parse(output) as { diagnostics: Diagnostic[] }).diagnostics;
});

const reportedIn = (file: string) => reported.filter((diagnostic) => diagnostic.location.path === file);

describe('module boundaries (biome noRestrictedImports)', () => {
  it('finds the fixtures', () => {
    expect(fixtureFiles.filter(isAllowed).length).toBeGreaterThan(0);
    expect(fixtureFiles.filter((file) => !isAllowed(file)).length).toBeGreaterThan(0);
  });

  it('reports nothing but noRestrictedImports, and only in fixtures', () => {
    for (const diagnostic of reported) {
      expect(diagnostic.category).toBe('lint/style/noRestrictedImports');
      expect(fixtureFiles).toContain(diagnostic.location.path);
    }
  });

  for (const file of fixtureFiles) {
    const imports = specifiers(file);
    if (isAllowed(file)) {
      it(`allows every import in ${file}`, () => {
        expect(imports.length).toBeGreaterThan(0);
        expect(reportedIn(file).map((diagnostic) => diagnostic.message)).toEqual([]);
      });
    } else {
      it(`rejects every import in ${file}`, () => {
        expect(imports.length).toBeGreaterThan(0);
        expect(reportedIn(file)).toHaveLength(imports.length);
      });
    }
  }
});
