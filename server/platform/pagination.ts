import { z } from 'zod';
import type { CursorValues } from '../db/keyset.ts';
import { invalid } from './errors.ts';

export type { CursorValues };

/**
 * Keyset pagination: a cursor holds the sort values of the last row returned, so the next
 * page starts after it without counting or skipping rows.
 */
export const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(1000).optional(),
  q: z.string().max(200).optional(),
  sort: z.string().max(100).optional(),
});

export type ListQuery = z.infer<typeof listQuery>;

export const listOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export function encodeCursor(values: CursorValues): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number): CursorValues {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === length &&
      values.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return values;
    }
  } catch {
    // fall through to the domain error
  }
  throw invalid('invalid_cursor', [{ path: 'cursor', code: 'invalid_cursor' }]);
}

/** Parses `sort=-name` against the fields a list allows; returns field and direction. */
export function parseSort<F extends string>(
  sort: string | undefined,
  allowed: readonly F[],
  fallback: F,
): { field: F; direction: 'asc' | 'desc' } {
  if (!sort) return { field: fallback, direction: 'asc' };
  const direction = sort.startsWith('-') ? 'desc' : 'asc';
  const field = sort.replace(/^[-+]/, '') as F;
  if (!allowed.includes(field)) throw invalid('invalid_sort', [{ path: 'sort', code: 'invalid_sort' }]);
  return { field, direction };
}

/** Takes one extra row to know whether another page exists. */
export function pageOf<T>(rows: T[], limit: number, cursorOf: (row: T) => CursorValues) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor = rows.length > limit && last ? encodeCursor(cursorOf(last)) : null;
  return { items, nextCursor };
}
