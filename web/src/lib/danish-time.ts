import type { Locale } from '../api/types';

/** Every legal clock and date in Skjold runs on Danish time, wherever the browser is. */
export const TIME_ZONE = 'Europe/Copenhagen';

const intlLocale = (locale: Locale) => (locale === 'da' ? 'da-DK' : 'en-GB');
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const cacheKey = `${key}:${locale}`;
  let found = cache.get(cacheKey);
  if (!found) {
    found = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: TIME_ZONE, ...options });
    cache.set(cacheKey, found);
  }
  return found;
}

const valid = (date: Date) => !Number.isNaN(date.getTime());

/** "tirsdag den 31. marts 2026 kl. 11.00": a due time people read at 2 a.m. without doubt. */
export function formatDueTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (!valid(date)) return iso;
  return formatter('due', locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/** "31.03.2026 11.00" (da) or "31/03/2026, 11:00" (en). */
export function formatInstant(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (!valid(date)) return iso;
  return formatter('instant', locale, { dateStyle: 'short', timeStyle: 'short' }).format(date);
}

/** A calendar date (YYYY-MM-DD) in long form, e.g. "31. marts 2026". */
export function formatCalendarDate(date: string | null | undefined, locale: Locale): string {
  if (!date) return '';
  const parsed = new Date(`${date}T12:00:00Z`);
  if (!valid(parsed)) return date;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(parsed);
}

/** The name of a month (1-12) in the UI language. */
export function monthName(month: number, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2026, month - 1, 15)),
  );
}

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function wallClock(epochMs: number): WallClock {
  const parts = formatter('parts', 'en', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(epochMs));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

const two = (n: number) => String(n).padStart(2, '0');

/** Today's date on the Danish calendar, YYYY-MM-DD. */
export function todayDanish(now = Date.now()): string {
  const wall = wallClock(now);
  return `${wall.year}-${two(wall.month)}-${two(wall.day)}`;
}

/** The value of a `datetime-local` input (YYYY-MM-DDTHH:mm) for an instant, on Danish time. */
export function toDanishInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const wall = wallClock(ms);
  return `${wall.year}-${two(wall.month)}-${two(wall.day)}T${two(wall.hour)}:${two(wall.minute)}`;
}

/** Now, as a `datetime-local` value on Danish time. */
export const nowDanishInput = () => toDanishInput(new Date().toISOString());

/**
 * The instant (ISO UTC) of a Danish wall-clock time typed into a `datetime-local` input. The
 * offset is found by asking what Danish time a first guess shows, then correcting (DST-safe;
 * a time lost to the spring jump moves forward, as on the server).
 */
export function fromDanishInput(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match;
  const asUtc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  const offsetAt = (ms: number) => {
    const wall = wallClock(ms);
    return (
      Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) -
      Math.floor(ms / 1000) * 1000
    );
  };
  let guess = asUtc - offsetAt(asUtc);
  guess = asUtc - offsetAt(guess);
  return new Date(guess).toISOString();
}

export type RemainingParts = {
  negative: boolean;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
};

export function splitSeconds(totalSeconds: number): RemainingParts {
  const negative = totalSeconds < 0;
  let rest = Math.abs(Math.trunc(totalSeconds));
  const days = Math.floor(rest / 86_400);
  rest -= days * 86_400;
  const hours = Math.floor(rest / 3600);
  rest -= hours * 3600;
  const minutes = Math.floor(rest / 60);
  return { negative, days, hours, minutes, seconds: rest - minutes * 60 };
}
