import type { ColumnType } from 'kysely';
import type { BoolWithDefault } from './columns-and-access.ts';

/* Policies and documents. */
export const documentKinds = ['policy', 'guideline', 'procedure', 'instruction', 'plan'] as const;
export type DocumentKind = (typeof documentKinds)[number];
export const documentClassifications = ['public', 'internal', 'confidential'] as const;
export type DocumentClassification = (typeof documentClassifications)[number];
export const documentVersionStatuses = ['draft', 'in_review', 'approved', 'published', 'superseded'] as const;
export type DocumentVersionStatus = (typeof documentVersionStatuses)[number];
/** The role an approval is recorded under (the top policy needs management). */
export const documentApproverRoles = ['management', 'security_officer'] as const;
export type DocumentApproverRole = (typeof documentApproverRoles)[number];
export const documentReviewOutcomes = ['no_change', 'changes_needed'] as const;
export type DocumentReviewOutcome = (typeof documentReviewOutcomes)[number];

/** A policy, guideline, procedure, instruction or plan; its content lives in document_versions. */
export type DocumentsTable = {
  id: string;
  org_id: string;
  kind: DocumentKind;
  title: string;
  title_key: string;
  description: string | null;
  owner_user_id: string | null;
  classification: DocumentClassification;
  /** Audience: the whole organisation, or the union of the listed units (JSON ids) and roles (JSON). */
  audience_all: BoolWithDefault;
  audience_unit_ids: ColumnType<string, string | undefined, string>;
  audience_roles: ColumnType<string, string | undefined, string>;
  review_interval_months: ColumnType<number, number | undefined, number>;
  /** Date of the last approval or recorded review; the next review is this + the interval. */
  last_reviewed_on: string | null;
  next_review_on: string | null;
  /** A group's template that member organisations adopt. */
  is_template: BoolWithDefault;
  template_document_id: string | null;
  template_version_id: string | null;
  /** The shipped starter template it was created from (server/catalog/policy-templates). */
  catalog_key: string | null;
  /** Unguessable id of the public link; served only while classified public and published. */
  public_id: string;
  current_version_id: string | null;
  /** Acknowledgements of this version number or later count as read (null: nothing to read yet). */
  ack_version_number: number | null;
  archived_at: string | null;
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
};

export type DocumentVersionsTable = {
  id: string;
  document_id: string;
  org_id: string;
  number: number;
  status: DocumentVersionStatus;
  /** Sanitised HTML (the documents module's rich-text rules); empty when the body is a file. */
  body_html: ColumnType<string, string | undefined, string>;
  /** A PDF or DOCX file (platform files) as the body instead of rich text. */
  body_file_id: string | null;
  change_summary: string | null;
  created_by: string | null;
  last_edited_by: string | null;
  submitted_by: string | null;
  submitted_at: string | null;
  returned_by: string | null;
  returned_at: string | null;
  return_comment: string | null;
  approved_by: string | null;
  approver_role: DocumentApproverRole | null;
  approved_at: string | null;
  /** Date of the approving decision (e.g. the board meeting); the review clock starts here. */
  approved_on: string | null;
  approval_note: string | null;
  published_by: string | null;
  published_at: string | null;
  superseded_at: string | null;
  requires_acknowledgement: BoolWithDefault;
  version: number;
  created_at: string;
  updated_at: string;
};

export type DocumentReviewsTable = {
  id: string;
  document_id: string;
  org_id: string;
  reviewed_on: string;
  reviewed_by: string | null;
  outcome: DocumentReviewOutcome;
  note: string | null;
  version_number: number | null;
  next_review_on: string | null;
  created_at: string;
};

export type DocumentAcknowledgementsTable = {
  id: string;
  document_id: string;
  org_id: string;
  version_id: string;
  version_number: number;
  user_id: string;
  acknowledged_at: string;
};
