import type { DocumentVersionStatus } from '../../db/schema.ts';
import type { VersionCan } from './documents.policy.ts';
import type { VersionRow } from './versions.repository.ts';
import type { Version, VersionFields, VersionSummary } from './versions.schemas.ts';

/** Approved, published and superseded versions never change again. */
export const isLocked = (status: DocumentVersionStatus) =>
  status === 'approved' || status === 'published' || status === 'superseded';

export function presentVersionSummary(row: VersionRow): VersionSummary {
  return {
    id: row.id,
    documentId: row.document_id,
    number: row.number,
    status: row.status,
    bodyFormat: row.body_file_id ? 'file' : 'html',
    changeSummary: row.change_summary,
    createdByName: row.created_by_name,
    createdAt: row.created_at,
    submittedAt: row.submitted_at,
    approvedByName: row.approved_by_name,
    approvedOn: row.approved_on,
    publishedAt: row.published_at,
    supersededAt: row.superseded_at,
    editable: row.status === 'draft',
    version: row.version,
  };
}

/** The stored version without `can`, for audit snapshots. */
export function versionFields(row: VersionRow): VersionFields {
  return {
    ...presentVersionSummary(row),
    orgId: row.org_id,
    bodyHtml: row.body_html,
    bodyFile:
      row.body_file_id && row.file_name
        ? {
            id: row.body_file_id,
            name: row.file_name,
            contentType: row.file_content_type ?? 'application/octet-stream',
            size: Number(row.file_size ?? 0),
          }
        : null,
    createdBy: row.created_by,
    lastEditedBy: row.last_edited_by,
    lastEditedByName: row.last_edited_by_name,
    submittedBy: row.submitted_by,
    submittedByName: row.submitted_by_name,
    returnedByName: row.returned_by_name,
    returnedAt: row.returned_at,
    returnComment: row.return_comment,
    approvedBy: row.approved_by,
    approverRole: row.approver_role,
    approvedAt: row.approved_at,
    approvalNote: row.approval_note,
    publishedByName: row.published_by_name,
    requiresAcknowledgement: Boolean(row.requires_acknowledgement),
    updatedAt: row.updated_at,
  };
}

export const presentVersion = (row: VersionRow, can: VersionCan): Version => ({ ...versionFields(row), can });
