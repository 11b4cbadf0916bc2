/** Text we ship in both product languages. */
export type LocalizedText = { da: string; en: string };

export const frameworkIds = [
  'iso27001_2022',
  'nis2_art21',
  'gdpr_art32',
  'clinic_nine',
  'cyberforsvar',
] as const;

export type FrameworkId = (typeof frameworkIds)[number];

export const annexAThemes = ['organisational', 'people', 'physical', 'technological'] as const;

export type AnnexATheme = (typeof annexAThemes)[number];

/** One requirement (control, article point, recommendation, measure) of a framework. */
export type Requirement = {
  /** Stable id used in the API and the database, e.g. `A.5.1`, `NIS2.a`, `CLINIC.4`. */
  id: string;
  frameworkId: FrameworkId;
  /** The number as the source writes it: `5.1`, `Art. 21(2)(a)`, `1`. */
  code: string;
  title: LocalizedText;
  /** Our own short explanation of what is expected, where the title alone is not enough. */
  guidance?: LocalizedText;
  /** Annex A only: the theme (clause 5–8) the control belongs to. */
  theme?: AnnexATheme;
  /**
   * The Annex A controls that implement this requirement (Annex A is the hub every other
   * framework maps to, so any two frameworks relate through it). Empty for Annex A itself.
   */
  annexA: readonly string[];
};

export type Framework = {
  id: FrameworkId;
  name: LocalizedText;
  /** Where the requirements come from, in our words. */
  source: LocalizedText;
  requirements: readonly Requirement[];
};
