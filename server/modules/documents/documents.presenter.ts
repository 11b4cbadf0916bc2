import { z } from 'zod';
import { isoInstant } from '../../platform/api-schemas.ts';
import { isOverdue, todayLocal } from '../../platform/clock.ts';
import { roles } from '../../platform/roles.ts';
import { parseAudience } from './audience.ts';
import type { DocumentRow } from './documents.repository.ts';
import { presentVersionSummary, versionSummarySchema } from './versions.presenter.ts';
import type { VersionRow } from './versions.repository.ts';

export const documentKinds = ['policy', 'guideline', 'procedure', 'instruction', 'plan'] as const;
export const classifications = ['public', 'internal', 'confidential'] as const;
export const reviewStates = ['not_scheduled', 'ok', 'due_soon', 'overdue'] as const;

/** A review is "due soon" this many days ahead; its task appears then too. */
export const REVIEW_LEAD_DAYS = 30;

export const audienceSchema = z
  .object({
    wholeOrganisation: z
      .boolean()
      .describe('Everyone holding a role at the organisation or one of its units'),
    unitIds: z
      .array(z.string())
      .describe('Units (with the units below them) whose staff are in the audience'),
    roles: z.array(z.enum(roles)).describe('Staff holding one of these roles are in the audience'),
  })
  .meta({ id: 'DocumentAudience' });

export const reviewStateSchema = z
  .object({
    status: z.enum(reviewStates),
    daysUntilDue: z
      .number()
      .int()
      .nullable()
      .describe('Days from today (Danish time) to the next review; negative when overdue'),
  })
  .meta({ id: 'DocumentReviewState' });

export const documentSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    kind: z.enum(documentKinds),
    title: z.string(),
    description: z.string().nullable(),
    ownerUserId: z.string().nullable(),
    ownerName: z.string().nullable(),
    classification: z.enum(classifications),
    audience: audienceSchema,
    reviewIntervalMonths: z.number().int(),
    lastReviewedOn: z.iso.date().nullable().describe('Last approval or recorded review'),
    nextReviewOn: z.iso.date().nullable(),
    review: reviewStateSchema,
    isTemplate: z.boolean().describe('A group template that member organisations adopt'),
    adoptedFrom: z
      .object({ documentId: z.string(), versionId: z.string().nullable() })
      .nullable()
      .describe('The group template (and its version) this document was adopted from'),
    catalogKey: z.string().nullable().describe('The starter template it was created from'),
    publicPath: z
      .string()
      .nullable()
      .describe('Public page (add .pdf for the PDF) while the document is classified public and published'),
    currentVersion: versionSummarySchema.nullable().describe('The published version'),
    workingVersion: versionSummarySchema
      .nullable()
      .describe('A draft, a version in review, or an approved version not yet published'),
    acknowledgementVersionNumber: z
      .number()
      .int()
      .nullable()
      .describe('Acknowledgements of this version or a later one count as read'),
    archived: z.boolean(),
    archivedAt: isoInstant.nullable(),
    version: z.number().int(),
    createdAt: isoInstant,
    updatedAt: isoInstant,
  })
  .meta({ id: 'Document' });

export type DocumentDto = z.infer<typeof documentSchema>;

export function reviewState(nextReviewOn: string | null, archived: boolean, now = new Date()) {
  if (!nextReviewOn || archived) return { status: 'not_scheduled' as const, daysUntilDue: null };
  const today = todayLocal(now);
  const daysUntilDue = Temporal.PlainDate.from(today).until(Temporal.PlainDate.from(nextReviewOn)).days;
  if (isOverdue(nextReviewOn, now)) return { status: 'overdue' as const, daysUntilDue };
  return { status: daysUntilDue <= REVIEW_LEAD_DAYS ? ('due_soon' as const) : ('ok' as const), daysUntilDue };
}

export const publicPathOf = (row: Pick<DocumentRow, 'public_id'>) => `/p/documents/${row.public_id}`;

export function isPubliclyServed(
  row: Pick<DocumentRow, 'classification' | 'current_version_id' | 'archived_at'>,
) {
  return row.classification === 'public' && row.current_version_id !== null && row.archived_at === null;
}

/**
 * `versions` are the document's live versions (published and the one being worked on); the
 * audience view (employees) leaves out the working version.
 */
export function presentDocument(
  row: DocumentRow,
  versions: readonly VersionRow[],
  options: { audienceView?: boolean } = {},
): DocumentDto {
  const current = versions.find((v) => v.id === row.current_version_id) ?? null;
  const working = options.audienceView
    ? null
    : (versions
        .filter((v) => v.status === 'draft' || v.status === 'in_review' || v.status === 'approved')
        .sort((a, b) => b.number - a.number)[0] ?? null);
  const archived = row.archived_at !== null;
  return {
    id: row.id,
    orgId: row.org_id,
    orgName: row.org_name,
    kind: row.kind,
    title: row.title,
    description: row.description,
    ownerUserId: row.owner_user_id,
    ownerName: row.owner_name,
    classification: row.classification,
    audience: parseAudience(row),
    reviewIntervalMonths: row.review_interval_months,
    lastReviewedOn: row.last_reviewed_on,
    nextReviewOn: row.next_review_on,
    review: reviewState(row.next_review_on, archived),
    isTemplate: Boolean(row.is_template),
    adoptedFrom: row.template_document_id
      ? { documentId: row.template_document_id, versionId: row.template_version_id }
      : null,
    catalogKey: row.catalog_key,
    publicPath: isPubliclyServed(row) ? publicPathOf(row) : null,
    currentVersion: current ? presentVersionSummary(current) : null,
    workingVersion: working ? presentVersionSummary(working) : null,
    acknowledgementVersionNumber: row.ack_version_number,
    archived,
    archivedAt: row.archived_at,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
