import type { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { assertMemberCanRead, readableSubtree, requireOrg } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { addDaysToDate, nowIso, todayLocal } from '../../platform/clock.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { danishKey } from '../../platform/danish-text.ts';
import { conflict, notFound, versionConflict } from '../../platform/errors.ts';
import * as filesRepo from '../../platform/files/files.repository.ts';
import { newId, newSecret } from '../../platform/ids.ts';
import { findOrg } from '../../platform/org-tree.ts';
import { decodeCursor, pageOf } from '../../platform/pagination.ts';
import { type AudienceOrg, parseAudience } from './audience.rules.ts';
import { assertTemplateOrg, checkAudience, checkBody, checkBodyFile } from './document-input.service.ts';
import { type DocumentAccess, documentsPolicy } from './documents.policy.ts';
import { documentFields, presentDocument, REVIEW_LEAD_DAYS } from './documents.presenter.ts';
import * as repo from './documents.repository.ts';
import type {
  CreateDocumentInput,
  DocumentDto,
  documentListQuery,
  UpdateDocumentInput,
} from './documents.schemas.ts';
import { nextReviewDate, syncReviewTask } from './review-schedule.service.ts';
import * as versionsRepo from './versions.repository.ts';

export const VERSION_LINK_TYPE = 'document_version';

/** A document after the access check (documentForReading), or inside the transaction that changes it. */
export async function loadDocument(db: Db, orgId: string, id: string): Promise<repo.DocumentRow> {
  const document = await repo.findDocument(db, orgId, id);
  if (!document) throw notFound();
  return document;
}

export const audienceOrgOf = (
  row: Pick<repo.DocumentRow, 'org_id' | 'org_path' | 'org_kind'>,
): AudienceOrg => ({
  id: row.org_id,
  path: row.org_path,
  kind: row.org_kind,
});

/**
 * The record lookup every operation on one document starts with (the module's requireReadable):
 * 'full' for readers of the ISMS records, 'audience' for staff reading a published document
 * meant for them, 404 for anyone else, for a real id exactly as for a random one. The
 * organisation is not checked with org.read first, because staff of a unit read the documents
 * of the organisation above it. Operations then ask the policy (403 for what one may see but
 * not do).
 */
export async function documentForReading(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  id: string,
): Promise<{ document: repo.DocumentRow; access: DocumentAccess; org: AudienceOrg }> {
  const found = await findOrg(ctx.db, orgId);
  const document = found ? await repo.findDocument(ctx.db, found.id, id) : undefined;
  if (!document) throw notFound();
  const org = audienceOrgOf(document);
  const access = documentsPolicy.read(actor, org, {
    published: document.current_version_id !== null,
    archived: document.archived_at !== null,
    audience: parseAudience(document),
  });
  return { document, access, org };
}

export async function presentOne(
  db: Db,
  actor: Actor,
  document: repo.DocumentRow,
  access: DocumentAccess = 'full',
): Promise<DocumentDto> {
  const versions = await versionsRepo.liveVersionsOf(db, [document.id]);
  return presentDocument(actor, document, versions, access);
}

/** The document as stored, without `can`, for audit snapshots. */
export async function snapshotOf(db: Db, document: repo.DocumentRow) {
  return documentFields(document, await versionsRepo.liveVersionsOf(db, [document.id]));
}

async function presentMany(db: Db, actor: Actor, rows: repo.DocumentRow[]): Promise<DocumentDto[]> {
  const versions = await versionsRepo.liveVersionsOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) =>
    presentDocument(
      actor,
      row,
      versions.filter((v) => v.document_id === row.id),
    ),
  );
}

export type DocumentListQuery = Omit<
  z.infer<typeof documentListQuery>,
  'sort' | 'archived' | 'isTemplate' | 'subtree'
> & {
  sort: repo.DocumentSortField;
  direction: 'asc' | 'desc';
  archived: boolean;
  isTemplate?: boolean;
  subtree: boolean;
};

