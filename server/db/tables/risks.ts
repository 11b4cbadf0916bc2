import type { Bool, BoolWithDefault } from './columns-and-access.ts';

/* Risk management. */
export const threatCategories = [
  'malicious',
  'insider',
  'supplier',
  'human_error',
  'technical',
  'physical',
  'environmental',
] as const;
export type ThreatCategory = (typeof threatCategories)[number];

/** An organisation's own threats, added to the shipped catalogue (server/catalog/threats.ts). */
export type ThreatsTable = {
  id: string;
  org_id: string;
  title: string;
  title_key: string;
  description: string | null;
  category: ThreatCategory;
  affects_confidentiality: BoolWithDefault;
  affects_integrity: BoolWithDefault;
  affects_availability: BoolWithDefault;
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
};

/** An organisation's risk matrix; organisations without a row use the default 5x5. */
export type RiskMatricesTable = {
  org_id: string;
  /** JSON: [{ level, label, description }] */
  likelihood_levels: string;
  consequence_levels: string;
  /** JSON: [{ maxScore, label, colour }], ascending, the last ends at the highest score. */
  bands: string;
  /** Scores above this need management to accept them. */
  tolerance: number;
  updated_by: string | null;
  version: number;
  updated_at: string;
};

export const riskStatuses = ['draft', 'open', 'accepted', 'closed'] as const;
export type RiskStatus = (typeof riskStatuses)[number];
export const riskTreatments = ['reduce', 'accept', 'avoid', 'transfer'] as const;
export type RiskTreatment = (typeof riskTreatments)[number];
/** The role an acceptance is signed in: management above the tolerance. */
export const acceptanceRoles = ['management', 'security_officer'] as const;
export type AcceptanceRole = (typeof acceptanceRoles)[number];
/** How an acceptance ended before or at its expiry. */
export const acceptanceEndReasons = ['revoked', 'superseded', 'lapsed'] as const;
export type AcceptanceEndReason = (typeof acceptanceEndReasons)[number];

export type RiskScenariosTable = {
  id: string;
  org_id: string;
  title: string;
  title_key: string;
  description: string | null;
  status: RiskStatus;
  owner_user_id: string | null;
  likelihood: number;
  consequence_organisation: number | null;
  consequence_patient_safety: number | null;
  consequence_data_subject: number | null;
  inherent_score: number;
  existing_controls: string | null;
  planned_controls: string | null;
  residual_likelihood: number | null;
  residual_consequence_organisation: number | null;
  residual_consequence_patient_safety: number | null;
  residual_consequence_data_subject: number | null;
  residual_score: number | null;
  /** Residual score once assessed, the inherent score until then. */
  score: number;
  treatment: RiskTreatment | null;
  treatment_note: string | null;
  review_date: string;
  last_reviewed_at: string | null;
  last_reviewed_by: string | null;
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
};

export type RiskThreatsTable = { risk_id: string; org_id: string; threat_id: string };
export type RiskAssetsTable = { risk_id: string; asset_id: string; org_id: string };

/** A treatment action; its owner, due date and status are those of its task. */
export type RiskActionsTable = {
  id: string;
  org_id: string;
  risk_id: string;
  title: string;
  description: string | null;
  task_id: string | null;
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
};

export type RiskAcceptancesTable = {
  id: string;
  org_id: string;
  risk_id: string;
  accepted_by: string | null;
  accepted_by_name: string;
  /** The role the acceptance was signed in: management above the tolerance. */
  role: AcceptanceRole;
  reason: string;
  /** The score accepted, the tolerance then, and whether the score was above it. */
  score: number;
  tolerance: number;
  above_tolerance: Bool;
  accepted_at: string;
  expires_on: string;
  ended_at: string | null;
  ended_by: string | null;
  end_reason: AcceptanceEndReason | null;
  end_note: string | null;
  expiry_task_at: string | null;
};

export const riskAssessmentStatuses = ['awaiting_approval', 'approved', 'rejected'] as const;
export type RiskAssessmentStatus = (typeof riskAssessmentStatuses)[number];

/** The yearly risk assessment: the register frozen on a date, then approved by management. */
export type RiskAssessmentsTable = {
  id: string;
  org_id: string;
  title: string;
  assessment_date: string;
  note: string | null;
  status: RiskAssessmentStatus;
  matrix_json: string;
  summary_json: string;
  frozen_by: string | null;
  frozen_by_name: string;
  frozen_at: string;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: string | null;
  decision_note: string | null;
  version: number;
};

/** One risk as it stood when the assessment was frozen; immutable (database triggers). */
export type RiskAssessmentItemsTable = {
  assessment_id: string;
  org_id: string;
  risk_id: string;
  title: string;
  title_key: string;
  status: string;
  inherent_score: number;
  residual_score: number | null;
  score: number;
  data_json: string;
};
