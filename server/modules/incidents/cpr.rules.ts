import { invalid } from '../../platform/errors.ts';

/**
 * Danish CPR numbers in free text: `ddmmyy-xxxx` or `ddmmyyxxxx` whose first six digits are a
 * real date. The modulus-11 check is not applied: numbers issued since 2007 need not satisfy it.
 * A match must stand on its own: not inside a longer run of digits (account numbers, EANs) nor
 * glued to other digits by a dash, slash or dot (order numbers like 12-010190-1234).
 */
const candidate = /(?<!\d)(?<![\d][-./])(\d{2})(\d{2})(\d{2})(-?)(\d{4})(?!\d)(?![-./]\d)/g;

export type CprMatch = { index: number; length: number; masked: string };

/**
 * The century follows from the year and the first digit of the serial number (the CPR
 * office's table); it only matters for 29 February.
 */
function fullYear(yy: number, serialFirstDigit: number): number {
  if (serialFirstDigit <= 3) return 1900 + yy;
  if (serialFirstDigit === 4 || serialFirstDigit === 9) return yy <= 36 ? 2000 + yy : 1900 + yy;
  return yy <= 57 ? 2000 + yy : 1800 + yy;
}

function isValidDate(day: number, month: number, year: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

export function findCprNumbers(text: string): CprMatch[] {
  const found: CprMatch[] = [];
  for (const match of text.matchAll(candidate)) {
    const [whole, dd = '', mm = '', yy = '', , serial = ''] = match;
    const year = fullYear(Number(yy), Number(serial[0]));
    if (!isValidDate(Number(dd), Number(mm), year)) continue;
    found.push({ index: match.index, length: whole.length, masked: `${dd}${mm}${yy}-****` });
  }
  return found;
}

export const containsCpr = (text: string | null | undefined): boolean =>
  Boolean(text) && findCprNumbers(text as string).length > 0;

/** Replaces every CPR number by `ddmmyy-****` (external reports, texts for authorities). */
export function maskCpr(text: string): { text: string; masked: number } {
  const matches = findCprNumbers(text);
  if (matches.length === 0) return { text, masked: 0 };
  let out = '';
  let from = 0;
  for (const match of matches) {
    out += text.slice(from, match.index) + match.masked;
    from = match.index + match.length;
  }
  return { text: out + text.slice(from), masked: matches.length };
}

export const maskedOrNull = (text: string | null): string | null =>
  text === null ? null : maskCpr(text).text;

/**
 * The warn-then-confirm flow: free text holding a CPR number is refused with 400
 * `incident_cpr_found` naming the fields (never echoing the number), until the user confirms
 * with `acknowledgeCpr: true` that it has to be there.
 */
export function assertNoUnacknowledgedCpr(
  fields: Record<string, string | null | undefined>,
  acknowledged: boolean | undefined,
): void {
  if (acknowledged) return;
  const hits = Object.entries(fields).flatMap(([path, value]) =>
    value ? findCprNumbers(value).map((match) => ({ path, masked: match.masked })) : [],
  );
  if (hits.length === 0) return;
  const paths = [...new Set(hits.map((hit) => hit.path))];
  throw invalid(
    'incident_cpr_found',
    paths.map((path) => ({ path, code: 'cpr_number_found' })),
    { count: hits.length },
  );
}