/** The organisation's documents; with subtree, also those of the descendants the actor may read. */
export async function listDocuments(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  query: DocumentListQuery,
) {
  const org = await requireOrg(ctx, actor, orgId, 'documents.read');
  const orgIds = query.subtree
    ? (await readableSubtree(ctx, actor, org, 'documents.read')).map((o) => o.id)
    : [org.id];
  const today = todayLocal();
  const reviewDueBy =
    query.reviewStatus === 'overdue'
      ? addDaysToDate(today, -1)
      : query.reviewStatus === 'due'
        ? addDaysToDate(today, REVIEW_LEAD_DAYS)
        : undefined;
  const rows = await repo.listDocuments(ctx.db, orgIds, {
    kind: query.kind,
    classification: query.classification,
    reviewDueBy,
    archived: query.archived,
    isTemplate: query.isTemplate,
    ownerUserId: query.ownerUserId,
    q: query.q,
    sort: query.sort,
    direction: query.direction,
    cursor: query.cursor ? decodeCursor(query.cursor, 2) : undefined,
    limit: query.limit,
  });
  const page = pageOf(rows, query.limit, (row) => [
    query.sort === 'title' ? row.title_key : (row.next_review_on ?? ''),
    row.id,
  ]);
  return { items: await presentMany(ctx.db, actor, page.items), nextCursor: page.nextCursor };
}

export async function getDocument(ctx: RequestContext, actor: Actor, orgId: string, id: string) {
  const { document, access } = await documentForReading(ctx, actor, orgId, id);
  return presentOne(ctx.db, actor, document, access);
}

export type DocumentOrigin = {
  catalogKey?: string | null;
  templateDocumentId?: string | null;
  templateVersionId?: string | null;
};

/** Creates the document and its first draft (version 1) in the caller's transaction. */
export async function insertDocumentWithDraft(
  trx: Db,
  ctx: RequestContext,
  actor: Actor,
  org: AudienceOrg,
  input: CreateDocumentInput,
  origin: DocumentOrigin = {},
): Promise<string> {
  const audience = await checkAudience(
    trx,
    org,
    input.audience ?? { wholeOrganisation: true, unitIds: [], roles: [] },
  );
  await assertMemberCanRead({ db: trx }, input.ownerUserId, org, 'documents.read', 'ownerUserId');
  if (input.isTemplate) assertTemplateOrg(org);
  const bodyFileId = input.bodyFileId ?? null;
  if (bodyFileId) await checkBodyFile(trx, org.id, bodyFileId);
  const bodyHtml = checkBody(input.bodyHtml ?? '', bodyFileId);
  const now = nowIso();
  const id = newId();
  await repo.insertDocument(trx, {
    id,
    org_id: org.id,
    kind: input.kind,
    title: input.title,
    title_key: danishKey(input.title),
    description: input.description ?? null,
    owner_user_id: input.ownerUserId ?? null,
    classification: input.classification ?? 'internal',
    audience_all: audience.wholeOrganisation,
    audience_unit_ids: JSON.stringify(audience.unitIds),
    audience_roles: JSON.stringify(audience.roles),
    review_interval_months: input.reviewIntervalMonths ?? 12,
    last_reviewed_on: null,
    next_review_on: null,
    is_template: input.isTemplate ?? false,
    template_document_id: origin.templateDocumentId ?? null,
    template_version_id: origin.templateVersionId ?? null,
    catalog_key: origin.catalogKey ?? null,
    public_id: newSecret(18),
    current_version_id: null,
    ack_version_number: null,
    archived_at: null,
    created_by: actor.id,
    version: 1,
    created_at: now,
    updated_at: now,
  });
  const versionId = newId();
  await versionsRepo.insertDraftVersion(trx, {
    id: versionId,
    document_id: id,
    org_id: org.id,
    number: 1,
    body_html: bodyHtml,
    body_file_id: bodyFileId,
    change_summary: input.changeSummary ?? null,
    created_by: actor.id,
    created_at: now,
  });
  if (bodyFileId) await linkBodyFile(trx, org.id, versionId, bodyFileId);
  const created = await snapshotOf(trx, await loadDocument(trx, org.id, id));
  await writeAudit(trx, ctx, {
    orgId: org.id,
    action: 'document.created',
    entityType: 'document',
    entityId: id,
    after: { ...created, origin },
  });
  return id;
}

