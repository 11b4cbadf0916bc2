import { isOverdue, todayLocal } from '../../platform/clock.ts';
import type { Actor } from '../../platform/context.ts';
import { parseAudience } from './audience.rules.ts';
import { type DocumentAccess, type DocumentState, documentCan } from './documents.policy.ts';
import type { DocumentRow } from './documents.repository.ts';
import type { DocumentDto } from './documents.schemas.ts';
import { presentVersionSummary } from './versions.presenter.ts';
import type { VersionRow } from './versions.repository.ts';

/** A review is "due soon" this many days ahead; its task appears then too. */
export const REVIEW_LEAD_DAYS = 30;

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

const isOpen = (version: VersionRow) =>
  version.status === 'draft' || version.status === 'in_review' || version.status === 'approved';

/** What the policy needs of a document, from its row and its live versions. */
export function documentStateOf(row: DocumentRow, versions: readonly VersionRow[]): DocumentState {
  return {
    org: { id: row.org_id, path: row.org_path, kind: row.org_kind },
    kind: row.kind,
    published: row.current_version_id !== null,
    archived: row.archived_at !== null,
    audience: parseAudience(row),
    // Approved versions are published (current) or about to be; published ones stay current.
    hasApprovedVersion: row.current_version_id !== null || versions.some((v) => v.status === 'approved'),
    hasOpenVersion: versions.some(isOpen),
  };
}

/**
 * The document without `can` (audit snapshots). `versions` are the document's live versions
 * (published and the one being worked on); the audience view (employees) leaves out the
 * working version.
 */
export function documentFields(
  row: DocumentRow,
  versions: readonly VersionRow[],
  options: { audienceView?: boolean } = {},
): Omit<DocumentDto, 'can'> {
  const current = versions.find((v) => v.id === row.current_version_id) ?? null;
  const working = options.audienceView
    ? null
    : (versions.filter(isOpen).sort((a, b) => b.number - a.number)[0] ?? null);
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

/** The document as the actor sees it, with what the actor may do with it. */
export function presentDocument(
  actor: Actor,
  row: DocumentRow,
  versions: readonly VersionRow[],
  access: DocumentAccess = 'full',
): DocumentDto {
  return {
    ...documentFields(row, versions, { audienceView: access === 'audience' }),
    can: documentCan(actor, documentStateOf(row, versions)),
  };
}
