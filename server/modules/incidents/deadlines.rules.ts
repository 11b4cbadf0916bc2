import type { DeadlineKind, RecipientCode, StageCode } from '../../catalog/incidents.ts';
import { TIME_ZONE } from '../../platform/clock.ts';

/**
 * The legal clocks of an incident (DESIGN.md section 6), as a pure function of its facts, the
 * notifications register and the current instant.
 *
 * - Hour clocks count elapsed hours from the awareness time (an Instant, so DST cannot move
 *   them): GDPR Art. 33 +72 h; NIS2 early warning +24 h and incident notification +72 h.
 * - The NIS2 final report is due one calendar month after the incident notification was sent,
 *   computed on the Danish wall clock (`ZonedDateTime.add({ months: 1 })`: 31 January becomes
 *   28/29 February, a time lost to the spring DST jump moves forward). No notification sent, no
 *   final report date. When the incident is still ongoing at that date, a progress report is
 *   due then instead, and the final report one month after handling ended.
 * - Art. 34 (data subjects, high risk) and police reports have no fixed clock ("without undue
 *   delay"); they show as open until recorded.
 */
export type DeadlineStatus = 'open' | 'met' | 'late' | 'not_required';

export type Deadline = {
  kind: DeadlineKind;
  /** UTC instant; null where the law sets no fixed time or the date is not known yet. */
  dueAt: string | null;
  /** The same instant on the Danish wall clock with its offset, e.g. 2026-03-31T11:00:00+02:00. */
  dueLocal: string | null;
  status: DeadlineStatus;
  /** When the notification that satisfies it was sent. */
  completedAt: string | null;
  /** Depends on an assessment not made yet (breach? NIS2-significant?): shown so no clock is missed. */
  provisional: boolean;
  /** Seconds until dueAt at the time of computing (negative once passed); for countdowns. */
  secondsRemaining: number | null;
};

export type DeadlineFacts = {
  status: 'reported' | 'in_progress' | 'resolved' | 'closed' | 'dismissed';
  awareAt: string;
  personalDataSuspected: 'yes' | 'no' | 'unknown';
  personalDataBreach: boolean | null;
  breachRisk: 'none' | 'risk' | 'high_risk' | null;
  dataSubjectsExemption: string | null;
  nis2Significant: boolean | null;
  suspectedCrime: boolean | null;
  /** Handling ended. */
  resolvedAt: string | null;
};

export type SentNotification = { recipient: RecipientCode; stage: string | null; sentAt: string };

const instant = (iso: string) => Temporal.Instant.from(iso);
const iso = (at: Temporal.Instant) => new Date(at.epochMilliseconds).toISOString();

/** The Danish wall-clock form of an instant, to the second, with its UTC offset. */
export function localTime(at: string): string {
  return instant(at)
    .toZonedDateTimeISO(TIME_ZONE)
    .toString({ timeZoneName: 'never', smallestUnit: 'second' });
}

export const addHours = (at: string, hours: number): string => iso(instant(at).add({ hours }));

/** One calendar month later on the Danish wall clock (end-of-month clamping, DST gaps resolved forward). */
export function addOneMonthLocal(at: string): string {
  return iso(instant(at).toZonedDateTimeISO(TIME_ZONE).add({ months: 1 }).toInstant());
}

const before = (a: string, b: string) => Temporal.Instant.compare(instant(a), instant(b)) < 0;
const notAfter = (a: string, b: string) => Temporal.Instant.compare(instant(a), instant(b)) <= 0;

/** The earliest notification to `recipient` in one of `stages` (any stage when none are given). */
function earliest(
  notifications: readonly SentNotification[],
  recipient: RecipientCode,
  stages?: readonly StageCode[],
): string | null {
  const times = notifications
    .filter((n) => n.recipient === recipient && (!stages || stages.includes(n.stage as StageCode)))
    .map((n) => n.sentAt)
    .sort((a, b) => Temporal.Instant.compare(instant(a), instant(b)));
  return times[0] ?? null;
}

type Clock = { kind: DeadlineKind; dueAt: string | null; completedAt: string | null; provisional: boolean };

function evaluate(clock: Clock, required: boolean, now: string): Deadline {
  const { dueAt, completedAt } = clock;
  let status: DeadlineStatus;
  if (!required) status = 'not_required';
  else if (completedAt) status = dueAt === null || notAfter(completedAt, dueAt) ? 'met' : 'late';
  else status = dueAt !== null && before(dueAt, now) ? 'late' : 'open';
  return {
    kind: clock.kind,
    dueAt,
    dueLocal: dueAt ? localTime(dueAt) : null,
    status,
    completedAt: required ? completedAt : null,
    provisional: required && clock.provisional,
    secondsRemaining: dueAt ? Math.trunc((Date.parse(dueAt) - Date.parse(now)) / 1000) : null,
  };
}

