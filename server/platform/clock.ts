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
