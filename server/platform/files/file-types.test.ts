import { describe, expect, it } from 'vitest';
import { contentDisposition, formatBytes, looksLikeMarkup, sanitizeFileName } from './file-types.ts';

describe('sanitizeFileName', () => {
  const cases: [string, string, string][] = [
    ['keeps a Danish name as it is', 'Risikovurdering 2026 – æøå.pdf', 'Risikovurdering 2026 – æøå.pdf'],
    ['drops a Unix path', '../../etc/passwd.txt', 'passwd.txt'],
    ['drops a Windows path', 'C:\\Users\\mette\\Rapport.docx', 'Rapport.docx'],
    [
      'removes a right-to-left override that disguises the extension',
      'faktura\u202Efdp.exe',
      'fakturafdp.exe',
    ],
    ['removes control characters and zero-width marks', 'a\u0000b\u0007c\u200Bd.txt', 'abcd.txt'],
    ['replaces characters Windows forbids', 'a<b>c:d"e|f?g*h.pdf', 'a_b_c_d_e_f_g_h.pdf'],
    ['removes leading dots, so nothing becomes hidden', '...bashrc.txt', 'bashrc.txt'],
    ['removes trailing dots and spaces', 'rapport.pdf. . ', 'rapport.pdf'],
    ['collapses whitespace', 'a \t\n b.txt', 'a b.txt'],
    ['composes decomposed letters (NFC)', 'A\u030Abenr\u00E5.pdf', 'Åbenrå.pdf'],
  ];
  for (const [rule, input, expected] of cases) {
    it(rule, () => {
      expect(sanitizeFileName(input)).toBe(expected);
    });
  }

  it('shortens a long name to 200 characters and keeps the extension', () => {
    const name = sanitizeFileName(`${'æ'.repeat(300)}.xlsx`);
    expect([...name]).toHaveLength(200);
    expect(name.endsWith('æ.xlsx')).toBe(true);
  });
});

describe('contentDisposition', () => {
  it('is always an attachment, with an ASCII fallback and the exact UTF-8 name', () => {
    expect(contentDisposition("Årsrapport (endelig) 100%'s.pdf")).toBe(
      `attachment; filename="Arsrapport (endelig) 100_'s.pdf"; filename*=UTF-8''%C3%85rsrapport%20%28endelig%29%20100%25%27s.pdf`,
    );
  });
});

describe('looksLikeMarkup', () => {
  const markup = [
    '<!DOCTYPE html>',
    '\n  <html lang="da">',
    '<script>alert(1)</script>',
    '<svg/>',
    '<?xml version="1.0"?>',
  ];
  const text = ['navn;ejer', '<john@example.dk> skrev:', 'a < b', '<3 tak'];
  for (const head of markup)
    it(`finds markup in ${JSON.stringify(head)}`, () =>
      expect(looksLikeMarkup(Buffer.from(head))).toBe(true));
  for (const head of text)
    it(`lets ${JSON.stringify(head)} pass as text`, () =>
      expect(looksLikeMarkup(Buffer.from(head))).toBe(false));
});

describe('formatBytes', () => {
  it('prints the limit the way the error message shows it', () => {
    expect(formatBytes(26_214_400)).toBe('25 MiB');
    expect(formatBytes(65_536)).toBe('64 KiB');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(100)).toBe('100 bytes');
  });
});
