import type { ImplementationStatus } from '../../db/schema.ts';
import { invalid } from '../../platform/errors.ts';
import { isBehind, type SoaStatus } from './status.rules.ts';

export type BaselineValues = {
  groupId: string;
  groupName: string;
  applicable: boolean;
  expectedStatus: ImplementationStatus | null;
  justification: string | null;
};

export type EntryValues = {
  /** Null: follow the baseline, or applicable when there is none. */
  applicable: boolean | null;
  justification: string | null;
  status: ImplementationStatus;
};

export type EffectiveEntry = {
  applicable: boolean;
  applicableSource: 'own' | 'baseline' | 'default';
  /** The organisation's own justification, or the baseline's when the decision is inherited from it. */
  effectiveJustification: string | null;
  status: SoaStatus;
  deviatesFromBaseline: boolean;
  behindBaseline: boolean;
  /** A decision that needs a justification has none (e.g. the baseline changed after the fact). */
  justificationMissing: boolean;
};

const present = (text: string | null | undefined): text is string => Boolean(text?.trim());

/**
 * How an SoA entry reads once the group baseline is applied. An organisation follows its
 * group's baseline until it decides itself; deciding differently is a deviation, which needs
 * its own justification, as does any "not applicable".
 */
export function effectiveEntry(entry: EntryValues, baseline: BaselineValues | null): EffectiveEntry {
  const applicableSource = entry.applicable !== null ? 'own' : baseline ? 'baseline' : 'default';
  const applicable = entry.applicable ?? baseline?.applicable ?? true;
  const deviatesFromBaseline =
    baseline !== null && entry.applicable !== null && entry.applicable !== baseline.applicable;
  const inherited = baseline && !baseline.applicable && !applicable ? baseline.justification : null;
  const effectiveJustification = present(entry.justification)
    ? entry.justification
    : present(inherited)
      ? inherited
      : null;
  const justificationMissing =
    (!applicable && effectiveJustification === null) ||
    (deviatesFromBaseline && !present(entry.justification));
  return {
    applicable,
    applicableSource,
    effectiveJustification,
    status: applicable ? entry.status : 'not_applicable',
    deviatesFromBaseline,
    behindBaseline: applicable && baseline !== null && isBehind(entry.status, baseline.expectedStatus),
    justificationMissing,
  };
}

/**
 * The rules a save must satisfy (ISO/IEC 27001 6.1.3 d: exclusions are justified):
 * "not applicable" needs a justification, and so does deviating from the group baseline.
 */
export function assertJustified(entry: EntryValues, baseline: BaselineValues | null): void {
  const effective = effectiveEntry(entry, baseline);
  if (effective.deviatesFromBaseline && !present(entry.justification)) {
    throw invalid(
      'soa_deviation_justification_required',
      [{ path: 'justification', code: 'soa_deviation_justification_required' }],
      { group: baseline?.groupName ?? '' },
    );
  }
  if (!effective.applicable && effective.effectiveJustification === null) {
    throw invalid('soa_justification_required', [
      { path: 'justification', code: 'soa_justification_required' },
    ]);
  }
}