export function computeDeadlines(
  facts: DeadlineFacts,
  notifications: readonly SentNotification[],
  now: Date = new Date(),
): Deadline[] {
  const at = now.toISOString();
  const live = facts.status !== 'dismissed';
  const deadlines: Deadline[] = [];

  // GDPR Art. 33: every personal-data breach, unless judged unlikely to result in a risk.
  // Not assessed yet: the clock runs unless the reporter said no personal data was involved.
  const breach = facts.personalDataBreach;
  const gdprRequired =
    live &&
    (breach === true ? facts.breachRisk !== 'none' : breach === null && facts.personalDataSuspected !== 'no');
  deadlines.push(
    evaluate(
      {
        kind: 'gdpr_authority',
        dueAt: addHours(facts.awareAt, 72),
        completedAt: earliest(notifications, 'datatilsynet'),
        provisional: breach === null || facts.breachRisk === null,
      },
      gdprRequired,
      at,
    ),
  );

  // Art. 34: high risk, unless an exemption of Art. 34(3) is recorded.
  deadlines.push(
    evaluate(
      {
        kind: 'gdpr_data_subjects',
        dueAt: null,
        completedAt: earliest(notifications, 'data_subjects'),
        provisional: false,
      },
      live && breach === true && facts.breachRisk === 'high_risk' && !facts.dataSubjectsExemption,
      at,
    ),
  );

  // NIS2 Art. 23: significant incidents. Not assessed yet: shown provisionally.
  const nis2Required = live && facts.nis2Significant !== false;
  const nis2Provisional = facts.nis2Significant === null;
  deadlines.push(
    evaluate(
      {
        kind: 'nis2_early_warning',
        dueAt: addHours(facts.awareAt, 24),
        completedAt: earliest(notifications, 'nis2_authority'),
        provisional: nis2Provisional,
      },
      nis2Required,
      at,
    ),
  );
  const notifiedAt = earliest(notifications, 'nis2_authority', ['notification']);
  deadlines.push(
    evaluate(
      {
        kind: 'nis2_notification',
        dueAt: addHours(facts.awareAt, 72),
        completedAt: earliest(notifications, 'nis2_authority', ['notification', 'final_report']),
        provisional: nis2Provisional,
      },
      nis2Required,
      at,
    ),
  );
  if (notifiedAt) deadlines.push(...finalReportClocks(facts, notifications, notifiedAt, nis2Required, at));

  deadlines.push(
    evaluate(
      {
        kind: 'police_report',
        dueAt: null,
        completedAt: earliest(notifications, 'police'),
        provisional: false,
      },
      live && facts.suspectedCrime === true,
      at,
    ),
  );
  return deadlines;
}

/** The final report, or a progress report and a later final report when still ongoing at the due date. */
function finalReportClocks(
  facts: DeadlineFacts,
  notifications: readonly SentNotification[],
  notifiedAt: string,
  required: boolean,
  now: string,
): Deadline[] {
  const finalDue = addOneMonthLocal(notifiedAt);
  const finalSent = earliest(notifications, 'nis2_authority', ['final_report']);
  const provisional = facts.nis2Significant === null;
  const resolvedInTime = facts.resolvedAt !== null && notAfter(facts.resolvedAt, finalDue);
  const stillAhead = facts.resolvedAt === null && before(now, finalDue);
  if ((finalSent && notAfter(finalSent, finalDue)) || resolvedInTime || stillAhead) {
    return [
      evaluate(
        { kind: 'nis2_final_report', dueAt: finalDue, completedAt: finalSent, provisional },
        required,
        now,
      ),
    ];
  }
  const progressSent = earliest(notifications, 'nis2_authority', ['progress_report', 'final_report']);
  return [
    evaluate(
      { kind: 'nis2_progress_report', dueAt: finalDue, completedAt: progressSent, provisional },
      required,
      now,
    ),
    evaluate(
      {
        kind: 'nis2_final_report',
        dueAt: facts.resolvedAt ? addOneMonthLocal(facts.resolvedAt) : null,
        completedAt: finalSent,
        provisional,
      },
      required,
      now,
    ),
  ];
}

/** The clock a notification to `recipient` at `stage` answers, to tell whether it is late. */
export function deadlineKindFor(recipient: RecipientCode, stage: string | null): DeadlineKind | null {
  if (recipient === 'datatilsynet') return stage === 'supplement' ? null : 'gdpr_authority';
  if (recipient === 'data_subjects') return 'gdpr_data_subjects';
  if (recipient === 'police') return 'police_report';
  if (recipient !== 'nis2_authority') return null;
  switch (stage) {
    case 'early_warning':
      return 'nis2_early_warning';
    case 'notification':
      return 'nis2_notification';
    case 'progress_report':
      return 'nis2_progress_report';
    case 'final_report':
      return 'nis2_final_report';
    default:
      return null;
  }
}
