import { requirementById } from '../../catalog/controls/index.ts';
import type { Db } from '../../db/database.ts';
import type { EvidenceKind, OrganisationRow } from '../../db/schema.ts';
import { assertMemberCanRead, requireOrg, requireReadable } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { addDaysToDate, nowIso, todayLocal } from '../../platform/clock.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { danishKey } from '../../platform/danish-text.ts';
import { type FieldError, invalid, notFound, versionConflict } from '../../platform/errors.ts';
import * as files from '../../platform/files/files.repository.ts';
import { newId } from '../../platform/ids.ts';
import { decodeCursor, pageOf } from '../../platform/pagination.ts';
import { controlsPolicy } from './controls.policy.ts';
import {
  type ControlsViewer,
  type Evidence,
  type EvidenceRecord,
  EXPIRY_WARNING_DAYS,
  presentEvidence,
  withEvidenceCan,
} from './evidence.presenter.ts';
import * as repo from './evidence.repository.ts';
import type { EvidenceCreate, EvidenceListQuery, EvidenceUpdate } from './evidence.schemas.ts';
import { effectiveScope } from './scope.service.ts';

async function presentRows(db: Db, orgId: string, rows: repo.EvidenceRow[]): Promise<EvidenceRecord[]> {
  const ids = rows.map((row) => row.id);
  const [requirements, linked] = await Promise.all([
    repo.requirementsOf(db, ids),
    repo.filesOf(db, orgId, ids),
  ]);
  const today = todayLocal();
  return rows.map((row) =>
    presentEvidence(row, requirements.get(row.id) ?? [], linked.get(row.id) ?? [], today),
  );
}

async function loadEvidence(db: Db, orgId: string, id: string) {
  const row = await repo.findEvidence(db, orgId, id);
  if (!row) throw notFound();
  return row;
}

/** The one record as presented to `viewer`. */
async function presentOne(db: Db, viewer: ControlsViewer, row: repo.EvidenceRow): Promise<Evidence> {
  const [evidence] = await presentRows(db, viewer.org.id, [row]);
  return withEvidenceCan(evidence as EvidenceRecord, viewer);
}

/** Evidence by id: 404 alike for a missing record and for an actor who may not read the SoA. */
async function readableEvidence(ctx: RequestContext, actor: Actor, orgId: string, id: string) {
  const org = await requireReadable(ctx, actor, orgId, 'controls.read');
  return { org, row: await loadEvidence(ctx.db, org.id, id) };
}

/** Every evidence record behind one requirement, for the SoA entry's detail (no paging: a handful). */
export async function listEvidenceOfRequirement(
  db: Db,
  viewer: ControlsViewer,
  requirementId: string,
): Promise<Evidence[]> {
  const orgId = viewer.org.id;
  const rows = await repo.listEvidence(db, orgId, {
    requirementId,
    sort: 'validUntil',
    direction: 'asc',
    limit: 1000,
  });
  return (await presentRows(db, orgId, rows.slice(0, 1000))).map((e) => withEvidenceCan(e, viewer));
}

export async function listEvidence(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  query: EvidenceListQuery,
) {
  const org = await requireOrg(ctx, actor, orgId);
  controlsPolicy.read(actor, org);
  const today = todayLocal();
  const soon = addDaysToDate(today, EXPIRY_WARNING_DAYS);
  const rows = await repo.listEvidence(ctx.db, org.id, {
    requirementId: query.requirementId,
    ...(query.validity === 'expired' ? { validBefore: today } : {}),
    ...(query.validity === 'expiring' ? { validFrom: today, validUntilAtMost: soon } : {}),
    ...(query.validity === 'valid' ? { validFrom: today } : {}),
    q: query.q,
    sort: query.sort,
    direction: query.direction,
    cursor: query.cursor ? decodeCursor(query.cursor, 2) : undefined,
    limit: query.limit,
  });
  const page = pageOf(rows, query.limit, (row) => [
    query.sort === 'title' ? row.title_key : row.valid_until_key,
    row.id,
  ]);
  const items = (await presentRows(ctx.db, org.id, page.items)).map((e) =>
    withEvidenceCan(e, { actor, org }),
  );
  return { items, nextCursor: page.nextCursor };
}

export async function getEvidence(ctx: RequestContext, actor: Actor, orgId: string, id: string) {
  const { org, row } = await readableEvidence(ctx, actor, orgId, id);
  return presentOne(ctx.db, { actor, org }, row);
}

/** Requirements evidence may back: known to the catalogue and in the organisation's scope. */
async function assertRequirements(db: Db, org: OrganisationRow, requirementIds: readonly string[]) {
  const scope = await effectiveScope(db, org);
  const errors: FieldError[] = requirementIds.flatMap((id, index) => {
    const requirement = requirementById(id);
    return requirement && scope.frameworks.includes(requirement.frameworkId)
      ? []
      : [{ path: `requirementIds.${index}`, code: 'evidence_requirement_invalid' }];
  });
  if (errors.length) throw invalid('evidence_requirement_invalid', errors);
}

const blankToNull = (text: string | null | undefined) => (text?.trim() ? text.trim() : null);

/** What each kind of evidence must carry: a link its URL, a note its text. */
function assertKindFields(kind: EvidenceKind, fields: { url: string | null; description: string | null }) {
  if (kind === 'link' && !fields.url)
    throw invalid('evidence_url_required', [{ path: 'url', code: 'evidence_url_required' }]);
  if (kind === 'note' && !fields.description) {
    throw invalid('evidence_note_required', [{ path: 'description', code: 'evidence_note_required' }]);
  }
}

