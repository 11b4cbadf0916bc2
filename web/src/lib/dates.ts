import type { Locale } from '../api/types';

const dateFormatters = new Map<Locale, Intl.DateTimeFormat>();

/**
 * A calendar date (`YYYY-MM-DD`) in the UI language's notation, e.g. "3. marts 2027" in Danish.
 * Calendar dates carry no time zone, so they are formatted as UTC to never shift a day.
 */
export function formatDate(date: string | null | undefined, locale: Locale): string {
  if (!date) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return date;
  let formatter = dateFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormatters.set(locale, formatter);
  }
  return formatter.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}

/** Today's date in Denmark (`YYYY-MM-DD`), the calendar the server counts deadlines in. */
export function todayInDenmark(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** `YYYY-MM-DD` plus a number of days (or months), for default due dates and expiries. */
export function addToDate(
  date: string,
  { days = 0, months = 0 }: { days?: number; months?: number },
): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay) + days);
  return target.toISOString().slice(0, 10);
}
