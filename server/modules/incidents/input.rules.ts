import { invalid } from '../../platform/errors.ts';

/** Client clocks drift; a time this far ahead of the server still counts as now. */
const CLOCK_SKEW_MS = 2 * 60_000;

/** Times of things that happened (noticed, sent, ended) cannot lie in the future. */
export function assertNotInFuture(fields: Record<string, string | null | undefined>, now = Date.now()): void {
  const errors = Object.entries(fields)
    .filter(([, value]) => value && Date.parse(value) > now + CLOCK_SKEW_MS)
    .map(([path]) => ({ path, code: 'time_in_future' as const }));
  if (errors.length) throw invalid('invalid_request', errors);
}

/** Trims free text; blank becomes null so "not described" is one state. */
export const cleanText = (value: string | null | undefined): string | null | undefined => {
  if (value === undefined || value === null) return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};

/** Instants are stored as ISO UTC with milliseconds, whatever offset the client sent. */
export const toUtc = (value: string | null | undefined): string | null | undefined =>
  value === undefined || value === null ? value : new Date(value).toISOString();
