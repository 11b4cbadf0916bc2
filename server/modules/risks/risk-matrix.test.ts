import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  consequenceOf,
  defaultMatrix,
  isAboveTolerance,
  levelErrors,
  levelOf,
  type Matrix,
  mappingErrors,
  matrixErrors,
  maxScoreOf,
  type RiskLevels,
  remapLevels,
  scoresOf,
} from './risk-matrix.rules.ts';

const levels = (overrides: Partial<RiskLevels>): RiskLevels => ({
  likelihood: 1,
  consequenceOrganisation: null,
  consequencePatientSafety: null,
  consequenceDataSubject: null,
  residualLikelihood: null,
  residualConsequenceOrganisation: null,
  residualConsequencePatientSafety: null,
  residualConsequenceDataSubject: null,
  ...overrides,
});

const level = fc.integer({ min: 1, max: 5 });
const maybe = fc.option(level, { nil: null });

describe('risk scoring', () => {
  it('scores likelihood × the highest consequence assessed, for every combination on the 5×5 matrix', () => {
    fc.assert(
      fc.property(level, maybe, maybe, maybe, (likelihood, organisation, patient, subject) => {
        fc.pre(organisation !== null || patient !== null || subject !== null);
        const scores = scoresOf(
          levels({
            likelihood,
            consequenceOrganisation: organisation,
            consequencePatientSafety: patient,
            consequenceDataSubject: subject,
          }),
        );
        const highest = Math.max(organisation ?? 0, patient ?? 0, subject ?? 0);
        expect(scores.consequence).toBe(highest);
        expect(scores.inherentScore).toBe(likelihood * highest);
        expect(scores.residualScore).toBeNull();
        expect(scores.score).toBe(scores.inherentScore);
      }),
    );
  });

  it('takes the residual score as the score that counts once a residual likelihood and consequence exist', () => {
    fc.assert(
      fc.property(level, level, level, level, (l, c, rl, rc) => {
        const scores = scoresOf(
          levels({
            likelihood: l,
            consequenceOrganisation: c,
            residualLikelihood: rl,
            residualConsequenceDataSubject: rc,
          }),
        );
        expect(scores.residualScore).toBe(rl * rc);
        expect(scores.score).toBe(rl * rc);
      }),
    );
  });

  it('puts every score of the default matrix in exactly the band whose range holds it', () => {
    for (let score = 1; score <= 25; score++) {
      const level = levelOf(defaultMatrix, score);
      const band = defaultMatrix.bands[level.rank - 1];
      const below = level.rank > 1 ? (defaultMatrix.bands[level.rank - 2]?.maxScore ?? 0) : 0;
      expect(score).toBeGreaterThan(below);
      expect(score).toBeLessThanOrEqual(band?.maxScore ?? 0);
    }
    expect(levelOf(defaultMatrix, 9)).toEqual({ rank: 2, label: 'Middel', colour: '#f9a825' });
    expect(levelOf(defaultMatrix, 10)).toEqual({ rank: 3, label: 'Høj', colour: '#ef6c00' });
    expect(isAboveTolerance(defaultMatrix, 9)).toBe(false);
    expect(isAboveTolerance(defaultMatrix, 10)).toBe(true);
  });

  it('ignores consequence dimensions that are not assessed', () => {
    expect(consequenceOf([null, 2, null])).toBe(2);
    expect(consequenceOf([null, null, null])).toBeNull();
  });
});

describe('matrix rules', () => {
  it('accepts the default matrix', () => {
    expect(matrixErrors(defaultMatrix)).toEqual([]);
    expect(maxScoreOf(defaultMatrix)).toBe(25);
  });

  it('refuses bands that fall, bands that do not end at the highest score, levels out of order and a tolerance out of range', () => {
    const broken: Matrix = {
      ...defaultMatrix,
      likelihoodLevels: [defaultMatrix.likelihoodLevels[1], defaultMatrix.likelihoodLevels[0]].filter(
        (l): l is NonNullable<typeof l> => Boolean(l),
      ),
      bands: [
        { maxScore: 6, label: 'Lav', colour: '#00ff00' },
        { maxScore: 4, label: 'Høj', colour: '#ff0000' },
      ],
      tolerance: 99,
    };
    expect(matrixErrors(broken).map((e) => `${e.path}:${e.code}`)).toEqual([
      'likelihoodLevels.0.level:risk_matrix_level_order',
      'likelihoodLevels.1.level:risk_matrix_level_order',
      'bands.1.maxScore:risk_matrix_band_order',
      'bands.1.maxScore:risk_matrix_band_end',
      'tolerance:risk_matrix_tolerance_range',
    ]);
  });

  it('requires a mapping for every old level when the number of levels changes, and none when it does not', () => {
    expect(mappingErrors('likelihoodMapping', 5, 5, undefined)).toEqual({ errors: [], mapping: null });
    expect(mappingErrors('likelihoodMapping', 5, 4, undefined).errors.map((e) => e.path)).toEqual([
      'likelihoodMapping.1',
      'likelihoodMapping.2',
      'likelihoodMapping.3',
      'likelihoodMapping.4',
      'likelihoodMapping.5',
    ]);
    const partial = mappingErrors('consequenceMapping', 5, 3, { '1': 1, '2': 1, '3': 2, '4': 4 });
    expect(partial.errors.map((e) => `${e.path}:${e.code}`)).toEqual([
      'consequenceMapping.4:risk_matrix_mapping_range',
      'consequenceMapping.5:risk_matrix_mapping_missing',
    ]);
    const full = mappingErrors('consequenceMapping', 5, 3, { '1': 1, '2': 1, '3': 2, '4': 3, '5': 3 });
    expect(full.errors).toEqual([]);
    expect([...(full.mapping ?? new Map()).entries()]).toEqual([
      [1, 1],
      [2, 1],
      [3, 2],
      [4, 3],
      [5, 3],
    ]);
  });

  it('moves every assessed level through the mappings and leaves unassessed ones empty', () => {
    const mapped = remapLevels(
      levels({
        likelihood: 5,
        consequencePatientSafety: 4,
        residualLikelihood: 3,
        residualConsequencePatientSafety: 2,
      }),
      new Map([
        [5, 3],
        [3, 2],
      ]),
      new Map([
        [4, 3],
        [2, 1],
      ]),
    );
    expect(mapped).toEqual(
      levels({
        likelihood: 3,
        consequencePatientSafety: 3,
        residualLikelihood: 2,
        residualConsequencePatientSafety: 1,
      }),
    );
  });

  it('refuses a level above the scale and a residual consequence without a residual likelihood', () => {
    const errors = levelErrors(
      defaultMatrix,
      levels({ likelihood: 6, consequenceOrganisation: 2, residualConsequenceDataSubject: 2 }),
    );
    expect(errors.map((e) => `${e.path}:${e.code}`)).toEqual([
      'likelihood:risk_level_out_of_range',
      'residualLikelihood:risk_residual_likelihood_required',
    ]);
  });
});
