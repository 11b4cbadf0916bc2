import type { z } from 'zod';
import type { Db } from '../../db/database.ts';
import type { DocumentVersionStatus } from '../../db/schema.ts';
import { writeAudit } from '../../platform/audit.ts';
import { addDaysToDate, nowIso, todayLocal } from '../../platform/clock.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { conflict, invalid, notFound, versionConflict } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { syncTaskBySource } from '../tasks/index.ts';
import { checkBody, checkBodyFile } from './document-input.service.ts';
import { documentsPolicy, versionCan } from './documents.policy.ts';
import * as repo from './documents.repository.ts';
import {
  audienceOrgOf,
  documentForReading,
  linkBodyFile,
  loadDocument,
  presentOne,
  unlinkBodyFile,
} from './documents.service.ts';
import { completeReviewTasks, nextReviewDate, syncReviewTask } from './review-schedule.service.ts';
import { hasText } from './rich-text.rules.ts';
import { isLocked, presentVersion, presentVersionSummary, versionFields } from './versions.presenter.ts';
import * as versionsRepo from './versions.repository.ts';
import type {
  ApproveInput,
  createDraftBody,
  PublishInput,
  ReturnInput,
  UpdateDraftInput,
  versionBody,
} from './versions.schemas.ts';

export const APPROVAL_TASK_SOURCE = 'document_approval';
/** Days an approver gets before the approval task is due. */
export const APPROVAL_DAYS = 14;

export async function loadVersion(db: Db, documentId: string, id: string) {
  const version = await versionsRepo.findVersion(db, documentId, id);
  if (!version) throw notFound();
  return version;
}

/**
 * A document and one of its versions for a change: 404 when the actor may not read the
 * document, as for a random id; the operation then asks the policy.
 */
async function forWriting(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  documentId: string,
  versionId: string,
) {
  const { document, org } = await documentForReading(ctx, actor, orgId, documentId);
  const version = await loadVersion(ctx.db, document.id, versionId);
  return { org, document, version };
}

/** The version as the actor sees it, with what the actor may do with it. */
const presentFor = (actor: Actor, document: repo.DocumentRow, version: versionsRepo.VersionRow) =>
  presentVersion(
    version,
    versionCan(
      actor,
      { org: audienceOrgOf(document), kind: document.kind, archived: document.archived_at !== null },
      version,
    ),
  );

function assertStatus(status: DocumentVersionStatus, expected: DocumentVersionStatus) {
  if (status === expected) return;
  if (isLocked(status)) throw conflict('document_version_locked');
  throw conflict('document_version_wrong_status', { status: `@document_status.${status}` });
}

async function audited(
  trx: Db,
  ctx: RequestContext,
  action: string,
  document: repo.DocumentRow,
  before: versionsRepo.VersionRow | null,
  versionId: string,
) {
  const row = await loadVersion(trx, document.id, versionId);
  const after = versionFields(row);
  const strip = ({ bodyHtml, ...rest }: ReturnType<typeof versionFields>) => ({
    ...rest,
    bodyLength: bodyHtml.length,
  });
  await writeAudit(trx, ctx, {
    orgId: document.org_id,
    action,
    entityType: 'document_version',
    entityId: versionId,
    before: before ? strip(versionFields(before)) : undefined,
    after: { ...strip(after), documentId: document.id },
  });
  return row;
}

export async function listVersions(ctx: RequestContext, actor: Actor, orgId: string, documentId: string) {
  const { document, access } = await documentForReading(ctx, actor, orgId, documentId);
  const rows = await versionsRepo.listVersions(ctx.db, document.id);
  const visible = access === 'full' ? rows : rows.filter((row) => row.id === document.current_version_id);
  return {
    items: visible.map((row) => ({
      ...presentVersionSummary(row),
      can: presentFor(actor, document, row).can,
    })),
    nextCursor: null,
  };
}

export async function getVersion(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  documentId: string,
  id: string,
) {
  const { document, access } = await documentForReading(ctx, actor, orgId, documentId);
  if (access === 'audience' && id !== document.current_version_id) throw notFound();
  return presentFor(actor, document, await loadVersion(ctx.db, document.id, id));
}

/**
 * A new draft from the latest version (or a chosen one): the way to change an approved text.
 * Only one version can be under way at a time.
 */
export async function createDraft(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  documentId: string,
  input: z.infer<typeof createDraftBody>,
) {
  const { document, org } = await documentForReading(ctx, actor, orgId, documentId);
  documentsPolicy.write(actor, org);
  if (document.archived_at) throw conflict('document_archived');
  return ctx.db.transaction().execute(async (trx) => {
    const row = await insertDraft(trx, ctx, actor, document, input.fromVersionId);
    return presentFor(actor, document, row);
  });
}

