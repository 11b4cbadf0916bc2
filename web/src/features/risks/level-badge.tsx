import type { RiskLevel, RiskMatrix } from '../../api/risks';

/** Relative luminance of a #rrggbb colour (WCAG 2.1). */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Black or white text, whichever contrasts more with the band colour: for any background one of
 * them reaches at least 4.5:1, so the matrix colours an organisation picks never break AA.
 */
export function textOn(background: string): string {
  if (!/^#[0-9a-fA-F]{6}$/.test(background)) return '#000000';
  const l = luminance(background);
  const withBlack = (l + 0.05) / 0.05;
  const withWhite = 1.05 / (l + 0.05);
  return withBlack >= withWhite ? '#000000' : '#ffffff';
}

/** The score with its level, in words and the band's colour (colour is never the only cue). */
export function LevelBadge({ score, level }: { score: number; level: RiskLevel }) {
  return (
    <span className="level-badge" style={{ background: level.colour, color: textOn(level.colour) }}>
      <span className="level-score">{score}</span> {level.label}
    </span>
  );
}

export interface ScorePreview {
  score: number;
  level: RiskLevel;
  aboveTolerance: boolean;
}

/** The score the matrix gives (likelihood × the highest consequence), as the server computes it. */
export function previewScore(
  matrix: RiskMatrix | undefined,
  likelihood: number | null,
  consequences: readonly (number | null)[],
): ScorePreview | null {
  if (!matrix || likelihood === null) return null;
  const given = consequences.filter((value): value is number => value !== null);
  if (given.length === 0) return null;
  const score = likelihood * Math.max(...given);
  const index = matrix.bands.findIndex((band) => score <= band.maxScore);
  const band = matrix.bands[index === -1 ? matrix.bands.length - 1 : index];
  if (!band) return null;
  return {
    score,
    level: {
      rank: (index === -1 ? matrix.bands.length - 1 : index) + 1,
      label: band.label,
      colour: band.colour,
    },
    aboveTolerance: score > matrix.tolerance,
  };
}
