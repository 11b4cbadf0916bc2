/**
 * Parsers for list filters held in the URL (TanStack Router `validateSearch`). A list page's
 * filters live in its search params, so a reload or a shared link shows the same list. The
 * router parses `?a=1&b=true` to numbers and booleans, a hand-typed link may carry strings:
 * each parser accepts both and answers undefined for anything it does not recognise, so a bad
 * link shows the unfiltered list instead of failing.
 */

type Search = Record<string, unknown>;

/** Free text, trimmed; empty is no filter. */
export function searchText(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** A checkbox filter: present only when on. */
export function searchFlag(value: unknown): true | undefined {
  return value === true || value === 'true' ? true : undefined;
}

/** A yes/no filter where "no" differs from "not set". */
export function searchBoolean(value: unknown): boolean | undefined {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return undefined;
}

/** One of a fixed set of values. */
export function searchOneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return values.find((candidate) => candidate === value);
}

/** A whole number within [min, max]. */
export function searchInt(value: unknown, min: number, max: number): number | undefined {
  const number = typeof value === 'string' && value.trim() ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= min && number <= max
    ? number
    : undefined;
}

/** A record id (UUID). */
export function searchId(value: unknown): string | undefined {
  return typeof value === 'string' && /^[0-9a-f-]{36}$/i.test(value) ? value : undefined;
}

/** A calendar date, yyyy-mm-dd. */
export function searchDate(value: unknown): string | undefined {
  const text = searchText(value);
  return text && /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : undefined;
}

/** The filters without unset keys, so the URL only carries what is chosen. */
export function definedOnly<F extends Search>(filters: F): F {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as F;
}
