import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installAllModules } from '../modules.ts';
import { hasMessage, registeredMessages } from './i18n.ts';

installAllModules();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every code the server code throws or puts on a field, read from the source. */
function codesInSource(): Map<string, string> {
  const patterns = [
    /\b(?:invalid|forbidden|conflict|unauthenticated)\(\s*'([a-z0-9_.]+)'/g,
    /new DomainError\(\s*\d+,\s*'([a-z0-9_.]+)'/g,
    /\{ path: [^}]*\bcode: '([a-z0-9_.]+)'/g,
  ];
  const found = new Map<string, string>();
  for (const file of sourceFiles('server')) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) found.set(match[1] as string, file);
    }
  }
  return found;
}

describe('error codes and messages', () => {
  it('gives every registered code a Danish and an English message', () => {
    const messages = registeredMessages();
    expect(messages.length).toBeGreaterThan(150);
    const incomplete = messages.filter((m) => !m.da?.trim() || !m.en?.trim()).map((m) => m.key);
    expect(incomplete).toEqual([]);
  });

  it('has a message for every code the server answers with', () => {
    const codes = codesInSource();
    expect(codes.size).toBeGreaterThan(100);
    const missing = [...codes]
      .filter(([code]) => !hasMessage(code))
      .map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });
});
