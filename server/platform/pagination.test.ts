import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.ts';
import { decodeCursor, encodeCursor, pageOf, parseSort } from './pagination.ts';

function domainErrorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('cursors', () => {
  it('round-trips the sort values of the last row, including Danish text and numbers', () => {
    const values = ['}rhus ærø "quoted" / \\', 42, '0b6c2e6e-0000-4000-8000-000000000000'];
    const cursor = encodeCursor(values);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, 3)).toEqual(values);
  });

  it.each([
    ['not base64 JSON', 'garbage!!'],
    ['JSON that is not an array', Buffer.from('{"a":1}').toString('base64url')],
    ['an array of the wrong length', encodeCursor(['a'])],
    ['values that are neither string nor number', Buffer.from('[null, {"a": 1}]').toString('base64url')],
    ['an empty string', ''],
  ])('rejects %s as 400 invalid_cursor on the cursor field', (_label, cursor) => {
    const error = domainErrorOf(() => decodeCursor(cursor, 2));
    expect(error.status).toBe(400);
    expect(error.code).toBe('invalid_cursor');
    expect(error.fields).toEqual([{ path: 'cursor', code: 'invalid_cursor' }]);
  });
});

describe('parseSort', () => {
  it('defaults to the fallback field ascending', () => {
    expect(parseSort(undefined, ['name', 'email'], 'name')).toEqual({ field: 'name', direction: 'asc' });
  });

  it('reads a leading - as descending and a leading + as ascending', () => {
    expect(parseSort('-email', ['name', 'email'], 'name')).toEqual({ field: 'email', direction: 'desc' });
    expect(parseSort('+email', ['name', 'email'], 'name')).toEqual({ field: 'email', direction: 'asc' });
  });

  it('rejects a field the list does not allow as 400 invalid_sort', () => {
    for (const sort of ['cvr', '-password_hash', 'name;drop table users']) {
      const error = domainErrorOf(() => parseSort(sort, ['name'], 'name'));
      expect(error.status).toBe(400);
      expect(error.code).toBe('invalid_sort');
      expect(error.fields).toEqual([{ path: 'sort', code: 'invalid_sort' }]);
    }
  });
});

describe('pageOf', () => {
  it('gives a cursor of the last returned row only when a further row exists', () => {
    const rows = [{ k: 'a' }, { k: 'b' }, { k: 'c' }];
    const more = pageOf(rows, 2, (row) => [row.k]);
    expect(more.items).toEqual([{ k: 'a' }, { k: 'b' }]);
    expect(more.nextCursor && decodeCursor(more.nextCursor, 1)).toEqual(['b']);
    const last = pageOf(rows, 3, (row) => [row.k]);
    expect(last.items).toHaveLength(3);
    expect(last.nextCursor).toBeNull();
  });
});
