import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import { keysetAfter } from '../../db/keyset.ts';
import type { ControlEvidenceTable, EvidenceKind } from '../../db/schema.ts';
import { updateVersioned } from '../../db/versioned-update.ts';
import { danishContainsPattern, likeEscaped } from '../../platform/danish-text.ts';
import type { CursorValues } from '../../platform/pagination.ts';

/** Files are linked to evidence through the platform's file links under this entity type. */
export const EVIDENCE_ENTITY = 'control_evidence';

/** The source of the tasks raised for expiring evidence (tasks.source, and the source key's prefix). */
export const EXPIRY_SOURCE = 'controls.evidence_expiry';

/** The sort key of evidence that never expires. */
export const NO_EXPIRY = '9999-12-31';

export type EvidenceRow = ControlEvidenceTable & { owner_name: string | null };

function evidence(db: Db) {
  return db
    .selectFrom('control_evidence as v')
    .leftJoin('users as u', 'u.id', 'v.owner_user_id')
    .selectAll('v')
    .select('u.name as owner_name');
}

export type EvidenceFilter = {
  requirementId?: string;
  /** Valid until before this date (expired). */
  validBefore?: string;
  /** Valid on or after this date. */
  validFrom?: string;
  /** Valid until on or before this date. */
  validUntilAtMost?: string;
  q?: string;
  sort: 'title' | 'validUntil';
  direction: 'asc' | 'desc';
  cursor?: CursorValues;
  limit: number;
};

export async function listEvidence(db: Db, orgId: string, filter: EvidenceFilter): Promise<EvidenceRow[]> {
  const key = filter.sort === 'title' ? 'v.title_key' : 'v.valid_until_key';
  let query = evidence(db).where('v.org_id', '=', orgId);
  if (filter.requirementId) {
    query = query.where(
      'v.id',
      'in',
      db
        .selectFrom('control_evidence_requirements')
        .select('evidence_id')
        .where('org_id', '=', orgId)
        .where('requirement_id', '=', filter.requirementId),
    );
  }
  if (filter.validBefore) query = query.where('v.valid_until_key', '<', filter.validBefore);
  if (filter.validFrom) query = query.where('v.valid_until_key', '>=', filter.validFrom);
  if (filter.validUntilAtMost) query = query.where('v.valid_until_key', '<=', filter.validUntilAtMost);
  if (filter.q) query = query.where(likeEscaped('v.title_key', danishContainsPattern(filter.q)));
  if (filter.cursor) query = query.where(keysetAfter(key, 'v.id', filter.direction, filter.cursor));
  return query
    .orderBy(key, filter.direction)
    .orderBy('v.id', filter.direction)
    .limit(filter.limit + 1)
    .execute();
}

export async function findEvidence(db: Db, orgId: string, id: string): Promise<EvidenceRow | undefined> {
  return evidence(db).where('v.org_id', '=', orgId).where('v.id', '=', id).executeTakeFirst();
}

export async function evidenceExists(db: Db, orgId: string, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('control_evidence')
    .select('id')
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Boolean(row);
}

export async function insertEvidence(db: Db, row: Insertable<ControlEvidenceTable>): Promise<void> {
  await db.insertInto('control_evidence').values(row).execute();
}

export async function updateEvidence(
  db: Db,
  id: string,
  version: number,
  changes: Omit<Updateable<ControlEvidenceTable>, 'id' | 'org_id' | 'kind' | 'version'>,
): Promise<boolean> {
  return updateVersioned(db, 'control_evidence', id, version, changes);
}

export async function deleteEvidence(db: Db, id: string): Promise<void> {
  await db.deleteFrom('control_evidence_requirements').where('evidence_id', '=', id).execute();
  await db.deleteFrom('control_evidence').where('id', '=', id).execute();
}

