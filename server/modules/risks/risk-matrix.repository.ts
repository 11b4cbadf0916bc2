import type { Db } from '../../db/database.ts';
import type { RiskMatricesTable } from '../../db/schema.ts';

export async function findMatrix(db: Db, orgId: string): Promise<RiskMatricesTable | undefined> {
  return db.selectFrom('risk_matrices').selectAll().where('org_id', '=', orgId).executeTakeFirst();
}

export async function matricesOf(db: Db, orgIds: readonly string[]): Promise<RiskMatricesTable[]> {
  if (!orgIds.length) return [];
  return db
    .selectFrom('risk_matrices')
    .selectAll()
    .where('org_id', 'in', [...orgIds])
    .execute();
}

/** Writes the matrix when the stored version is `expected` (0: none stored yet); false on a race. */
export async function saveMatrix(db: Db, row: RiskMatricesTable, expected: number): Promise<boolean> {
  if (expected === 0) {
    const result = await db
      .insertInto('risk_matrices')
      .values(row)
      .onConflict((oc) => oc.column('org_id').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const { org_id, ...changes } = row;
  const result = await db
    .updateTable('risk_matrices')
    .set(changes)
    .where('org_id', '=', org_id)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
