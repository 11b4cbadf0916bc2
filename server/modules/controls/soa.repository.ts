import type { Updateable } from 'kysely';
import { type FrameworkId, frameworkOf } from '../../catalog/controls/index.ts';
import type { Db } from '../../db/database.ts';
import type { ImplementationStatus, OrganisationRow, SoaEntriesTable } from '../../db/schema.ts';
import { updateVersioned } from '../../db/versioned-update.ts';
import { nowIso } from '../../platform/clock.ts';
import { newId } from '../../platform/ids.ts';

export type SoaEntryRow = {
  id: string;
  org_id: string;
  requirement_id: string;
  framework_id: FrameworkId;
  applicable: boolean | number | null;
  justification: string | null;
  status: ImplementationStatus;
  implementation: string | null;
  owner_user_id: string | null;
  owner_name: string | null;
  target_date: string | null;
  updated_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
};

function entries(db: Db) {
  return db
    .selectFrom('soa_entries as e')
    .leftJoin('users as u', 'u.id', 'e.owner_user_id')
    .select([
      'e.id',
      'e.org_id',
      'e.requirement_id',
      'e.framework_id',
      'e.applicable',
      'e.justification',
      'e.status',
      'e.implementation',
      'e.owner_user_id',
      'u.name as owner_name',
      'e.target_date',
      'e.updated_by',
      'e.version',
      'e.created_at',
      'e.updated_at',
    ]);
}

/**
 * Creates the missing SoA rows of every requirement of the given frameworks, so the statement
 * is complete whatever was in scope before. Idempotent and safe against a concurrent request
 * doing the same (the unique key decides, the loser's rows are skipped).
 */
export async function ensureEntries(
  db: Db,
  orgId: string,
  frameworks: readonly FrameworkId[],
): Promise<void> {
  if (frameworks.length === 0) return;
  const existing = await db
    .selectFrom('soa_entries')
    .select('requirement_id')
    .where('org_id', '=', orgId)
    .where('framework_id', 'in', frameworks)
    .execute();
  const have = new Set(existing.map((row) => row.requirement_id));
  const missing = frameworks
    .flatMap((id) => frameworkOf(id).requirements)
    .filter((requirement) => !have.has(requirement.id));
  if (missing.length === 0) return;
  const now = nowIso();
  await db
    .insertInto('soa_entries')
    .values(
      missing.map((requirement) => ({
        id: newId(),
        org_id: orgId,
        requirement_id: requirement.id,
        framework_id: requirement.frameworkId,
        applicable: null,
        justification: null,
        status: 'not_started' as const,
        implementation: null,
        owner_user_id: null,
        target_date: null,
        updated_by: null,
        version: 1,
        created_at: now,
        updated_at: now,
      })),
    )
    .onConflict((oc) => oc.columns(['org_id', 'requirement_id']).doNothing())
    .execute();
}

export async function listEntries(
  db: Db,
  orgId: string,
  frameworks: readonly FrameworkId[],
): Promise<SoaEntryRow[]> {
  if (frameworks.length === 0) return [];
  return (await entries(db)
    .where('e.org_id', '=', orgId)
    .where('e.framework_id', 'in', frameworks)
    .execute()) as SoaEntryRow[];
}

/** The SoA rows of every organisation below `path` (a group's members) for some requirements. */
export async function listMemberEntries(db: Db, groupPath: string, requirementIds: readonly string[]) {
  if (requirementIds.length === 0) return [];
  return (await entries(db)
    .innerJoin('organisations as o', 'o.id', 'e.org_id')
    .where('o.path', 'like', `${groupPath}%`)
    .where('o.path', '!=', groupPath)
    .where('e.requirement_id', 'in', requirementIds)
    .execute()) as SoaEntryRow[];
}

