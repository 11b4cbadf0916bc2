import type { FieldError } from '../../platform/errors.ts';

/**
 * The risk matrix and the scoring rules, as pure functions. A score is likelihood times
 * consequence ("sandsynlighed x konsekvens", the sector strategy's risk assessment), the
 * consequence being the highest of the three dimensions assessed: the organisation, patient
 * safety and the data subject. The bands turn a score into a level with a label and a colour;
 * a score above the tolerance needs management to accept it.
 */

export type MatrixLevel = { level: number; label: string; description: string | null };
export type MatrixBand = { maxScore: number; label: string; colour: string };

export type Matrix = {
  likelihoodLevels: MatrixLevel[];
  consequenceLevels: MatrixLevel[];
  bands: MatrixBand[];
  tolerance: number;
};

export const MAX_LEVELS = 10;

export const defaultMatrix: Matrix = {
  likelihoodLevels: [
    { level: 1, label: 'Meget lav', description: 'Forventes sjældnere end hvert 10. år.' },
    { level: 2, label: 'Lav', description: 'Kan ske inden for 3-10 år.' },
    { level: 3, label: 'Middel', description: 'Kan ske inden for 1-3 år.' },
    { level: 4, label: 'Høj', description: 'Forventes en eller flere gange om året.' },
    { level: 5, label: 'Meget høj', description: 'Forventes månedligt eller oftere.' },
  ],
  consequenceLevels: [
    {
      level: 1,
      label: 'Ubetydelig',
      description: 'Ingen mærkbar påvirkning af driften, patienterne eller de registrerede.',
    },
    {
      level: 2,
      label: 'Mindre',
      description:
        'Kortvarig forstyrrelse af driften; ingen skade på patienter; begrænset gene for de registrerede.',
    },
    {
      level: 3,
      label: 'Moderat',
      description:
        'Behandling forsinkes eller omlægges; risiko for mindre patientskade; fortrolige oplysninger om enkelte personer kompromitteres.',
    },
    {
      level: 4,
      label: 'Alvorlig',
      description:
        'Kritiske kliniske processer i nøddrift i dagevis; risiko for alvorlig patientskade; helbredsoplysninger om mange personer kompromitteres.',
    },
    {
      level: 5,
      label: 'Katastrofal',
      description:
        'Behandling kan ikke gives; risiko for død eller varig skade; omfattende brud med alvorlige følger for de registrerede.',
    },
  ],
  bands: [
    { maxScore: 4, label: 'Lav', colour: '#2e7d32' },
    { maxScore: 9, label: 'Middel', colour: '#f9a825' },
    { maxScore: 15, label: 'Høj', colour: '#ef6c00' },
    { maxScore: 25, label: 'Kritisk', colour: '#c62828' },
  ],
  tolerance: 9,
};

export const maxScoreOf = (matrix: Pick<Matrix, 'likelihoodLevels' | 'consequenceLevels'>) =>
  matrix.likelihoodLevels.length * matrix.consequenceLevels.length;

/** The consequence that counts: the highest of the dimensions assessed (null when none is). */
export function consequenceOf(values: readonly (number | null | undefined)[]): number | null {
  const assessed = values.filter((v): v is number => typeof v === 'number');
  return assessed.length ? Math.max(...assessed) : null;
}

export const scoreOf = (likelihood: number, consequence: number) => likelihood * consequence;

export type Level = { rank: number; label: string; colour: string };

/** The band a score falls in; rank 1 is the lowest band. */
export function levelOf(matrix: Matrix, score: number): Level {
  const index = matrix.bands.findIndex((band) => score <= band.maxScore);
  const at = index === -1 ? matrix.bands.length - 1 : index;
  const band = matrix.bands[at] as MatrixBand;
  return { rank: at + 1, label: band.label, colour: band.colour };
}

export const isAboveTolerance = (matrix: Matrix, score: number) => score > matrix.tolerance;

/** Cross-field rules of a matrix the schema cannot express; empty when the matrix holds. */
export function matrixErrors(matrix: Matrix): FieldError[] {
  const errors: FieldError[] = [];
  for (const scale of ['likelihoodLevels', 'consequenceLevels'] as const) {
    matrix[scale].forEach((entry, index) => {
      if (entry.level !== index + 1) {
        errors.push({ path: `${scale}.${index}.level`, code: 'risk_matrix_level_order' });
      }
    });
  }
  const max = maxScoreOf(matrix);
  let previous = 0;
  matrix.bands.forEach((band, index) => {
    if (band.maxScore <= previous) {
      errors.push({ path: `bands.${index}.maxScore`, code: 'risk_matrix_band_order' });
    }
    previous = band.maxScore;
  });
  const last = matrix.bands.at(-1);
  if (last && last.maxScore !== max) {
    errors.push({ path: `bands.${matrix.bands.length - 1}.maxScore`, code: 'risk_matrix_band_end' });
  }
  if (matrix.tolerance < 0 || matrix.tolerance > max) {
    errors.push({ path: 'tolerance', code: 'risk_matrix_tolerance_range' });
  }
  return errors;
}

/** old level -> new level, for one scale. */
export type LevelMapping = Map<number, number>;

/**
 * Checks a mapping from every level of the old scale to one of the new scale. Without one,
 * a scale whose number of levels changes would leave risks without a valid score.
 */
