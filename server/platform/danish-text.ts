import { type Expression, type SqlBool, sql } from 'kysely';

/**
 * Danish sort and search keys, computed in code so both databases order and match text
 * identically (node:sqlite has no ICU collation; PostgreSQL's depends on the server's build).
 *
 * The key is lower case, drops accents, and maps æ, ø, å (and their German and Swedish
 * cousins ä, ö, and ü which Danish files under y) to characters that sort after z in a byte
 * comparison. Key columns are compared bytewise (`collate "C"` on PostgreSQL).
 */
const afterZ: Record<string, string> = {
  æ: '{',
  ä: '{',
  ø: '|',
  ö: '|',
  å: '}',
  ü: 'y',
};

export function danishKey(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC').toLocaleLowerCase('da')) {
    const mapped = afterZ[char];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    // Strip diacritics of everything else (é -> e), keep the base letter; ø and æ carrying an
    // accent (ǿ, ǽ) keep their place after z.
    const base = char.normalize('NFD').replace(/\p{M}/gu, '');
    out += afterZ[base] ?? base;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** LIKE pattern that finds `query` anywhere in a Danish key, with LIKE's wildcards escaped. */
export function danishContainsPattern(query: string): string {
  return `%${danishKey(query).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * `column LIKE pattern ESCAPE '\'` for patterns from danishContainsPattern. The ESCAPE clause
 * is needed: PostgreSQL escapes with a backslash by default, SQLite has no escape character
 * unless told, so without it `%` and `_` in a search would be wildcards on SQLite.
 */
export function likeEscaped(column: string, pattern: string): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} like ${pattern} escape ${'\\'}`;
}
