import type { Bool, BoolWithDefault } from './columns-and-access.ts';

/* Risk management. */
export type ThreatCategory =
  | 'malicious'
  | 'insider'
  | 'supplier'
  | 'human_error'
  | 'technical'
  | 'physical'
  | 'environmental';

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

export type RiskStatus = 'draft' | 'open' | 'accepted' | 'closed';
export type RiskTreatment = 'reduce' | 'accept' | 'avoid' | 'transfer';

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
  role: 'management' | 'security_officer';
  reason: string;
  /** The score accepted, the tolerance then, and whether the score was above it. */
  score: number;
  tolerance: number;
  above_tolerance: Bool;
  accepted_at: string;
  expires_on: string;
  ended_at: string | null;
  ended_by: string | null;
  end_reason: 'revoked' | 'superseded' | 'lapsed' | null;
  end_note: string | null;
  expiry_task_at: string | null;
};

export type RiskAssessmentStatus = 'awaiting_approval' | 'approved' | 'rejected';

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
