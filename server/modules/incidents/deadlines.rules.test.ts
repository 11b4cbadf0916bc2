import { describe, expect, it } from 'vitest';
import {
  addOneMonthLocal,
  computeDeadlines,
  type DeadlineFacts,
  deadlineKindFor,
  localTime,
  type SentNotification,
} from './deadlines.rules.ts';

/** A Danish wall-clock time as a UTC instant. */
const dk = (local: string) =>
  new Date(
    Temporal.ZonedDateTime.from(`${local}[Europe/Copenhagen]`, { disambiguation: 'compatible' })
      .epochMilliseconds,
  ).toISOString();

const facts = (overrides: Partial<DeadlineFacts> = {}): DeadlineFacts => ({
  status: 'in_progress',
  awareAt: dk('2026-03-28T10:00'),
  personalDataSuspected: 'yes',
  personalDataBreach: true,
  breachRisk: 'risk',
  dataSubjectsExemption: null,
  nis2Significant: true,
  suspectedCrime: null,
  resolvedAt: null,
  ...overrides,
});

const kinds = (list: ReturnType<typeof computeDeadlines>) => list.map((d) => d.kind);
const find = (list: ReturnType<typeof computeDeadlines>, kind: string) => {
  const found = list.find((d) => d.kind === kind);
  if (!found) throw new Error(`no ${kind} deadline`);
  return found;
};

