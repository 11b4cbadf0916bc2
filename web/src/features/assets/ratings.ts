const RATING_KEYS = {
  1: 'assets.ratings.1',
  2: 'assets.ratings.2',
  3: 'assets.ratings.3',
  4: 'assets.ratings.4',
} as const;

/** The catalog key of a 1–4 rating (criticality and the CIA ratings share the scale). */
export function ratingKey(value: number) {
  const clamped = Math.min(4, Math.max(1, Math.round(value))) as keyof typeof RATING_KEYS;
  return RATING_KEYS[clamped];
}
