/** Instants are stored as ISO-8601 UTC text with milliseconds; calendar dates as YYYY-MM-DD. */
export const TIME_ZONE = 'Europe/Copenhagen';

export const nowIso = (): string => new Date().toISOString();

export const addMinutes = (iso: string, minutes: number): string =>
  new Date(Date.parse(iso) + minutes * 60_000).toISOString();

/** The UTC instant at which a Danish calendar day begins (DST-safe). */
export function startOfLocalDay(date: string): string {
  const instant = Temporal.PlainDate.from(date).toZonedDateTime({ timeZone: TIME_ZONE }).toInstant();
  return new Date(instant.epochMilliseconds).toISOString();
}

/** The UTC instant at which the Danish day after `date` begins: the exclusive end of `date`. */
export function endOfLocalDay(date: string): string {
  return startOfLocalDay(Temporal.PlainDate.from(date).add({ days: 1 }).toString());
}

/** Today's Danish calendar date (YYYY-MM-DD). */
export function todayLocal(now: Date = new Date()): string {
  return Temporal.Instant.fromEpochMilliseconds(now.getTime())
    .toZonedDateTimeISO(TIME_ZONE)
    .toPlainDate()
    .toString();
}

/**
 * A date is overdue from 00:00 Danish time on the following day (DESIGN.md section 6), so a
 * task due today is not overdue until midnight.
 */
export function isOverdue(dueDate: string, now: Date = new Date()): boolean {
  return todayLocal(now) > dueDate;
}

/** Calendar arithmetic with end-of-month clamping: 29 February + 12 months = 28 February. */
export function addMonthsToDate(date: string, months: number): string {
  return Temporal.PlainDate.from(date).add({ months }, { overflow: 'constrain' }).toString();
}

export function addDaysToDate(date: string, days: number): string {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}