export async function createDocument(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  input: CreateDocumentInput,
) {
  const org = await requireOrg(ctx, actor, orgId, 'documents.read');
  documentsPolicy.write(actor, org);
  return ctx.db.transaction().execute(async (trx) => {
    const id = await insertDocumentWithDraft(trx, ctx, actor, org, input);
    return presentOne(trx, actor, await loadDocument(trx, org.id, id));
  });
}

/**
 * Changes the document's settings (not its content, which lives in versions). A new review
 * interval moves the next review date; archiving stops reviews, reading and the public link.
 */
export async function updateDocument(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  id: string,
  input: UpdateDocumentInput,
) {
  const { document, org } = await documentForReading(ctx, actor, orgId, id);
  documentsPolicy.write(actor, org);
  // Who reads a published document (and whether the world does) is the publisher's call.
  const published = document.current_version_id !== null;
  const archiving = input.archived !== undefined && input.archived !== (document.archived_at !== null);
  const reclassifying =
    input.classification !== undefined && input.classification !== document.classification;
  if (archiving || (published && (reclassifying || input.audience !== undefined))) {
    documentsPolicy.publish(actor, org);
  }
  return ctx.db.transaction().execute(async (trx) => {
    const audience = input.audience ? await checkAudience(trx, org, input.audience) : undefined;
    await assertMemberCanRead({ db: trx }, input.ownerUserId, org, 'documents.read', 'ownerUserId');
    const interval = input.reviewIntervalMonths ?? document.review_interval_months;
    const now = nowIso();
    const changed = await repo.updateDocument(trx, document.id, input.version, {
      ...(input.title !== undefined ? { title: input.title, title_key: danishKey(input.title) } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.ownerUserId !== undefined ? { owner_user_id: input.ownerUserId } : {}),
      ...(input.classification !== undefined ? { classification: input.classification } : {}),
      ...(audience
        ? {
            audience_all: audience.wholeOrganisation,
            audience_unit_ids: JSON.stringify(audience.unitIds),
            audience_roles: JSON.stringify(audience.roles),
          }
        : {}),
      ...(input.reviewIntervalMonths !== undefined
        ? {
            review_interval_months: interval,
            next_review_on: document.last_reviewed_on
              ? nextReviewDate(document.last_reviewed_on, interval)
              : null,
          }
        : {}),
      ...(input.archived !== undefined
        ? { archived_at: input.archived ? (document.archived_at ?? now) : null }
        : {}),
      updated_at: now,
    });
    if (!changed) throw versionConflict();
    const updated = await loadDocument(trx, org.id, document.id);
    await syncReviewTask(trx, ctx, updated);
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: input.archived === true && !document.archived_at ? 'document.archived' : 'document.updated',
      entityType: 'document',
      entityId: document.id,
      before: await snapshotOf(trx, document),
      after: await snapshotOf(trx, updated),
    });
    return presentOne(trx, actor, updated);
  });
}

/** Only a document that never had an approved version can be deleted; the rest are archived. */
export async function deleteDocument(ctx: RequestContext, actor: Actor, orgId: string, id: string) {
  const { document, org } = await documentForReading(ctx, actor, orgId, id);
  documentsPolicy.write(actor, org);
  await ctx.db.transaction().execute(async (trx) => {
    if (await versionsRepo.hasApprovedVersion(trx, document.id)) throw conflict('document_has_history');
    const before = await snapshotOf(trx, document);
    for (const version of await versionsRepo.listVersions(trx, document.id)) {
      if (version.body_file_id) await unlinkBodyFile(trx, version.body_file_id, version.id);
    }
    await repo.deleteDocument(trx, document.id);
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'document.deleted',
      entityType: 'document',
      entityId: document.id,
      before,
    });
  });
}

/** The body file shows up among the version's attachments (platform files). */
export async function linkBodyFile(trx: Db, orgId: string, versionId: string, fileId: string) {
  if (await filesRepo.linkExists(trx, fileId, VERSION_LINK_TYPE, versionId)) return;
  await filesRepo.insertLink(trx, {
    file_id: fileId,
    org_id: orgId,
    entity_type: VERSION_LINK_TYPE,
    entity_id: versionId,
    created_at: nowIso(),
  });
}

export async function unlinkBodyFile(trx: Db, fileId: string, versionId: string) {
  await filesRepo.deleteLink(trx, fileId, VERSION_LINK_TYPE, versionId);
}