describe('legal clocks', () => {
  it('counts 72 elapsed hours across the spring DST jump: 28 March 10:00 → 31 March 11:00+02:00', () => {
    const list = computeDeadlines(facts(), [], new Date(dk('2026-03-28T12:00')));
    const gdpr = find(list, 'gdpr_authority');
    expect(gdpr.dueLocal).toBe('2026-03-31T11:00:00+02:00');
    expect(Date.parse(gdpr.dueAt as string) - Date.parse(dk('2026-03-28T10:00'))).toBe(72 * 3_600_000);
    expect(gdpr.status).toBe('open');
    expect(find(list, 'nis2_early_warning').dueLocal).toBe('2026-03-29T11:00:00+02:00');
    expect(find(list, 'nis2_notification').dueLocal).toBe('2026-03-31T11:00:00+02:00');
    expect(gdpr.secondsRemaining).toBe(70 * 3600);
  });

  it('counts 72 elapsed hours across the autumn DST change too (wall clock one hour earlier)', () => {
    const list = computeDeadlines(
      facts({ awareAt: dk('2026-10-24T10:00') }),
      [],
      new Date(dk('2026-10-24T11:00')),
    );
    expect(find(list, 'gdpr_authority').dueLocal).toBe('2026-10-27T09:00:00+01:00');
  });

  it('has no final report date before the NIS2 incident notification is sent, only the 72 h clock', () => {
    const list = computeDeadlines(facts(), [], new Date(dk('2026-03-28T12:00')));
    expect(kinds(list)).not.toContain('nis2_final_report');
    expect(kinds(list)).not.toContain('nis2_progress_report');
    expect(find(list, 'nis2_notification').status).toBe('open');
  });

  it('puts the final report one calendar month after the notification was sent, on the Danish wall clock', () => {
    const cases = [
      ['2026-03-30T16:45', '2026-04-30T16:45:00+02:00'],
      ['2026-01-31T14:00', '2026-02-28T14:00:00+01:00'],
      ['2028-01-31T14:00', '2028-02-29T14:00:00+01:00'],
      ['2026-03-31T09:00', '2026-04-30T09:00:00+02:00'],
      ['2026-02-28T12:00', '2026-03-28T12:00:00+01:00'],
      // 28 March 2027 02:30 does not exist (clocks jump 02:00 → 03:00): resolved forward.
      ['2027-02-28T02:30', '2027-03-28T03:30:00+02:00'],
      // Sent in summer time, due in winter time: the wall-clock hour is kept.
      ['2026-09-30T10:00', '2026-10-30T10:00:00+01:00'],
    ] as const;
    for (const [sent, due] of cases) {
      const sentAt = dk(sent);
      const notifications: SentNotification[] = [
        { recipient: 'nis2_authority', stage: 'notification', sentAt },
      ];
      const list = computeDeadlines(
        facts({ awareAt: dk(sent) }),
        notifications,
        new Date(Date.parse(sentAt) + 60_000),
      );
      expect({ sent, due: find(list, 'nis2_final_report').dueLocal }).toEqual({ sent, due });
      expect(localTime(addOneMonthLocal(sentAt))).toBe(due);
    }
  });

  it('asks for a progress report when still ongoing at the final report date, and the final report a month after handling', () => {
    const sentAt = dk('2026-03-30T16:45');
    const notifications: SentNotification[] = [
      { recipient: 'nis2_authority', stage: 'notification', sentAt },
    ];
    const before = computeDeadlines(facts(), notifications, new Date(dk('2026-04-20T12:00')));
    expect(find(before, 'nis2_final_report')).toMatchObject({
      dueLocal: '2026-04-30T16:45:00+02:00',
      status: 'open',
    });
    expect(kinds(before)).not.toContain('nis2_progress_report');

    const ongoing = computeDeadlines(facts(), notifications, new Date(dk('2026-05-02T12:00')));
    expect(find(ongoing, 'nis2_progress_report')).toMatchObject({
      dueLocal: '2026-04-30T16:45:00+02:00',
      status: 'late',
    });
    expect(find(ongoing, 'nis2_final_report')).toMatchObject({ dueAt: null, status: 'open' });

    const handled = computeDeadlines(
      facts({ resolvedAt: dk('2026-05-10T08:00'), status: 'resolved' }),
      [
        ...notifications,
        { recipient: 'nis2_authority', stage: 'progress_report', sentAt: dk('2026-04-29T10:00') },
      ],
      new Date(dk('2026-05-12T12:00')),
    );
    expect(find(handled, 'nis2_progress_report')).toMatchObject({ status: 'met' });
    expect(find(handled, 'nis2_final_report')).toMatchObject({
      dueLocal: '2026-06-10T08:00:00+02:00',
      status: 'open',
    });
  });

  it('marks a clock met when notified in time and late when notified after the due time', () => {
    const awareAt = dk('2026-03-28T10:00');
    const inTime = computeDeadlines(
      facts(),
      [{ recipient: 'datatilsynet', stage: 'initial', sentAt: dk('2026-03-31T10:59') }],
      new Date(dk('2026-04-01T10:00')),
    );
    expect(find(inTime, 'gdpr_authority')).toMatchObject({
      status: 'met',
      completedAt: dk('2026-03-31T10:59'),
    });
    const tooLate = computeDeadlines(
      facts({ awareAt }),
      [{ recipient: 'datatilsynet', stage: 'initial', sentAt: dk('2026-03-31T11:01') }],
      new Date(dk('2026-04-01T10:00')),
    );
    expect(find(tooLate, 'gdpr_authority').status).toBe('late');
    const missed = computeDeadlines(facts(), [], new Date(dk('2026-03-31T11:00:01')));
    expect(find(missed, 'gdpr_authority')).toMatchObject({ status: 'late', completedAt: null });
  });

  it('records no Datatilsynet clock for a breach judged unlikely to result in a risk, nor when not a breach', () => {
    const unlikely = computeDeadlines(facts({ breachRisk: 'none' }), [], new Date(dk('2026-03-28T12:00')));
    expect(find(unlikely, 'gdpr_authority').status).toBe('not_required');
    const noBreach = computeDeadlines(
      facts({ personalDataBreach: false }),
      [],
      new Date(dk('2026-03-28T12:00')),
    );
    expect(find(noBreach, 'gdpr_authority').status).toBe('not_required');
  });

  it('runs the clocks provisionally until the breach and NIS2 assessments are made', () => {
    const unassessed = computeDeadlines(
      facts({
        personalDataBreach: null,
        breachRisk: null,
        nis2Significant: null,
        personalDataSuspected: 'unknown',
      }),
      [],
      new Date(dk('2026-03-28T12:00')),
    );
    expect(find(unassessed, 'gdpr_authority')).toMatchObject({ status: 'open', provisional: true });
    expect(find(unassessed, 'nis2_early_warning')).toMatchObject({ status: 'open', provisional: true });
    const saidNo = computeDeadlines(
      facts({
        personalDataBreach: null,
        breachRisk: null,
        personalDataSuspected: 'no',
        nis2Significant: false,
      }),
      [],
      new Date(dk('2026-03-28T12:00')),
    );
    expect(find(saidNo, 'gdpr_authority').status).toBe('not_required');
    expect(find(saidNo, 'nis2_early_warning').status).toBe('not_required');
  });

  it('requires telling data subjects on high risk (no fixed clock) and a police report on a suspected crime', () => {
    const list = computeDeadlines(
      facts({ breachRisk: 'high_risk', suspectedCrime: true }),
      [{ recipient: 'police', stage: null, sentAt: dk('2026-03-29T09:00') }],
      new Date(dk('2026-03-30T12:00')),
    );
    expect(find(list, 'gdpr_data_subjects')).toMatchObject({ status: 'open', dueAt: null });
    expect(find(list, 'police_report')).toMatchObject({ status: 'met' });
    const exempt = computeDeadlines(
      facts({
        breachRisk: 'high_risk',
        dataSubjectsExemption: 'Data var krypteret (art. 34, stk. 3, litra a).',
      }),
      [],
      new Date(dk('2026-03-30T12:00')),
    );
    expect(find(exempt, 'gdpr_data_subjects').status).toBe('not_required');
  });

  it('drops every clock of a dismissed report', () => {
    const list = computeDeadlines(facts({ status: 'dismissed' }), [], new Date(dk('2026-04-30T12:00')));
    expect(list.every((d) => d.status === 'not_required')).toBe(true);
  });

  it('maps each notification to the clock it answers', () => {
    expect(deadlineKindFor('datatilsynet', 'initial')).toBe('gdpr_authority');
    expect(deadlineKindFor('datatilsynet', 'supplement')).toBeNull();
    expect(deadlineKindFor('nis2_authority', 'early_warning')).toBe('nis2_early_warning');
    expect(deadlineKindFor('nis2_authority', 'final_report')).toBe('nis2_final_report');
    expect(deadlineKindFor('supplier', null)).toBeNull();
  });
});
