import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { ImplementationStatus, SoaBaselinesTable } from '../../db/schema.ts';
import { updateVersioned } from '../../db/versioned-update.ts';

export type BaselineRow = {
  id: string;
  org_id: string;
  requirement_id: string;
  framework_id: SoaBaselinesTable['framework_id'];
  applicable: boolean | number;
  expected_status: ImplementationStatus | null;
  justification: string | null;
  updated_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
};

export async function baselineOf(db: Db, groupId: string): Promise<BaselineRow[]> {
  return db.selectFrom('soa_baselines').selectAll().where('org_id', '=', groupId).execute();
}

export async function findBaseline(
  db: Db,
  groupId: string,
  requirementId: string,
): Promise<BaselineRow | undefined> {
  return db
    .selectFrom('soa_baselines')
    .selectAll()
    .where('org_id', '=', groupId)
    .where('requirement_id', '=', requirementId)
    .executeTakeFirst();
}

export async function insertBaseline(db: Db, row: Insertable<SoaBaselinesTable>): Promise<boolean> {
  const result = await db
    .insertInto('soa_baselines')
    .values(row)
    .onConflict((oc) => oc.columns(['org_id', 'requirement_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function updateBaseline(
  db: Db,
  id: string,
  version: number,
  changes: Pick<SoaBaselinesTable, 'expected_status' | 'justification' | 'updated_by' | 'updated_at'> & {
    applicable: boolean;
  },
): Promise<boolean> {
  return updateVersioned(db, 'soa_baselines', id, version, changes);
}

export async function deleteBaseline(db: Db, id: string): Promise<void> {
  await db.deleteFrom('soa_baselines').where('id', '=', id).execute();
}

/** The organisations below a group, for the deviation view. */
export async function membersOf(db: Db, groupPath: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'name_key', 'kind', 'path', 'parent_id'])
    .where('path', 'like', `${groupPath}%`)
    .where('path', '!=', groupPath)
    .where('kind', 'in', ['organisation', 'unit'])
    .orderBy('name_key')
    .orderBy('id')
    .execute();
}
