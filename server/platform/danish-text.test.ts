import { describe, expect, it } from 'vitest';
import { danishContainsPattern, danishKey } from './danish-text.ts';

/** Sorts the way both databases do: bytewise over the UTF-8 of the key (`collate "C"`, SQLite BINARY). */
const byKey = (names: readonly string[]) =>
  [...names].sort((a, b) => Buffer.compare(Buffer.from(danishKey(a)), Buffer.from(danishKey(b))));

describe('danishKey', () => {
  it('orders æ, ø, å after z, in that order', () => {
    expect(byKey(['Århus', 'Østerbro', 'Zealand', 'Ærø', 'Ebeltoft'])).toEqual([
      'Ebeltoft',
      'Zealand',
      'Ærø',
      'Østerbro',
      'Århus',
    ]);
  });

  it('does not treat "aa" as å: Aabenraa sorts among the a-words', () => {
    expect(byKey(['Århus', 'Aabenraa', 'Bornholm'])).toEqual(['Aabenraa', 'Bornholm', 'Århus']);
  });

  it('ignores case, also for Æ, Ø and Å', () => {
    expect(danishKey('ÆRØ Kommune')).toBe(danishKey('ærø kommune'));
    expect(danishKey('ÅRHUS')).toBe(danishKey('århus'));
    expect(byKey(['ølstykke', 'Østerbro', 'Ærø', 'ærø'])).toEqual(['Ærø', 'ærø', 'ølstykke', 'Østerbro']);
  });

  it('drops accents of other letters: é sorts as e', () => {
    expect(danishKey('Café René')).toBe(danishKey('cafe rene'));
    expect(byKey(['Eva', 'Émile', 'Ebbe'])).toEqual(['Ebbe', 'Émile', 'Eva']);
  });

  it('files ü under y, ä with æ and ö with ø (Danish dictionary order)', () => {
    expect(danishKey('Müller')).toBe(danishKey('Myller'));
    expect(danishKey('Ä')).toBe(danishKey('Æ'));
    expect(danishKey('ö')).toBe(danishKey('ø'));
    expect(byKey(['Müller', 'Mz', 'Mx'])).toEqual(['Mx', 'Müller', 'Mz']);
    expect(byKey(['Öresund', 'Ärø', 'Zornig', 'Ålborg'])).toEqual(['Zornig', 'Ärø', 'Öresund', 'Ålborg']);
  });

  it('keeps ø and æ after z when they carry an accent (ǿ, ǽ)', () => {
    expect(danishKey('Ǿstergaard')).toBe(danishKey('Østergaard'));
    expect(danishKey('ǽ')).toBe(danishKey('æ'));
    expect(byKey(['Ǿ', 'Z', 'Å'])).toEqual(['Z', 'Ǿ', 'Å']);
  });

  it('gives the same key for composed and decomposed å (NFC and NFD input)', () => {
    expect(danishKey('A\u030arhus')).toBe(danishKey('\u00c5rhus'));
    expect(danishKey('a\u030a')).toBe(danishKey('å'));
  });

  it('collapses and trims white space', () => {
    expect(danishKey('  Region   Hovedstaden \t')).toBe('region hovedstaden');
  });
});

describe('danishContainsPattern', () => {
  it('wraps the Danish key of the query in % for a contains match', () => {
    expect(danishContainsPattern('ÆRØ')).toBe(`%${danishKey('ærø')}%`);
  });

  it('escapes LIKE wildcards and the escape character so they match literally', () => {
    expect(danishContainsPattern('50%')).toBe('%50\\%%');
    expect(danishContainsPattern('a_b')).toBe('%a\\_b%');
    expect(danishContainsPattern('c:\\x')).toBe('%c:\\\\x%');
  });
});
