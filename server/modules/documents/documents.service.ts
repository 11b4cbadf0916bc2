import type { Db } from '../../db/database.ts';
import type { DocumentClassification, DocumentKind, OrganisationRow } from '../../db/schema.ts';
import { can } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { addDaysToDate, nowIso, todayLocal } from '../../platform/clock.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { danishKey } from '../../platform/danish-text.ts';
import { conflict, notFound, versionConflict } from '../../platform/errors.ts';
import * as filesRepo from '../../platform/files/files.repository.ts';
import { newId, newSecret } from '../../platform/ids.ts';
import { decodeCursor, pageOf } from '../../platform/pagination.ts';
import { findOrg } from '../orgs/orgs.repository.ts';
import { loadOrg } from '../orgs/orgs.service.ts';
import { type Audience, parseAudience } from './audience.ts';
import { assertTemplateOrg, checkAudience, checkBody, checkBodyFile, checkOwner } from './document-input.ts';
import { type DocumentAccess, documentsPolicy } from './documents.policy.ts';
import { type DocumentDto, presentDocument, REVIEW_LEAD_DAYS } from './documents.presenter.ts';
import * as repo from './documents.repository.ts';
import { nextReviewDate, syncReviewTask } from './review-schedule.ts';
import * as versionsRepo from './versions.repository.ts';

export const VERSION_LINK_TYPE = 'document_version';

export async function loadDocument(db: Db, orgId: string, id: string): Promise<repo.DocumentRow> {
  const document = await repo.findDocument(db, orgId, id);
  if (!document) throw notFound();
  return document;
}

export const audienceOrgOf = (row: Pick<repo.DocumentRow, 'org_id' | 'org_path' | 'org_kind'>) => ({
  id: row.org_id,
  path: row.org_path,
  kind: row.org_kind,
});

/**
 * A document for reading: 'full' for readers of the ISMS records, 'audience' for staff reading
 * a published document meant for them. The organisation is not checked with org.read first,
 * because staff of a unit read the documents of the organisation above it.
 */
export async function documentForReading(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  id: string,
): Promise<{ document: repo.DocumentRow; access: DocumentAccess }> {
  const org = await findOrg(ctx.db, orgId);
  if (!org) throw notFound();
  const document = await repo.findDocument(ctx.db, org.id, id);
  if (!document) throw notFound();
  const access = documentsPolicy.read(actor, audienceOrgOf(document), {
    published: document.current_version_id !== null,
    archived: document.archived_at !== null,
    audience: parseAudience(document),
  });
  return { document, access };
}

export async function presentOne(db: Db, document: repo.DocumentRow, access: DocumentAccess = 'full') {
  const versions = await versionsRepo.liveVersionsOf(db, [document.id]);
  return presentDocument(document, versions, { audienceView: access === 'audience' });
}

async function presentMany(db: Db, rows: repo.DocumentRow[]): Promise<DocumentDto[]> {
  const versions = await versionsRepo.liveVersionsOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) =>
    presentDocument(
      row,
      versions.filter((v) => v.document_id === row.id),
    ),
  );
}

export type DocumentListQuery = {
  limit: number;
  cursor?: string;
  q?: string;
  sort: repo.DocumentSortField;
  direction: 'asc' | 'desc';
  kind?: DocumentKind;
  classification?: DocumentClassification;
  reviewStatus?: 'due' | 'overdue';
  archived: boolean;
  isTemplate?: boolean;
  ownerUserId?: string;
  subtree: boolean;
};

/** The organisation's documents; with subtree, also those of the descendants the actor may read. */
export async function listDocuments(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  query: DocumentListQuery,
) {
  const org = await loadOrg(ctx.db, actor, orgId);
  documentsPolicy.list(actor, org);
  const orgIds = [org.id];
  if (query.subtree) {
    for (const child of await repo.descendantOrgs(ctx.db, org.path)) {
      if (can(actor, 'documents.read', child)) orgIds.push(child.id);
    }
  }
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
  return { items: await presentMany(ctx.db, page.items), nextCursor: page.nextCursor };
}

export async function getDocument(ctx: RequestContext, actor: Actor, orgId: string, id: string) {
  const { document, access } = await documentForReading(ctx, actor, orgId, id);
  return presentOne(ctx.db, document, access);
}

export type CreateDocumentInput = {
  kind: DocumentKind;
  title: string;
  description?: string | null;
  ownerUserId?: string | null;
  classification?: DocumentClassification;
  audience?: Audience;
  reviewIntervalMonths?: number;
  isTemplate?: boolean;
  bodyHtml?: string;
  bodyFileId?: string | null;
  changeSummary?: string | null;
};

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
  org: OrganisationRow,
  input: CreateDocumentInput,
  origin: DocumentOrigin = {},
): Promise<string> {
  const audience = await checkAudience(
    trx,
    org,
    input.audience ?? { wholeOrganisation: true, unitIds: [], roles: [] },
  );
  await checkOwner(trx, org, input.ownerUserId ?? null);
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
  await versionsRepo.insertVersion(trx, {
    id: versionId,
    document_id: id,
    org_id: org.id,
    number: 1,
    status: 'draft',
    body_html: bodyHtml,
    body_file_id: bodyFileId,
    change_summary: input.changeSummary ?? null,
    created_by: actor.id,
    last_edited_by: actor.id,
    submitted_by: null,
    submitted_at: null,
    returned_by: null,
    returned_at: null,
    return_comment: null,
    approved_by: null,
    approver_role: null,
    approved_at: null,
    approved_on: null,
    approval_note: null,
    published_by: null,
    published_at: null,
    superseded_at: null,
    requires_acknowledgement: true,
    version: 1,
    created_at: now,
    updated_at: now,
  });
  if (bodyFileId) await linkBodyFile(trx, org.id, versionId, bodyFileId);
  const created = await presentOne(trx, await loadDocument(trx, org.id, id));
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
  const org = await loadOrg(ctx.db, actor, orgId);
  documentsPolicy.write(actor, org);
  return ctx.db.transaction().execute(async (trx) => {
    const id = await insertDocumentWithDraft(trx, ctx, actor, org, input);
    return presentOne(trx, await loadDocument(trx, org.id, id));
  });
}

export type UpdateDocumentInput = {
  version: number;
  title?: string;
  description?: string | null;
  ownerUserId?: string | null;
  classification?: DocumentClassification;
  audience?: Audience;
  reviewIntervalMonths?: number;
  archived?: boolean;
};

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
  const org = await loadOrg(ctx.db, actor, orgId);
  documentsPolicy.list(actor, org);
  const document = await loadDocument(ctx.db, org.id, id);
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
    if (input.ownerUserId !== undefined) await checkOwner(trx, org, input.ownerUserId);
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
    const after = await presentOne(trx, updated);
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: input.archived === true && !document.archived_at ? 'document.archived' : 'document.updated',
      entityType: 'document',
      entityId: document.id,
      before: await presentOne(trx, document),
      after,
    });
    return after;
  });
}

/** Only a document that never had an approved version can be deleted; the rest are archived. */
export async function deleteDocument(ctx: RequestContext, actor: Actor, orgId: string, id: string) {
  const org = await loadOrg(ctx.db, actor, orgId);
  documentsPolicy.list(actor, org);
  const document = await loadDocument(ctx.db, org.id, id);
  documentsPolicy.write(actor, org);
  await ctx.db.transaction().execute(async (trx) => {
    if (await versionsRepo.hasApprovedVersion(trx, document.id)) throw conflict('document_has_history');
    const before = await presentOne(trx, document);
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