export async function requirementsOf(db: Db, evidenceIds: readonly string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (evidenceIds.length === 0) return result;
  const rows = await db
    .selectFrom('control_evidence_requirements')
    .select(['evidence_id', 'requirement_id'])
    .where('evidence_id', 'in', evidenceIds)
    .execute();
  for (const row of rows)
    result.set(row.evidence_id, [...(result.get(row.evidence_id) ?? []), row.requirement_id]);
  return result;
}

export async function replaceRequirements(
  db: Db,
  orgId: string,
  evidenceId: string,
  requirementIds: readonly string[],
) {
  await db.deleteFrom('control_evidence_requirements').where('evidence_id', '=', evidenceId).execute();
  if (requirementIds.length === 0) return;
  await db
    .insertInto('control_evidence_requirements')
    .values(
      requirementIds.map((requirement_id) => ({ evidence_id: evidenceId, org_id: orgId, requirement_id })),
    )
    .execute();
}

export type EvidenceFile = {
  evidence_id: string;
  id: string;
  name: string;
  content_type: string;
  size: number;
  sha256: string;
  created_at: string;
};

/** The files linked to each evidence record through the platform's file links. */
export async function filesOf(
  db: Db,
  orgId: string,
  evidenceIds: readonly string[],
): Promise<Map<string, EvidenceFile[]>> {
  const result = new Map<string, EvidenceFile[]>();
  if (evidenceIds.length === 0) return result;
  const rows = await db
    .selectFrom('file_links as l')
    .innerJoin('files as f', 'f.id', 'l.file_id')
    .select([
      'l.entity_id as evidence_id',
      'f.id',
      'f.name',
      'f.content_type',
      'f.size',
      'f.sha256',
      'f.created_at',
    ])
    .where('l.org_id', '=', orgId)
    .where('l.entity_type', '=', EVIDENCE_ENTITY)
    .where('l.entity_id', 'in', evidenceIds)
    .orderBy('f.id')
    .execute();
  for (const row of rows) {
    result.set(row.evidence_id, [...(result.get(row.evidence_id) ?? []), { ...row, size: Number(row.size) }]);
  }
  return result;
}

export type EvidenceStatRow = {
  requirement_id: string;
  evidence_id: string;
  kind: EvidenceKind;
  valid_until: string | null;
  file_count: number;
};

/** Every evidence link of the organisation with what decides its validity, for SoA counts. */
export async function evidenceStats(db: Db, orgId: string): Promise<EvidenceStatRow[]> {
  const rows = await db
    .selectFrom('control_evidence_requirements as r')
    .innerJoin('control_evidence as v', 'v.id', 'r.evidence_id')
    .select(['r.requirement_id', 'r.evidence_id', 'v.kind', 'v.valid_until'])
    .select((eb) =>
      eb
        .selectFrom('file_links as l')
        .select(eb.fn.countAll<number>().as('n'))
        .where('l.org_id', '=', orgId)
        .where('l.entity_type', '=', EVIDENCE_ENTITY)
        .whereRef('l.entity_id', '=', 'v.id')
        .as('file_count'),
    )
    .where('r.org_id', '=', orgId)
    .execute();
  return rows.map((row) => ({ ...row, file_count: Number(row.file_count ?? 0) }));
}

/**
 * Evidence whose validity ends on or before `until` and that has no expiry task yet, across
 * organisations, for the daily job. The task's source key names evidence and date, so
 * moving the date earns a new task.
 */
export async function evidenceNeedingExpiryTask(db: Db, until: string, limit: number) {
  return db
    .selectFrom('control_evidence as v')
    .select(['v.id', 'v.org_id', 'v.title', 'v.valid_until', 'v.owner_user_id'])
    .where('v.valid_until_key', '<=', until)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('tasks as t')
            .select('t.id')
            .where(
              't.source_key',
              '=',
              sql<string>`${`${EXPIRY_SOURCE}:`} || v.id || ${':'} || v.valid_until`,
            ),
        ),
      ),
    )
    .orderBy('v.valid_until_key')
    .orderBy('v.id')
    .limit(limit)
    .execute();
}