export async function findEntry(
  db: Db,
  orgId: string,
  requirementId: string,
): Promise<SoaEntryRow | undefined> {
  return (await entries(db)
    .where('e.org_id', '=', orgId)
    .where('e.requirement_id', '=', requirementId)
    .executeTakeFirst()) as SoaEntryRow | undefined;
}

export async function updateEntry(
  db: Db,
  id: string,
  version: number,
  changes: Omit<Updateable<SoaEntriesTable>, 'id' | 'org_id' | 'requirement_id' | 'framework_id' | 'version'>,
): Promise<boolean> {
  return updateVersioned(db, 'soa_entries', id, version, changes);
}

/** The nearest ancestor of kind `group` (region, ministry, MedCom): the source of a baseline. */
export async function groupAncestorOf(db: Db, org: OrganisationRow) {
  const ancestorIds = org.path.split('/').filter((id) => id && id !== org.id);
  if (ancestorIds.length === 0) return undefined;
  const groups = await db
    .selectFrom('organisations')
    .select(['id', 'name', 'path'])
    .where('id', 'in', ancestorIds)
    .where('kind', '=', 'group')
    .execute();
  return groups.sort((a, b) => b.path.length - a.path.length)[0];
}

// Risk links. The risk register (risk_scenarios) belongs to the risks module; it is read here
// only to check a link target and to name the risks a control treats.

export async function riskExists(db: Db, orgId: string, riskId: string): Promise<boolean> {
  const row = await db
    .selectFrom('risk_scenarios')
    .select('id')
    .where('org_id', '=', orgId)
    .where('id', '=', riskId)
    .executeTakeFirst();
  return Boolean(row);
}

export async function riskLinkExists(db: Db, orgId: string, requirementId: string, riskId: string) {
  const row = await db
    .selectFrom('soa_risk_links')
    .select('risk_id')
    .where('org_id', '=', orgId)
    .where('requirement_id', '=', requirementId)
    .where('risk_id', '=', riskId)
    .executeTakeFirst();
  return Boolean(row);
}

export async function insertRiskLink(
  db: Db,
  row: { org_id: string; requirement_id: string; risk_id: string; created_by: string | null },
) {
  await db
    .insertInto('soa_risk_links')
    .values({ ...row, created_at: nowIso() })
    .execute();
}

export async function deleteRiskLink(db: Db, orgId: string, requirementId: string, riskId: string) {
  const result = await db
    .deleteFrom('soa_risk_links')
    .where('org_id', '=', orgId)
    .where('requirement_id', '=', requirementId)
    .where('risk_id', '=', riskId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export type LinkedRisk = {
  requirement_id: string;
  risk_id: string;
  title: string;
  status: string;
  score: number;
  inherent_score: number;
  residual_score: number | null;
};

/** The risks linked to the organisation's controls (all, or one control's), risks that still exist. */
export async function linkedRisks(db: Db, orgId: string, requirementId?: string): Promise<LinkedRisk[]> {
  let query = db
    .selectFrom('soa_risk_links as l')
    .innerJoin('risk_scenarios as r', (join) =>
      join.onRef('r.id', '=', 'l.risk_id').onRef('r.org_id', '=', 'l.org_id'),
    )
    .select([
      'l.requirement_id',
      'l.risk_id',
      'r.title',
      'r.status',
      'r.score',
      'r.inherent_score',
      'r.residual_score',
    ])
    .where('l.org_id', '=', orgId);
  if (requirementId) query = query.where('l.requirement_id', '=', requirementId);
  return query.orderBy('r.title_key').orderBy('r.id').execute();
}

export async function riskCounts(db: Db, orgId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('soa_risk_links as l')
    .innerJoin('risk_scenarios as r', (join) =>
      join.onRef('r.id', '=', 'l.risk_id').onRef('r.org_id', '=', 'l.org_id'),
    )
    .select(['l.requirement_id'])
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('l.org_id', '=', orgId)
    .groupBy('l.requirement_id')
    .execute();
  return new Map(rows.map((row) => [row.requirement_id, Number(row.count)]));
}
