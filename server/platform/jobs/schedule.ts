import type { Db } from '../../db/database.ts';
import { TIME_ZONE } from '../clock.ts';
import { type Enqueued, enqueueJob } from './enqueue.ts';

/** Every `n` milliseconds (aligned to the epoch), or daily at `HH:MM` Danish local time. */
export type Recurrence = number | { dailyAt: string };

export type RecurringSchedule = { name: string; recurrence: Recurrence; type: string; payload: unknown };

const schedules = new Map<string, RecurringSchedule>();
const hhmm = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Describes a recurring job; a module lists it in its manifest's `schedules`. Every runner keeps
 * the next occurrence queued, with a dedupe key per occurrence, so several instances never
 * schedule it twice and an occurrence that falls while every instance is down runs when one
 * comes back.
 */
export function scheduleRecurring(
  name: string,
  recurrence: Recurrence,
  type: string,
  payload: unknown = {},
): RecurringSchedule {
  if (typeof recurrence === 'number' && !(Number.isInteger(recurrence) && recurrence >= 1000)) {
    throw new Error(`Recurring schedule "${name}": the interval must be whole milliseconds, at least 1000`);
  }
  if (typeof recurrence !== 'number' && !hhmm.test(recurrence.dailyAt)) {
    throw new Error(`Recurring schedule "${name}": dailyAt must be HH:MM`);
  }
  return { name, recurrence, type, payload };
}

/** Makes the schedule run in this process (done by installModules); the same schedule twice is a no-op. */
export function registerSchedule(schedule: RecurringSchedule): void {
  const existing = schedules.get(schedule.name);
  if (existing === schedule) return;
  if (existing) throw new Error(`Recurring schedule "${schedule.name}" is defined twice`);
  schedules.set(schedule.name, schedule);
}

export const recurringSchedules = (): RecurringSchedule[] => [...schedules.values()];

/** The first occurrence strictly after `after`; daily times follow Danish summer and winter time. */
export function nextOccurrence(recurrence: Recurrence, after: Date): Date {
  if (typeof recurrence === 'number') {
    return new Date((Math.floor(after.getTime() / recurrence) + 1) * recurrence);
  }
  const [hour = 0, minute = 0] = recurrence.dailyAt.split(':').map(Number);
  const plainTime = Temporal.PlainTime.from({ hour, minute });
  const instant = Temporal.Instant.fromEpochMilliseconds(after.getTime());
  const today = instant.toZonedDateTimeISO(TIME_ZONE).toPlainDate();
  const at = (date: Temporal.PlainDate) => date.toZonedDateTime({ timeZone: TIME_ZONE, plainTime });
  const candidate = at(today);
  const next =
    Temporal.Instant.compare(candidate.toInstant(), instant) > 0 ? candidate : at(today.add({ days: 1 }));
  return new Date(next.epochMilliseconds);
}

export const occurrenceKey = (schedule: RecurringSchedule, runAt: Date) =>
  `schedule:${schedule.name}:${runAt.toISOString()}`;

/** Queues the schedule's next occurrence after `now`; a no-op when any instance already did. */
export async function enqueueNextOccurrence(
  db: Db,
  schedule: RecurringSchedule,
  now: Date,
): Promise<Enqueued & { runAt: Date }> {
  const runAt = nextOccurrence(schedule.recurrence, now);
  const enqueued = await enqueueJob(db, {
    type: schedule.type,
    payload: schedule.payload,
    runAt,
    dedupeKey: occurrenceKey(schedule, runAt),
  });
  return { ...enqueued, runAt };
}
