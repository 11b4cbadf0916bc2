import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { ThreatsTable } from '../../db/schema.ts';
import { updateVersioned } from '../../db/versioned-update.ts';

export type ThreatRow = Selectable<ThreatsTable>;

/** The organisations' own threats that apply at an organisation: its own and its ancestors'. */
export async function ownThreatsOf(db: Db, orgIds: readonly string[]): Promise<ThreatRow[]> {
  if (!orgIds.length) return [];
  return db
    .selectFrom('threats')
    .selectAll()
    .where('org_id', 'in', [...orgIds])
    .orderBy('title_key')
    .orderBy('id')
    .execute();
}

export async function threatsByIds(db: Db, ids: readonly string[]): Promise<ThreatRow[]> {
  if (!ids.length) return [];
  return db
    .selectFrom('threats')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();
}

export async function findThreat(db: Db, orgId: string, id: string): Promise<ThreatRow | undefined> {
  return db
    .selectFrom('threats')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertThreat(db: Db, row: Insertable<ThreatsTable>): Promise<void> {
  await db.insertInto('threats').values(row).execute();
}

export async function updateThreat(
  db: Db,
  id: string,
  version: number,
  changes: Omit<Updateable<ThreatsTable>, 'id' | 'org_id' | 'version'>,
): Promise<boolean> {
  return updateVersioned(db, 'threats', id, version, changes);
}

export async function deleteThreat(db: Db, id: string): Promise<void> {
  await db.deleteFrom('threats').where('id', '=', id).execute();
}

/** How many risk scenarios of the organisation name each threat. */
export async function riskCountsByThreat(db: Db, orgId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('risk_threats')
    .select(['threat_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('org_id', '=', orgId)
    .groupBy('threat_id')
    .execute();
  return new Map(rows.map((r) => [r.threat_id, Number(r.n)]));
}

/** Risk scenarios anywhere that name the threat (an ancestor's threat is used below it). */
export async function threatUseCount(db: Db, threatId: string): Promise<number> {
  const row = await db
    .selectFrom('risk_threats')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('threat_id', '=', threatId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