export function mappingErrors(
  path: 'likelihoodMapping' | 'consequenceMapping',
  oldCount: number,
  newCount: number,
  mapping: Record<string, number> | undefined,
): { errors: FieldError[]; mapping: LevelMapping | null } {
  if (!mapping) {
    if (oldCount === newCount) return { errors: [], mapping: null };
    const errors = Array.from({ length: oldCount }, (_, i) => ({
      path: `${path}.${i + 1}`,
      code: 'risk_matrix_mapping_missing' as const,
    }));
    return { errors, mapping: null };
  }
  const errors: FieldError[] = [];
  const result: LevelMapping = new Map();
  for (let level = 1; level <= oldCount; level++) {
    const target = mapping[String(level)];
    if (target === undefined) errors.push({ path: `${path}.${level}`, code: 'risk_matrix_mapping_missing' });
    else if (!Number.isInteger(target) || target < 1 || target > newCount) {
      errors.push({ path: `${path}.${level}`, code: 'risk_matrix_mapping_range' });
    } else result.set(level, target);
  }
  for (const key of Object.keys(mapping)) {
    const level = Number(key);
    if (!Number.isInteger(level) || level < 1 || level > oldCount) {
      errors.push({ path: `${path}.${key}`, code: 'risk_matrix_mapping_unknown_level' });
    }
  }
  return { errors, mapping: errors.length ? null : result };
}

/** The assessed levels of one risk. */
export type RiskLevels = {
  likelihood: number;
  consequenceOrganisation: number | null;
  consequencePatientSafety: number | null;
  consequenceDataSubject: number | null;
  residualLikelihood: number | null;
  residualConsequenceOrganisation: number | null;
  residualConsequencePatientSafety: number | null;
  residualConsequenceDataSubject: number | null;
};

export type RiskScores = {
  consequence: number;
  inherentScore: number;
  residualConsequence: number | null;
  residualScore: number | null;
  /** Residual once assessed, inherent until then. */
  score: number;
};

/** Scores of a risk whose levels are complete (see levelErrors). */
export function scoresOf(levels: RiskLevels): RiskScores {
  const consequence =
    consequenceOf([
      levels.consequenceOrganisation,
      levels.consequencePatientSafety,
      levels.consequenceDataSubject,
    ]) ?? 1;
  const inherentScore = scoreOf(levels.likelihood, consequence);
  const residualConsequence = consequenceOf([
    levels.residualConsequenceOrganisation,
    levels.residualConsequencePatientSafety,
    levels.residualConsequenceDataSubject,
  ]);
  const residualScore =
    levels.residualLikelihood !== null && residualConsequence !== null
      ? scoreOf(levels.residualLikelihood, residualConsequence)
      : null;
  return {
    consequence,
    inherentScore,
    residualConsequence,
    residualScore,
    score: residualScore ?? inherentScore,
  };
}

const likelihoodFields = ['likelihood', 'residualLikelihood'] as const;
const consequenceFields = [
  'consequenceOrganisation',
  'consequencePatientSafety',
  'consequenceDataSubject',
  'residualConsequenceOrganisation',
  'residualConsequencePatientSafety',
  'residualConsequenceDataSubject',
] as const;

/**
 * Levels must exist on the organisation's scales; at least one consequence dimension is
 * assessed; a residual assessment has both a likelihood and at least one consequence.
 */
export function levelErrors(matrix: Matrix, levels: RiskLevels): FieldError[] {
  const errors: FieldError[] = [];
  const check = (field: keyof RiskLevels, max: number) => {
    const value = levels[field];
    if (value !== null && (value < 1 || value > max))
      errors.push({ path: field, code: 'risk_level_out_of_range' });
  };
  for (const field of likelihoodFields) check(field, matrix.likelihoodLevels.length);
  for (const field of consequenceFields) check(field, matrix.consequenceLevels.length);
  const inherent = [
    levels.consequenceOrganisation,
    levels.consequencePatientSafety,
    levels.consequenceDataSubject,
  ];
  if (consequenceOf(inherent) === null) {
    errors.push({ path: 'consequenceOrganisation', code: 'risk_consequence_required' });
  }
  const residual = [
    levels.residualConsequenceOrganisation,
    levels.residualConsequencePatientSafety,
    levels.residualConsequenceDataSubject,
  ];
  const hasResidualConsequence = consequenceOf(residual) !== null;
  if (levels.residualLikelihood !== null && !hasResidualConsequence) {
    errors.push({ path: 'residualConsequenceOrganisation', code: 'risk_consequence_required' });
  }
  if (levels.residualLikelihood === null && hasResidualConsequence) {
    errors.push({ path: 'residualLikelihood', code: 'risk_residual_likelihood_required' });
  }
  return errors;
}

/** The levels after a change of scales, through the mappings (unchanged where none is given). */
export function remapLevels(
  levels: RiskLevels,
  likelihood: LevelMapping | null,
  consequence: LevelMapping | null,
): RiskLevels {
  const map = (value: number | null, mapping: LevelMapping | null) =>
    value === null || !mapping ? value : (mapping.get(value) ?? value);
  return {
    likelihood: map(levels.likelihood, likelihood) as number,
    consequenceOrganisation: map(levels.consequenceOrganisation, consequence),
    consequencePatientSafety: map(levels.consequencePatientSafety, consequence),
    consequenceDataSubject: map(levels.consequenceDataSubject, consequence),
    residualLikelihood: map(levels.residualLikelihood, likelihood),
    residualConsequenceOrganisation: map(levels.residualConsequenceOrganisation, consequence),
    residualConsequencePatientSafety: map(levels.residualConsequencePatientSafety, consequence),
    residualConsequenceDataSubject: map(levels.residualConsequenceDataSubject, consequence),
  };
}
