import type { BoolWithDefault } from './columns-and-access.ts';

/* The årshjul and calendar feeds. */
export const annualFrequencies = ['monthly', 'quarterly', 'half_yearly', 'yearly'] as const;
export type AnnualFrequency = (typeof annualFrequencies)[number];

/** A recurring activity of the organisation's annual cycle (årshjul). */
export type AnnualActivitiesTable = {
  id: string;
  org_id: string;
  title: string;
  title_key: string;
  description: string | null;
  frequency: AnnualFrequency;
  /** Comma-separated months 1-12 in which the activity falls due. */
  months: string;
  /** Day of the month it is due; null for the last day of the month. */
  day_of_month: number | null;
  responsible_role: string;
  catalog_key: string | null;
  active: BoolWithDefault;
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
};

export type AnnualCycleSeedsTable = {
  org_id: string;
  seeded_at: string;
};

/** A personal calendar feed behind a secret URL; only the sha256 of the secret is stored. */
export type IcalFeedsTable = {
  id: string;
  user_id: string;
  secret_hash: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
};
