import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.ts';
import { keysetAfter } from '../../db/keyset.ts';
import type { RiskAssessmentItemsTable, RiskAssessmentsTable } from '../../db/schema.ts';
import type { CursorValues } from '../../platform/pagination.ts';

export async function listAssessments(
  db: Db,
  orgId: string,
  page: { cursor?: CursorValues; limit: number },
): Promise<RiskAssessmentsTable[]> {
  let query = db.selectFrom('risk_assessments as a').selectAll('a').where('a.org_id', '=', orgId);
  if (page.cursor) query = query.where(keysetAfter('a.assessment_date', 'a.id', 'desc', page.cursor));
  return query
    .orderBy('a.assessment_date', 'desc')
    .orderBy('a.id', 'desc')
    .limit(page.limit + 1)
    .execute();
}

export async function findAssessment(
  db: Db,
  orgId: string,
  id: string,
): Promise<RiskAssessmentsTable | undefined> {
  return db
    .selectFrom('risk_assessments')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function assessmentExists(db: Db, orgId: string, id: string): Promise<boolean> {
  return Boolean(await findAssessment(db, orgId, id));
}

export async function insertAssessment(db: Db, row: Insertable<RiskAssessmentsTable>): Promise<void> {
  await db.insertInto('risk_assessments').values(row).execute();
}

export async function insertItems(db: Db, rows: Insertable<RiskAssessmentItemsTable>[]): Promise<void> {
  // Batches keep each statement under the databases' parameter limits.
  for (let i = 0; i < rows.length; i += 200) {
    await db
      .insertInto('risk_assessment_items')
      .values(rows.slice(i, i + 200))
      .execute();
  }
}

export async function itemsOf(db: Db, assessmentId: string): Promise<RiskAssessmentItemsTable[]> {
  return db
    .selectFrom('risk_assessment_items')
    .selectAll()
    .where('assessment_id', '=', assessmentId)
    .orderBy('score', 'desc')
    .orderBy('title_key')
    .orderBy('risk_id')
    .execute();
}

/** The one change a frozen assessment allows: management's decision, once. */
export async function decide(
  db: Db,
  id: string,
  version: number,
  decision: Pick<
    RiskAssessmentsTable,
    'status' | 'decided_by' | 'decided_by_name' | 'decided_at' | 'decision_note'
  >,
): Promise<boolean> {
  const result = await db
    .updateTable('risk_assessments')
    .set({ ...decision, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'awaiting_approval')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
