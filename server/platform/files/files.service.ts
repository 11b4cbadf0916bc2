import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import type { Db } from '../../db/database.ts';
import { requireOrg } from '../access.ts';
import { writeAudit } from '../audit.ts';
import { nowIso } from '../clock.ts';
import type { Actor, RequestContext } from '../context.ts';
import { conflict, type FieldError, invalid, notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import { decodeCursor, pageOf } from '../pagination.ts';
import { detectContentType, sanitizeFileName } from './file-types.ts';
import { filesPolicy } from './files.policy.ts';
import { presentFile, type StoredFile } from './files.presenter.ts';
import * as repo from './files.repository.ts';
import { entityIdPattern, entityTypePattern, linkTarget } from './link-targets.ts';
import { fileStorage, storageKeyFor } from './storage.ts';
import type { StagedUpload } from './upload.ts';

export type LinkInput = { entityType: string; entityId: string };

async function present(db: Db, row: repo.FileWithUploader): Promise<StoredFile> {
  return presentFile(row, await repo.linksOf(db, [row.id]));
}

async function loadFile(db: Db, orgId: string, fileId: string): Promise<repo.FileWithUploader> {
  const file = await repo.findFile(db, orgId, fileId);
  if (!file) throw notFound();
  return file;
}

/** The record must be of a registered kind and exist in the file's organisation. */
async function assertLinkTarget(db: Db, orgId: string, link: LinkInput): Promise<void> {
  const exists = linkTarget(link.entityType);
  if (!exists) {
    throw invalid('file_link_target_unknown', [{ path: 'entityType', code: 'file_link_target_unknown' }]);
  }
  if (!(await exists(db, orgId, link.entityId))) {
    throw invalid('file_link_target_not_found', [{ path: 'entityId', code: 'file_link_target_not_found' }]);
  }
}

/** The optional `entityType` + `entityId` form fields of an upload: both or neither. */
function linkFromFields(fields: Record<string, string>): LinkInput | undefined {
  const entityType = fields.entityType?.trim() || undefined;
  const entityId = fields.entityId?.trim() || undefined;
  if (!entityType && !entityId) return undefined;
  const errors: FieldError[] = [];
  if (!entityType) errors.push({ path: 'entityType', code: 'required' });
  else if (!entityTypePattern.test(entityType)) errors.push({ path: 'entityType', code: 'invalid_format' });
  if (!entityId) errors.push({ path: 'entityId', code: 'required' });
  else if (!entityIdPattern.test(entityId)) errors.push({ path: 'entityId', code: 'invalid_format' });
  if (errors.length || !entityType || !entityId) throw invalid('invalid_request', errors);
  return { entityType, entityId };
}

/**
 * Receives an upload (after the policy check, so a refused user's bytes are never stored),
 * detects its type, stores the bytes, then records the file, its link and the audit event in
 * one transaction. Bytes stored for a transaction that rolls back are removed again.
 */
export async function uploadFile(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  receive: () => Promise<StagedUpload>,
): Promise<StoredFile> {
  const org = await requireOrg(ctx, actor, orgId);
  filesPolicy.write(actor, org);
  const staged = await receive();
  try {
    const link = linkFromFields(staged.fields);
    const name = sanitizeFileName(staged.fileName);
    const contentType = await detectContentType(staged, name);
    if (link) await assertLinkTarget(ctx.db, org.id, link);
    const id = newId();
    const storageKey = storageKeyFor(staged.sha256, id);
    const storage = fileStorage(ctx.config);
    await storage.put(storageKey, createReadStream(staged.path));
    try {
      return await ctx.db.transaction().execute(async (trx) => {
        const now = nowIso();
        await repo.insertFile(trx, {
          id,
          org_id: org.id,
          name,
          content_type: contentType,
          size: staged.size,
          sha256: staged.sha256,
          storage_key: storageKey,
          uploaded_by: actor.id,
          created_at: now,
        });
        if (link) {
          await repo.insertLink(trx, {
            file_id: id,
            org_id: org.id,
            entity_type: link.entityType,
            entity_id: link.entityId,
            created_at: now,
          });
        }
        const file = await present(trx, await loadFile(trx, org.id, id));
        await writeAudit(trx, ctx, {
          orgId: org.id,
          action: 'file.uploaded',
          entityType: 'file',
          entityId: id,
          after: file,
        });
        return file;
      });
    } catch (error) {
      await storage.delete(storageKey);
      throw error;
    }
  } finally {
    await staged.discard();
  }
}

export type FileListQuery = { limit: number; cursor?: string; entityType?: string; entityId?: string };

export async function listFiles(ctx: RequestContext, actor: Actor, orgId: string, query: FileListQuery) {
  const org = await requireOrg(ctx, actor, orgId);
  filesPolicy.read(actor, org);
  if (Boolean(query.entityType) !== Boolean(query.entityId)) {
    throw invalid('invalid_request', [
      { path: query.entityType ? 'entityId' : 'entityType', code: 'required' },
    ]);
  }
  const [afterId] = query.cursor ? decodeCursor(query.cursor, 1) : [];
  const rows = await repo.listFiles(ctx.db, org.id, {
    entity: query.entityType && query.entityId ? { type: query.entityType, id: query.entityId } : undefined,
    afterId: afterId === undefined ? undefined : String(afterId),
    limit: query.limit,
  });
  const page = pageOf(rows, query.limit, (row) => [row.id]);
  const links = await repo.linksOf(
    ctx.db,
    page.items.map((row) => row.id),
  );
  return { items: page.items.map((row) => presentFile(row, links)), nextCursor: page.nextCursor };
}

export async function getFile(ctx: RequestContext, actor: Actor, orgId: string, fileId: string) {
  const org = await requireOrg(ctx, actor, orgId);
  filesPolicy.read(actor, org);
  return present(ctx.db, await loadFile(ctx.db, org.id, fileId));
}

/** The file's metadata and a stream of its bytes, for the download route. */
export async function openFile(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  fileId: string,
): Promise<{ file: StoredFile; content: Readable }> {
  const org = await requireOrg(ctx, actor, orgId);
  filesPolicy.read(actor, org);
  const row = await loadFile(ctx.db, org.id, fileId);
  const content = await fileStorage(ctx.config).get(row.storage_key);
  return { file: presentFile(row, []), content };
}

/**
 * Deletes the record and its links with an audit event that keeps name, size and sha256;
 * the bytes go once the transaction has committed (a failure there leaves an orphan blob,
 * never a record without bytes).
 */
export async function deleteFile(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  fileId: string,
): Promise<void> {
  const { org, row } = await writableFile(ctx, actor, orgId, fileId);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await present(trx, row);
    await repo.deleteFile(trx, row.id);
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'file.deleted',
      entityType: 'file',
      entityId: row.id,
      before,
    });
  });
  try {
    await fileStorage(ctx.config).delete(row.storage_key);
  } catch (error) {
    ctx.logger.warn({ err: error, fileId: row.id }, 'stored bytes of a deleted file could not be removed');
  }
}

