import type { AnnualFrequency } from '../../db/schema.ts';

/**
 * When the activities of the annual cycle fall due. Pure functions: the service, the month
 * view, the task job and the iCal feed all read the same dates from here.
 */

/** How many occurrences a year each frequency has, and the spacing between them in months. */
const shape: Record<AnnualFrequency, { count: number; step: number }> = {
  monthly: { count: 12, step: 1 },
  quarterly: { count: 4, step: 3 },
  half_yearly: { count: 2, step: 6 },
  yearly: { count: 1, step: 12 },
};

/**
 * The months of an activity from user input: monthly is every month; quarterly and half-yearly
 * take their first month and repeat it, or the full list when it is evenly spaced. Null when
 * the months do not fit the frequency.
 */
export function normaliseMonths(frequency: AnnualFrequency, months: readonly number[]): number[] | null {
  const { count, step } = shape[frequency];
  if (frequency === 'monthly') return Array.from({ length: 12 }, (_, i) => i + 1);
  const unique = [...new Set(months)].sort((a, b) => a - b);
  if (unique.some((m) => !Number.isInteger(m) || m < 1 || m > 12)) return null;
  if (unique.length === 1 && count > 1) {
    const first = ((((unique[0] as number) - 1) % step) + step) % step;
    return Array.from({ length: count }, (_, i) => first + 1 + i * step);
  }
  if (unique.length !== count) return null;
  const spaced = unique.every((m, i) => i === 0 || m - (unique[i - 1] as number) === step);
  return spaced ? unique : null;
}

export const parseMonths = (text: string): number[] =>
  text
    .split(',')
    .map(Number)
    .filter((m) => Number.isInteger(m) && m >= 1 && m <= 12);

export const formatMonths = (months: readonly number[]) => months.join(',');

/** The due date in a month: the given day, or the last day of the month (also when the day does not exist). */
export function dueDateIn(year: number, month: number, dayOfMonth: number | null): string {
  const first = Temporal.PlainDate.from({ year, month, day: 1 });
  const day = dayOfMonth === null ? first.daysInMonth : Math.min(dayOfMonth, first.daysInMonth);
  return first.with({ day }).toString();
}

export type Occurrence = { key: string; year: number; month: number; dueDate: string };

export const occurrenceKeyOf = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

type Schedule = { months: readonly number[]; dayOfMonth: number | null };

/** Occurrences due from `from` to `to` (inclusive), in date order. */
export function occurrencesBetween(activity: Schedule, from: string, to: string): Occurrence[] {
  const start = Temporal.PlainDate.from(from);
  const end = Temporal.PlainDate.from(to);
  const result: Occurrence[] = [];
  for (let year = start.year; year <= end.year; year += 1) {
    for (const month of [...activity.months].sort((a, b) => a - b)) {
      const dueDate = dueDateIn(year, month, activity.dayOfMonth);
      if (dueDate >= from && dueDate <= to)
        result.push({ key: occurrenceKeyOf(year, month), year, month, dueDate });
    }
  }
  return result;
}

/** The first occurrence due on or after `today`. */
export function nextOccurrence(activity: Schedule, today: string): Occurrence | null {
  if (activity.months.length === 0) return null;
  const inAYear = Temporal.PlainDate.from(today).add({ years: 1, days: 31 }).toString();
  return occurrencesBetween(activity, today, inAYear)[0] ?? null;
}
