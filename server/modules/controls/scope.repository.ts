import type { Db } from '../../db/database.ts';
import type { ControlFrameworkId, OrganisationRow } from '../../db/schema.ts';

export type ScopeRow = {
  org_id: string;
  profile: 'standard' | 'clinic';
  version: number;
  updated_at: string;
  frameworks: ControlFrameworkId[];
};

/** The stored scope of each organisation that changed its default. */
export async function findScopes(db: Db, orgIds: readonly string[]): Promise<Map<string, ScopeRow>> {
  const result = new Map<string, ScopeRow>();
  if (orgIds.length === 0) return result;
  const rows = await db
    .selectFrom('control_scopes')
    .select(['org_id', 'profile', 'version', 'updated_at'])
    .where('org_id', 'in', orgIds)
    .execute();
  const chosen = await db
    .selectFrom('control_scope_frameworks')
    .select(['org_id', 'framework_id'])
    .where('org_id', 'in', orgIds)
    .execute();
  for (const row of rows) result.set(row.org_id, { ...row, frameworks: [] });
  for (const row of chosen) result.get(row.org_id)?.frameworks.push(row.framework_id);
  return result;
}

export async function findScope(db: Db, orgId: string): Promise<ScopeRow | undefined> {
  return (await findScopes(db, [orgId])).get(orgId);
}

export async function parentKindOf(db: Db, org: OrganisationRow) {
  if (!org.parent_id) return null;
  const parent = await db
    .selectFrom('organisations')
    .select('kind')
    .where('id', '=', org.parent_id)
    .executeTakeFirst();
  return parent?.kind ?? null;
}

/** Inserts the organisation's first own scope; false when another request got there first. */
export async function insertScope(
  db: Db,
  row: { org_id: string; profile: 'standard' | 'clinic'; updated_by: string | null; now: string },
): Promise<boolean> {
  const result = await db
    .insertInto('control_scopes')
    .values({
      org_id: row.org_id,
      profile: row.profile,
      updated_by: row.updated_by,
      version: 1,
      created_at: row.now,
      updated_at: row.now,
    })
    .onConflict((oc) => oc.column('org_id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function updateScope(
  db: Db,
  orgId: string,
  version: number,
  changes: { profile: 'standard' | 'clinic'; updated_by: string | null; updated_at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('control_scopes')
    .set({ ...changes, version: version + 1 })
    .where('org_id', '=', orgId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function replaceFrameworks(db: Db, orgId: string, frameworks: readonly ControlFrameworkId[]) {
  await db.deleteFrom('control_scope_frameworks').where('org_id', '=', orgId).execute();
  if (frameworks.length === 0) return;
  await db
    .insertInto('control_scope_frameworks')
    .values(frameworks.map((framework_id) => ({ org_id: orgId, framework_id })))
    .execute();
}
