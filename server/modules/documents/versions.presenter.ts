import { z } from 'zod';
import type { DocumentVersionStatus } from '../../db/schema.ts';
import { isoInstant } from '../../platform/api-schemas.ts';
import type { VersionRow } from './versions.repository.ts';

export const versionStatuses = ['draft', 'in_review', 'approved', 'published', 'superseded'] as const;

/** Approved, published and superseded versions never change again. */
export const isLocked = (status: DocumentVersionStatus) =>
  status === 'approved' || status === 'published' || status === 'superseded';

const bodyFileSchema = z
  .object({ id: z.string(), name: z.string(), contentType: z.string(), size: z.number().int() })
  .meta({ id: 'DocumentBodyFile' });

export const versionSummarySchema = z
  .object({
    id: z.string(),
    documentId: z.string(),
    number: z.number().int(),
    status: z.enum(versionStatuses),
    bodyFormat: z.enum(['html', 'file']),
    changeSummary: z.string().nullable(),
    createdByName: z.string().nullable(),
    createdAt: isoInstant,
    submittedAt: isoInstant.nullable(),
    approvedByName: z.string().nullable(),
    approvedOn: z.iso.date().nullable(),
    publishedAt: isoInstant.nullable(),
    supersededAt: isoInstant.nullable(),
    editable: z.boolean().describe('Only drafts change; approved versions are immutable'),
    version: z.number().int(),
  })
  .meta({ id: 'DocumentVersionSummary' });

export const versionSchema = versionSummarySchema
  .extend({
    orgId: z.string(),
    bodyHtml: z.string().describe('Sanitised HTML; empty when the body is a file'),
    bodyFile: bodyFileSchema.nullable(),
    createdBy: z.string().nullable(),
    lastEditedBy: z.string().nullable(),
    lastEditedByName: z.string().nullable(),
    submittedBy: z.string().nullable(),
    submittedByName: z.string().nullable(),
    returnedByName: z.string().nullable(),
    returnedAt: isoInstant.nullable(),
    returnComment: z.string().nullable(),
    approvedBy: z.string().nullable(),
    approverRole: z.enum(['management', 'security_officer']).nullable(),
    approvedAt: isoInstant.nullable(),
    approvalNote: z.string().nullable(),
    publishedByName: z.string().nullable(),
    requiresAcknowledgement: z.boolean(),
    updatedAt: isoInstant,
  })
  .meta({ id: 'DocumentVersion' });

export type VersionSummary = z.infer<typeof versionSummarySchema>;
export type Version = z.infer<typeof versionSchema>;

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

export function presentVersion(row: VersionRow): Version {
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
    approverRole: row.approver_role as Version['approverRole'],
    approvedAt: row.approved_at,
    approvalNote: row.approval_note,
    publishedByName: row.published_by_name,
    requiresAcknowledgement: Boolean(row.requires_acknowledgement),
    updatedAt: row.updated_at,
  };
}
