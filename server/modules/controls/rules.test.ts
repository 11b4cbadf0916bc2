import { describe, expect, it } from 'vitest';
import { DomainError } from '../../platform/errors.ts';
import { coverageOfControls, coverageOfStatus } from './coverage.rules.ts';
import { validityOf } from './evidence.presenter.ts';
import { assertJustified, type BaselineValues, effectiveEntry } from './soa.rules.ts';

const baseline = (applicable: boolean, justification: string | null = null): BaselineValues => ({
  groupId: 'g',
  groupName: 'Region',
  applicable,
  expectedStatus: 'implemented',
  justification,
});

const codeOf = (check: () => void) => {
  try {
    check();
    return 'ok';
  } catch (error) {
    return error instanceof DomainError ? error.code : 'unexpected';
  }
};

describe('SoA rules', () => {
  it.each([
    // own applicable, own justification, baseline, expected error
    [false, null, null, 'soa_justification_required'],
    [false, 'Ingen serverrum', null, 'ok'],
    [null, null, baseline(false, 'Varetages centralt'), 'ok'],
    [false, null, baseline(false, 'Varetages centralt'), 'ok'],
    [false, null, baseline(true), 'soa_deviation_justification_required'],
    [true, null, baseline(false, 'Varetages centralt'), 'soa_deviation_justification_required'],
    [true, 'Vi har eget datacenter', baseline(false, 'Varetages centralt'), 'ok'],
    [true, null, baseline(true), 'ok'],
    [null, null, null, 'ok'],
  ] as const)(
    'applicable %s, justification %s, baseline %o: %s',
    (applicable, justification, base, expected) => {
      expect(codeOf(() => assertJustified({ applicable, justification, status: 'not_started' }, base))).toBe(
        expected,
      );
    },
  );

  it('reads inherited, own and default decisions and flags a status behind the baseline', () => {
    expect(
      effectiveEntry({ applicable: null, justification: null, status: 'planned' }, baseline(true)),
    ).toMatchObject({
      applicable: true,
      applicableSource: 'baseline',
      status: 'planned',
      behindBaseline: true,
    });
    expect(
      effectiveEntry(
        { applicable: null, justification: null, status: 'implemented' },
        baseline(false, 'Central'),
      ),
    ).toMatchObject({
      applicable: false,
      status: 'not_applicable',
      effectiveJustification: 'Central',
      behindBaseline: false,
    });
    expect(effectiveEntry({ applicable: null, justification: null, status: 'partial' }, null)).toMatchObject({
      applicable: true,
      applicableSource: 'default',
      deviatesFromBaseline: false,
      behindBaseline: false,
    });
  });
});

describe('coverage rules', () => {
  it.each([
    [['implemented', 'implemented'], 'covered'],
    [['implemented', 'not_applicable'], 'covered'],
    [['implemented', 'planned'], 'partial'],
    [['partial', null], 'partial'],
    [['planned', 'not_started', null], 'not_covered'],
    [['not_applicable', 'not_applicable'], 'not_applicable'],
    [[], 'not_covered'],
  ] as const)('controls %o cover the requirement: %s', (statuses, expected) => {
    expect(coverageOfControls(statuses)).toBe(expected);
  });

  it('turns one status into coverage', () => {
    expect(coverageOfStatus('implemented')).toBe('covered');
    expect(coverageOfStatus('partial')).toBe('partial');
    expect(coverageOfStatus('planned')).toBe('not_covered');
    expect(coverageOfStatus(null)).toBe('not_covered');
    expect(coverageOfStatus('not_applicable')).toBe('not_applicable');
  });
});

describe('evidence validity', () => {
  it.each([
    [{ kind: 'note', valid_until: null, fileCount: 0 }, 'valid'],
    [{ kind: 'note', valid_until: '2026-11-25', fileCount: 0 }, 'expired'],
    [{ kind: 'note', valid_until: '2026-11-26', fileCount: 0 }, 'expiring'],
    [{ kind: 'note', valid_until: '2026-12-26', fileCount: 0 }, 'expiring'],
    [{ kind: 'note', valid_until: '2026-12-27', fileCount: 0 }, 'valid'],
    [{ kind: 'file', valid_until: null, fileCount: 0 }, 'missing_file'],
    [{ kind: 'file', valid_until: '2027-06-01', fileCount: 1 }, 'valid'],
  ] as const)('%o on 26 November 2026 is %s', (evidence, expected) => {
    expect(validityOf(evidence, '2026-11-26')).toBe(expected);
  });
});