/**
 * Records evidence for one or more requirements. A file is uploaded through the files API
 * first (type checked, sha256 stored, never executed) and linked here by its id, with the
 * file link and its audit event written in the same transaction.
 */
export async function createEvidence(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  input: EvidenceCreate,
) {
  const org = await requireOrg(ctx, actor, orgId);
  controlsPolicy.addEvidence(actor, org);
  const description = blankToNull(input.description);
  const url = input.kind === 'link' ? blankToNull(input.url) : null;
  assertKindFields(input.kind, { url, description });
  if (input.kind === 'file' && !input.fileId) {
    throw invalid('evidence_file_required', [{ path: 'fileId', code: 'evidence_file_required' }]);
  }
  await assertRequirements(ctx.db, org, input.requirementIds);
  await assertMemberCanRead(ctx, input.ownerUserId, org, 'controls.read');
  return ctx.db.transaction().execute(async (trx) => {
    const id = newId();
    const now = nowIso();
    await repo.insertEvidence(trx, {
      id,
      org_id: org.id,
      kind: input.kind,
      title: input.title,
      title_key: danishKey(input.title),
      description,
      url,
      valid_until: input.validUntil ?? null,
      valid_until_key: input.validUntil ?? repo.NO_EXPIRY,
      owner_user_id: input.ownerUserId ?? null,
      created_by: actor.id,
      version: 1,
      created_at: now,
      updated_at: now,
    });
    await repo.replaceRequirements(trx, org.id, id, [...new Set(input.requirementIds)]);
    if (input.kind === 'file' && input.fileId) {
      if (!(await files.findFile(trx, org.id, input.fileId))) {
        throw invalid('evidence_file_not_found', [{ path: 'fileId', code: 'evidence_file_not_found' }]);
      }
      await files.insertLink(trx, {
        file_id: input.fileId,
        org_id: org.id,
        entity_type: repo.EVIDENCE_ENTITY,
        entity_id: id,
        created_at: now,
      });
      await writeAudit(trx, ctx, {
        orgId: org.id,
        action: 'file.linked',
        entityType: 'file',
        entityId: input.fileId,
        after: { entityType: repo.EVIDENCE_ENTITY, entityId: id },
      });
    }
    const row = await loadEvidence(trx, org.id, id);
    const [evidence] = await presentRows(trx, org.id, [row]);
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'evidence.created',
      entityType: 'control_evidence',
      entityId: id,
      after: evidence,
    });
    return withEvidenceCan(evidence as EvidenceRecord, { actor, org });
  });
}

export async function updateEvidence(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  id: string,
  input: EvidenceUpdate,
) {
  const { org, row } = await readableEvidence(ctx, actor, orgId, id);
  controlsPolicy.changeEvidence(actor, org, row);
  const description = input.description !== undefined ? blankToNull(input.description) : row.description;
  const url = row.kind === 'link' ? (input.url !== undefined ? blankToNull(input.url) : row.url) : null;
  assertKindFields(row.kind, { url, description });
  if (input.requirementIds) await assertRequirements(ctx.db, org, input.requirementIds);
  await assertMemberCanRead(ctx, input.ownerUserId, org, 'controls.read');
  return ctx.db.transaction().execute(async (trx) => {
    const [before] = await presentRows(trx, org.id, [row]);
    const changed = await repo.updateEvidence(trx, row.id, input.version, {
      ...(input.title !== undefined ? { title: input.title, title_key: danishKey(input.title) } : {}),
      description,
      url,
      ...(input.validUntil !== undefined
        ? { valid_until: input.validUntil, valid_until_key: input.validUntil ?? repo.NO_EXPIRY }
        : {}),
      ...(input.ownerUserId !== undefined ? { owner_user_id: input.ownerUserId } : {}),
      updated_at: nowIso(),
    });
    if (!changed) throw versionConflict();
    if (input.requirementIds)
      await repo.replaceRequirements(trx, org.id, row.id, [...new Set(input.requirementIds)]);
    const [after] = await presentRows(trx, org.id, [await loadEvidence(trx, org.id, row.id)]);
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'evidence.updated',
      entityType: 'control_evidence',
      entityId: row.id,
      before,
      after,
    });
    return withEvidenceCan(after as EvidenceRecord, { actor, org });
  });
}

/** Removes the evidence and its file links; the files themselves stay in the organisation's files. */
export async function deleteEvidence(ctx: RequestContext, actor: Actor, orgId: string, id: string) {
  const { org, row } = await readableEvidence(ctx, actor, orgId, id);
  controlsPolicy.changeEvidence(actor, org, row);
  await ctx.db.transaction().execute(async (trx) => {
    const [before] = await presentRows(trx, org.id, [row]);
    for (const file of before?.files ?? []) {
      await files.deleteLink(trx, file.id, repo.EVIDENCE_ENTITY, row.id);
      await writeAudit(trx, ctx, {
        orgId: org.id,
        action: 'file.unlinked',
        entityType: 'file',
        entityId: file.id,
        before: { entityType: repo.EVIDENCE_ENTITY, entityId: row.id },
      });
    }
    await repo.deleteEvidence(trx, row.id);
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'evidence.deleted',
      entityType: 'control_evidence',
      entityId: row.id,
      before,
    });
  });
}