export async function insertDraft(
  trx: Db,
  ctx: RequestContext,
  actor: Actor | null,
  document: repo.DocumentRow,
  fromVersionId?: string,
) {
  const open = await versionsRepo.openVersion(trx, document.id);
  if (open) throw conflict('document_version_open', { number: open.number });
  const source = fromVersionId
    ? await loadVersion(trx, document.id, fromVersionId)
    : await versionsRepo.latestVersion(trx, document.id);
  const now = nowIso();
  const id = newId();
  await versionsRepo.insertDraftVersion(trx, {
    id,
    document_id: document.id,
    org_id: document.org_id,
    number: await versionsRepo.nextVersionNumber(trx, document.id),
    body_html: source?.body_html ?? '',
    body_file_id: source?.body_file_id ?? null,
    change_summary: null,
    created_by: actor?.id ?? null,
    created_at: now,
  });
  if (source?.body_file_id) await linkBodyFile(trx, document.org_id, id, source.body_file_id);
  return audited(trx, ctx, 'document_version.created', document, null, id);
}

/** Only a draft changes. An approved (or published, superseded) version answers 409 document_version_locked. */
export async function updateDraft(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  documentId: string,
  id: string,
  input: UpdateDraftInput,
) {
  const { org, document, version } = await forWriting(ctx, actor, orgId, documentId, id);
  documentsPolicy.write(actor, org);
  assertStatus(version.status, 'draft');
  const fileId = input.bodyFileId !== undefined ? input.bodyFileId : version.body_file_id;
  const html = input.bodyHtml ?? (input.bodyFileId ? '' : version.body_html);
  return ctx.db.transaction().execute(async (trx) => {
    if (fileId && fileId !== version.body_file_id) await checkBodyFile(trx, org.id, fileId);
    const bodyHtml = checkBody(html, fileId);
    await changeVersion(
      trx,
      version.id,
      { version: input.version, status: 'draft' },
      {
        body_html: bodyHtml,
        body_file_id: fileId,
        ...(input.changeSummary !== undefined ? { change_summary: input.changeSummary } : {}),
        last_edited_by: actor.id,
        updated_at: nowIso(),
      },
    );
    if (version.body_file_id && version.body_file_id !== fileId) {
      await unlinkBodyFile(trx, version.body_file_id, version.id);
    }
    if (fileId && fileId !== version.body_file_id) await linkBodyFile(trx, org.id, version.id, fileId);
    return presentFor(
      actor,
      document,
      await audited(trx, ctx, 'document_version.updated', document, version, version.id),
    );
  });
}

export async function deleteDraft(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  documentId: string,
  id: string,
) {
  const { org, document, version } = await forWriting(ctx, actor, orgId, documentId, id);
  documentsPolicy.write(actor, org);
  assertStatus(version.status, 'draft');
  await ctx.db.transaction().execute(async (trx) => {
    const versions = await versionsRepo.listVersions(trx, document.id, 2);
    if (versions.length < 2) throw conflict('document_version_only');
    if (version.body_file_id) await unlinkBodyFile(trx, version.body_file_id, version.id);
    await versionsRepo.deleteVersion(trx, version.id);
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'document_version.deleted',
      entityType: 'document_version',
      entityId: version.id,
      before: { ...presentVersionSummary(version), documentId: document.id },
    });
  });
}

/** Sends a draft for approval and gives the approvers a task. */
export async function submitForApproval(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  documentId: string,
  id: string,
  input: z.infer<typeof versionBody>,
) {
  const { org, document, version } = await forWriting(ctx, actor, orgId, documentId, id);
  documentsPolicy.write(actor, org);
  assertStatus(version.status, 'draft');
  if (!version.body_file_id && !hasText(version.body_html)) {
    throw invalid('document_body_empty', [{ path: 'bodyHtml', code: 'document_body_empty' }]);
  }
  if (version.number > 1 && !version.change_summary?.trim()) {
    throw invalid('document_change_summary_required', [
      { path: 'changeSummary', code: 'document_change_summary_required' },
    ]);
  }
  return ctx.db.transaction().execute(async (trx) => {
    const now = nowIso();
    await changeVersion(
      trx,
      version.id,
      { version: input.version, status: 'draft' },
      { status: 'in_review', submitted_by: actor.id, submitted_at: now, updated_at: now },
    );
    await syncTaskBySource(trx, ctx, org.id, approvalTaskKey(version.id, now), {
      title: `Godkend "${document.title}" version ${version.number}`.slice(0, 300),
      description:
        'Læs versionen og ændringsbeskrivelsen igennem, og godkend den eller send den tilbage med en kommentar.',
      assigneeRole: document.kind === 'policy' ? 'management' : 'security_officer',
      dueDate: addDaysToDate(todayLocal(), APPROVAL_DAYS),
      priority: document.kind === 'policy' ? 'high' : 'normal',
      entityType: 'document',
      entityId: document.id,
      source: APPROVAL_TASK_SOURCE,
      createdBy: actor.id,
    });
    return presentFor(
      actor,
      document,
      await audited(trx, ctx, 'document_version.submitted', document, version, version.id),
    );
  });
}

/** The approval task of one submission (a version sent again after changes gets a new task). */
const approvalTaskKey = (versionId: string, submittedAt: string) =>
  `document-approval:${versionId}:${submittedAt}`;