/** The access check of every change to one file: write access at the organisation, then the file. */
async function writableFile(ctx: RequestContext, actor: Actor, orgId: string, fileId: string) {
  const org = await requireOrg(ctx, actor, orgId);
  filesPolicy.write(actor, org);
  return { org, row: await loadFile(ctx.db, org.id, fileId) };
}

export async function linkFile(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  fileId: string,
  link: LinkInput,
) {
  const { org, row } = await writableFile(ctx, actor, orgId, fileId);
  await assertLinkTarget(ctx.db, org.id, link);
  return ctx.db.transaction().execute(async (trx) => {
    if (await repo.linkExists(trx, row.id, link.entityType, link.entityId))
      throw conflict('file_link_exists');
    await repo.insertLink(trx, {
      file_id: row.id,
      org_id: org.id,
      entity_type: link.entityType,
      entity_id: link.entityId,
      created_at: nowIso(),
    });
    const file = await present(trx, row);
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'file.linked',
      entityType: 'file',
      entityId: row.id,
      after: { entityType: link.entityType, entityId: link.entityId },
    });
    return file;
  });
}

export async function unlinkFile(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  fileId: string,
  link: LinkInput,
) {
  const { org, row } = await writableFile(ctx, actor, orgId, fileId);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.deleteLink(trx, row.id, link.entityType, link.entityId))) throw notFound();
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'file.unlinked',
      entityType: 'file',
      entityId: row.id,
      before: { entityType: link.entityType, entityId: link.entityId },
    });
  });
}
