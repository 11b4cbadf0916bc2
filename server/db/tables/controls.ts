import type { ColumnType } from 'kysely';
import type { Bool } from './columns-and-access.ts';

/* Frameworks in scope, the SoA and evidence. */
export type ControlFrameworkId =
  | 'iso27001_2022'
  | 'nis2_art21'
  | 'gdpr_art32'
  | 'clinic_nine'
  | 'cyberforsvar';
export const implementationStatuses = ['not_started', 'planned', 'partial', 'implemented'] as const;
export type ImplementationStatus = (typeof implementationStatuses)[number];
export const evidenceKinds = ['file', 'link', 'note'] as const;
export type EvidenceKind = (typeof evidenceKinds)[number];

/** An organisation's own choice of profile and frameworks; absent while it keeps the default. */
export type ControlScopesTable = {
  org_id: string;
  profile: 'standard' | 'clinic';
  updated_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
};

export type ControlScopeFrameworksTable = { org_id: string; framework_id: ControlFrameworkId };

/** The organisation's Statement of Applicability entry for one requirement of the catalogue. */
export type SoaEntriesTable = {
  id: string;
  org_id: string;
  requirement_id: string;
  framework_id: ControlFrameworkId;
  /** Null: follows the group baseline, or applicable when there is none. */
  applicable: ColumnType<boolean | number | null, boolean | null | undefined, boolean | null>;
  justification: string | null;
  status: ColumnType<ImplementationStatus, ImplementationStatus | undefined, ImplementationStatus>;
  implementation: string | null;
  owner_user_id: string | null;
  target_date: string | null;
  updated_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
};

/** A group's baseline for one requirement, inherited by its member organisations. */
export type SoaBaselinesTable = {
  id: string;
  org_id: string;
  requirement_id: string;
  framework_id: ControlFrameworkId;
  applicable: Bool;
  expected_status: ImplementationStatus | null;
  justification: string | null;
  updated_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
};

export type SoaRiskLinksTable = {
  org_id: string;
  requirement_id: string;
  risk_id: string;
  created_by: string | null;
  created_at: string;
};

export type ControlEvidenceTable = {
  id: string;
  org_id: string;
  kind: EvidenceKind;
  title: string;
  title_key: string;
  description: string | null;
  url: string | null;
  valid_until: string | null;
  /** valid_until, or 9999-12-31 when the evidence never expires (keyset paging). */
  valid_until_key: string;
  owner_user_id: string | null;
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
};

export type ControlEvidenceRequirementsTable = {
  evidence_id: string;
  org_id: string;
  requirement_id: string;
};