const closeApprovalTask = (
  trx: Db,
  ctx: RequestContext,
  version: versionsRepo.VersionRow,
  status: 'done' | 'cancelled',
) =>
  version.submitted_at
    ? syncTaskBySource(trx, ctx, version.org_id, approvalTaskKey(version.id, version.submitted_at), {
        status,
      })
    : null;

/** Back to draft with a comment: an approver asks for changes, or the author withdraws the request. */
export async function returnToDraft(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  documentId: string,
  id: string,
  input: ReturnInput,
) {
  const { org, document, version } = await forWriting(ctx, actor, orgId, documentId, id);
  documentsPolicy.returnToDraft(actor, org, document.kind, version);
  assertStatus(version.status, 'in_review');
  return ctx.db.transaction().execute(async (trx) => {
    const now = nowIso();
    await changeVersion(
      trx,
      version.id,
      { version: input.version, status: 'in_review' },
      {
        status: 'draft',
        returned_by: actor.id,
        returned_at: now,
        return_comment: input.comment,
        updated_at: now,
      },
    );
    await closeApprovalTask(trx, ctx, version, 'cancelled');
    return presentFor(
      actor,
      document,
      await audited(trx, ctx, 'document_version.returned', document, version, version.id),
    );
  });
}

/**
 * Approval by a named approver with the right role, never an author of the version. From
 * here on the version is immutable. `approvedOn` is the date of the decision (a board meeting
 * may precede its recording); it starts the review clock when the version is published.
 */
export async function approveVersion(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  documentId: string,
  id: string,
  input: ApproveInput,
) {
  const { org, document, version } = await forWriting(ctx, actor, orgId, documentId, id);
  assertStatus(version.status, 'in_review');
  documentsPolicy.approve(actor, org, document.kind, version);
  const today = todayLocal();
  const approvedOn = input.approvedOn ?? today;
  if (approvedOn > today) {
    throw invalid('date_in_future', [{ path: 'approvedOn', code: 'date_in_future' }]);
  }
  return ctx.db.transaction().execute(async (trx) => {
    const now = nowIso();
    await changeVersion(
      trx,
      version.id,
      { version: input.version, status: 'in_review' },
      {
        status: 'approved',
        approved_by: actor.id,
        approver_role: documentsPolicy.approverRole(actor, org),
        approved_at: now,
        approved_on: approvedOn,
        approval_note: input.note ?? null,
        updated_at: now,
      },
    );
    await closeApprovalTask(trx, ctx, version, 'done');
    return presentFor(
      actor,
      document,
      await audited(trx, ctx, 'document_version.approved', document, version, version.id),
    );
  });
}

/**
 * Publishes an approved version to its audience; the version published before is superseded.
 * The approval date restarts the review clock. With `requiresAcknowledgement` false (small
 * corrections) acknowledgements of earlier versions keep counting.
 */
export async function publishVersion(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  documentId: string,
  id: string,
  input: PublishInput,
) {
  const { org, document, version } = await forWriting(ctx, actor, orgId, documentId, id);
  documentsPolicy.publish(actor, org);
  assertStatus(version.status, 'approved');
  if (document.archived_at) throw conflict('document_archived');
  const requiresAcknowledgement = input.requiresAcknowledgement ?? true;
  return ctx.db.transaction().execute(async (trx) => {
    const now = nowIso();
    const superseded = await versionsRepo.supersedePublished(trx, document.id, now);
    await changeVersion(
      trx,
      version.id,
      { version: input.version, status: 'approved' },
      {
        status: 'published',
        published_by: actor.id,
        published_at: now,
        requires_acknowledgement: requiresAcknowledgement,
        updated_at: now,
      },
    );
    const approvedOn = version.approved_on ?? todayLocal();
    const basis =
      document.last_reviewed_on && document.last_reviewed_on > approvedOn
        ? document.last_reviewed_on
        : approvedOn;
    await repo.touchDocument(trx, document.id, {
      current_version_id: version.id,
      last_reviewed_on: basis,
      next_review_on: nextReviewDate(basis, document.review_interval_months),
      ack_version_number:
        requiresAcknowledgement || document.ack_version_number === null
          ? version.number
          : document.ack_version_number,
      updated_at: now,
    });
    const updated = await loadDocument(trx, org.id, document.id);
    await completeReviewTasks(trx, ctx, updated);
    await syncReviewTask(trx, ctx, updated);
    const after = await audited(trx, ctx, 'document_version.published', document, version, version.id);
    return {
      version: presentFor(actor, updated, after),
      supersededVersionIds: superseded,
      document: await presentOne(trx, actor, updated),
    };
  });
}

/** Applies the changes if the version still has the version and status read; 409 version_conflict otherwise. */
async function changeVersion(...args: Parameters<typeof versionsRepo.updateVersion>): Promise<void> {
  if (!(await versionsRepo.updateVersion(...args))) throw versionConflict();
}
