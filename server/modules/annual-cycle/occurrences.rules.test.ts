import { describe, expect, it } from 'vitest';
import { dueDateIn, nextOccurrence, normaliseMonths, occurrencesBetween } from './occurrences.rules.ts';

describe('annual cycle occurrences', () => {
  it('falls due on the last day of the month by default, and clamps a day the month does not have', () => {
    expect(dueDateIn(2027, 2, null)).toBe('2027-02-28');
    expect(dueDateIn(2028, 2, null)).toBe('2028-02-29');
    expect(dueDateIn(2027, 4, 31)).toBe('2027-04-30');
    expect(dueDateIn(2027, 3, 15)).toBe('2027-03-15');
  });

  it.each([
    ['yearly', [6], [6]],
    ['yearly', [3, 9], null],
    ['half_yearly', [10], [4, 10]],
    ['half_yearly', [3, 9], [3, 9]],
    ['half_yearly', [3, 8], null],
    ['quarterly', [2], [2, 5, 8, 11]],
    ['quarterly', [12], [3, 6, 9, 12]],
    ['quarterly', [1, 4, 7, 10], [1, 4, 7, 10]],
    ['quarterly', [1, 2, 3, 4], null],
    ['monthly', [], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]],
    ['yearly', [0], null],
  ] as const)('%s with months %j gives %j', (frequency, months, expected) => {
    expect(normaliseMonths(frequency, months)).toEqual(expected);
  });

  it('lists occurrences across the turn of the year with their keys', () => {
    expect(
      occurrencesBetween({ months: [3, 6, 9, 12], dayOfMonth: null }, '2026-11-26', '2027-04-30'),
    ).toEqual([
      { key: '2026-12', year: 2026, month: 12, dueDate: '2026-12-31' },
      { key: '2027-03', year: 2027, month: 3, dueDate: '2027-03-31' },
    ]);
    expect(nextOccurrence({ months: [11], dayOfMonth: 1 }, '2026-11-26')?.dueDate).toBe('2027-11-01');
    expect(nextOccurrence({ months: [11], dayOfMonth: 26 }, '2026-11-26')?.dueDate).toBe('2026-11-26');
  });
});
