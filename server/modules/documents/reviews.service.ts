import { writeAudit } from '../../platform/audit.ts';
import { nowIso, todayLocal } from '../../platform/clock.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { conflict, invalid, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { documentsPolicy } from './documents.policy.ts';
import type { DocumentRow } from './documents.repository.ts';
import * as repo from './documents.repository.ts';
import { documentForReading, loadDocument, presentOne } from './documents.service.ts';
import { completeReviewTasks, nextReviewDate, syncReviewTask } from './review-schedule.service.ts';
import * as reviewsRepo from './reviews.repository.ts';
import type { RecordReviewInput, Review, RevisionRow } from './reviews.schemas.ts';
import * as versionsRepo from './versions.repository.ts';
import { insertDraft } from './versions.service.ts';

const presentReview = (row: reviewsRepo.ReviewRow): Review => ({
  id: row.id,
  documentId: row.document_id,
  reviewedOn: row.reviewed_on,
  reviewedBy: row.reviewed_by,
  reviewedByName: row.reviewed_by_name,
  outcome: row.outcome,
  note: row.note,
  versionNumber: row.version_number,
  nextReviewOn: row.next_review_on,
  createdAt: row.created_at,
});

/**
 * The revision table, generated from history: every approved version (version, date,
 * author, change summary, approved by) and every recorded review, in date order.
 */
export async function revisionRows(db: RequestContext['db'], document: Pick<DocumentRow, 'id'>) {
  const versions = (await versionsRepo.listVersions(db, document.id)).filter(
    (v) => v.status === 'approved' || v.status === 'published' || v.status === 'superseded',
  );
  const reviews = await reviewsRepo.listReviews(db, document.id);
  const rows: (RevisionRow & { order: string })[] = [
    ...versions.map((v) => ({
      kind: 'version' as const,
      versionNumber: v.number,
      date: v.approved_on ?? (v.approved_at ?? v.created_at).slice(0, 10),
      authorName: v.created_by_name,
      changeSummary: v.change_summary,
      outcome: null,
      approvedByName: v.approved_by_name,
      approverRole: v.approver_role,
      publishedAt: v.published_at,
      order: v.approved_at ?? v.created_at,
    })),
    ...reviews.map((r) => ({
      kind: 'review' as const,
      versionNumber: r.version_number,
      date: r.reviewed_on,
      authorName: r.reviewed_by_name,
      changeSummary: r.note,
      outcome: r.outcome,
      approvedByName: null,
      approverRole: null,
      publishedAt: null,
      order: r.created_at,
    })),
  ];
  rows.sort((a, b) => (a.date === b.date ? a.order.localeCompare(b.order) : a.date.localeCompare(b.date)));
  return rows.map(({ order: _order, ...row }) => row);
}

export async function getRevisionTable(ctx: RequestContext, actor: Actor, orgId: string, documentId: string) {
  const { document } = await documentForReading(ctx, actor, orgId, documentId);
  return { items: await revisionRows(ctx.db, document) };
}

export async function listReviews(ctx: RequestContext, actor: Actor, orgId: string, documentId: string) {
  const { document, access } = await documentForReading(ctx, actor, orgId, documentId);
  if (access !== 'full') throw notFound();
  return { items: (await reviewsRepo.listReviews(ctx.db, document.id)).map(presentReview), nextCursor: null };
}

/**
 * Records the periodic review of a published document. "No change" is a full review: it is
 * kept in the revision table and moves the next review date. "Changes needed" keeps the date
 * (the review is finished when the new version is published) and opens a draft for it.
 */
export async function recordReview(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  documentId: string,
  input: RecordReviewInput,
) {
  const { document, org } = await documentForReading(ctx, actor, orgId, documentId);
  documentsPolicy.publish(actor, org);
  if (!document.current_version_id) throw conflict('document_not_published');
  if (document.archived_at) throw conflict('document_archived');
  const today = todayLocal();
  const reviewedOn = input.reviewedOn ?? today;
  if (reviewedOn > today) throw invalid('date_in_future', [{ path: 'reviewedOn', code: 'date_in_future' }]);
  return ctx.db.transaction().execute(async (trx) => {
    const current = await versionsRepo.findVersion(trx, document.id, document.current_version_id as string);
    if (current?.approved_on && reviewedOn < current.approved_on) {
      throw invalid('document_review_before_approval', [
        { path: 'reviewedOn', code: 'document_review_before_approval' },
      ]);
    }
    const noChange = input.outcome === 'no_change';
    const basis =
      noChange && (!document.last_reviewed_on || reviewedOn > document.last_reviewed_on)
        ? reviewedOn
        : document.last_reviewed_on;
    const next = basis ? nextReviewDate(basis, document.review_interval_months) : document.next_review_on;
    const id = newId();
    await reviewsRepo.insertReview(trx, {
      id,
      document_id: document.id,
      org_id: org.id,
      reviewed_on: reviewedOn,
      reviewed_by: actor.id,
      outcome: input.outcome,
      note: input.note ?? null,
      version_number: current?.number ?? null,
      next_review_on: noChange ? next : document.next_review_on,
      created_at: nowIso(),
    });
    if (noChange) {
      await repo.touchDocument(trx, document.id, {
        last_reviewed_on: basis,
        next_review_on: next,
        updated_at: nowIso(),
      });
      const updated = await loadDocument(trx, org.id, document.id);
      await completeReviewTasks(trx, ctx, updated);
      await syncReviewTask(trx, ctx, updated);
    } else if (!(await versionsRepo.openVersion(trx, document.id))) {
      await insertDraft(trx, ctx, actor, document);
    }
    const review = presentReview(
      (await reviewsRepo.findReview(trx, document.id, id)) as reviewsRepo.ReviewRow,
    );
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'document.reviewed',
      entityType: 'document',
      entityId: document.id,
      after: review,
    });
    return { review, document: await presentOne(trx, actor, await loadDocument(trx, org.id, document.id)) };
  });
}
