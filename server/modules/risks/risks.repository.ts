import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import { keysetAfter } from '../../db/keyset.ts';
import type {
  RiskAcceptancesTable,
  RiskActionsTable,
  RiskScenariosTable,
  RiskStatus,
  RiskTreatment,
} from '../../db/schema.ts';
import { updateVersioned } from '../../db/versioned-update.ts';
import { danishContainsPattern, likeEscaped } from '../../platform/danish-text.ts';
import type { CursorValues } from '../../platform/pagination.ts';
import type { AcceptanceRow, ActionRow, RiskRow } from './risks.presenter.ts';

export const riskSortColumns = {
  score: 'r.score',
  inherentScore: 'r.inherent_score',
  title: 'r.title_key',
  reviewDate: 'r.review_date',
} as const;

export type RiskSort = keyof typeof riskSortColumns;

export type RiskListFilter = {
  orgIds: readonly string[];
  status?: RiskStatus[];
  ownerUserId?: string;
  assetId?: string;
  threatId?: string;
  treatment?: RiskTreatment[];
  scoreMin?: number;
  scoreMax?: number;
  /** Review date before this day (today) on an open or accepted risk. */
  reviewOverdueBefore?: string;
  q?: string;
  sort: RiskSort;
  direction: 'asc' | 'desc';
  cursor?: CursorValues;
  limit: number;
};

const activeStatuses: RiskStatus[] = ['open', 'accepted'];

/**
 * The risk list as one query: filters, keyset after the cursor, (sort column, id) order,
 * one row more than the page. Exported so the benchmark runs exactly this SQL on a bare route.
 */
export function riskListQuery(db: Db, filter: RiskListFilter) {
  const sortColumn = riskSortColumns[filter.sort];
  let query = db
    .selectFrom('risk_scenarios as r')
    .leftJoin('users as u', 'u.id', 'r.owner_user_id')
    .selectAll('r')
    .select('u.name as owner_name');
  query =
    filter.orgIds.length === 1
      ? query.where('r.org_id', '=', filter.orgIds[0] as string)
      : query.where('r.org_id', 'in', filter.orgIds.length ? [...filter.orgIds] : ['']);
  if (filter.status?.length === 1) query = query.where('r.status', '=', filter.status[0] as RiskStatus);
  else if (filter.status?.length) query = query.where('r.status', 'in', filter.status);
  if (filter.ownerUserId) query = query.where('r.owner_user_id', '=', filter.ownerUserId);
  if (filter.treatment?.length) query = query.where('r.treatment', 'in', filter.treatment);
  if (filter.scoreMin !== undefined) query = query.where('r.score', '>=', filter.scoreMin);
  if (filter.scoreMax !== undefined) query = query.where('r.score', '<=', filter.scoreMax);
  if (filter.reviewOverdueBefore) {
    query = query
      .where('r.review_date', '<', filter.reviewOverdueBefore)
      .where('r.status', 'in', activeStatuses);
  }
  if (filter.assetId) {
    const assetId = filter.assetId;
    query = query.where('r.id', 'in', (eb) =>
      eb.selectFrom('risk_assets').select('risk_id').where('asset_id', '=', assetId),
    );
  }
  if (filter.threatId) {
    const threatId = filter.threatId;
    query = query.where('r.id', 'in', (eb) =>
      eb.selectFrom('risk_threats').select('risk_id').where('threat_id', '=', threatId),
    );
  }
  if (filter.q) query = query.where(likeEscaped('r.title_key', danishContainsPattern(filter.q)));
  if (filter.cursor) query = query.where(keysetAfter(sortColumn, 'r.id', filter.direction, filter.cursor));
  return query
    .orderBy(sortColumn, filter.direction)
    .orderBy('r.id', filter.direction)
    .limit(filter.limit + 1);
}

export async function listRisks(db: Db, filter: RiskListFilter): Promise<RiskRow[]> {
  return riskListQuery(db, filter).execute();
}

function riskQuery(db: Db) {
  return db
    .selectFrom('risk_scenarios as r')
    .leftJoin('users as u', 'u.id', 'r.owner_user_id')
    .selectAll('r')
    .select('u.name as owner_name');
}

export async function findRisk(db: Db, orgId: string, id: string): Promise<RiskRow | undefined> {
  return riskQuery(db).where('r.org_id', '=', orgId).where('r.id', '=', id).executeTakeFirst();
}

export async function riskExists(db: Db, orgId: string, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('risk_scenarios')
    .select('id')
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Boolean(row);
}

/** Every risk of the organisation in the given statuses, highest score first. */
export async function risksOfOrg(db: Db, orgId: string, statuses?: RiskStatus[]): Promise<RiskRow[]> {
  let query = riskQuery(db).where('r.org_id', '=', orgId);
  if (statuses) query = query.where('r.status', 'in', statuses);
  return query.orderBy('r.score', 'desc').orderBy('r.title_key').orderBy('r.id').execute();
}

export async function insertRisk(db: Db, row: Insertable<RiskScenariosTable>): Promise<void> {
  await db.insertInto('risk_scenarios').values(row).execute();
}

export async function updateRisk(
  db: Db,
  id: string,
  version: number,
  changes: Omit<Updateable<RiskScenariosTable>, 'id' | 'org_id' | 'version'>,
): Promise<boolean> {
  return updateVersioned(db, 'risk_scenarios', id, version, changes);
}

export async function deleteRisk(db: Db, id: string): Promise<void> {
  await db.deleteFrom('risk_scenarios').where('id', '=', id).execute();
}

export async function threatIdsOf(db: Db, riskIds: readonly string[]) {
  if (!riskIds.length) return [];
  return db
    .selectFrom('risk_threats')
    .select(['risk_id', 'threat_id'])
    .where('risk_id', 'in', [...riskIds])
    .execute();
}

export async function setThreats(db: Db, orgId: string, riskId: string, threatIds: readonly string[]) {
  await db.deleteFrom('risk_threats').where('risk_id', '=', riskId).execute();
  if (!threatIds.length) return;
  await db
    .insertInto('risk_threats')
    .values(threatIds.map((threat_id) => ({ risk_id: riskId, org_id: orgId, threat_id })))
    .execute();
}

export async function assetsOf(db: Db, riskIds: readonly string[]) {
  if (!riskIds.length) return [];
  return db
    .selectFrom('risk_assets as ra')
    .innerJoin('assets as a', 'a.id', 'ra.asset_id')
    .select(['ra.risk_id', 'a.id', 'a.name', 'a.kind', 'a.criticality'])
    .where('ra.risk_id', 'in', [...riskIds])
    .orderBy('a.name_key')
    .execute();
}

export async function setAssets(db: Db, orgId: string, riskId: string, assetIds: readonly string[]) {
  await db.deleteFrom('risk_assets').where('risk_id', '=', riskId).execute();
  if (!assetIds.length) return;
  await db
    .insertInto('risk_assets')
    .values(assetIds.map((asset_id) => ({ risk_id: riskId, org_id: orgId, asset_id })))
    .execute();
}

// Acceptances

/** Every acceptance of the given risks, newest first. */
export async function acceptancesOf(db: Db, riskIds: readonly string[]): Promise<AcceptanceRow[]> {
  if (!riskIds.length) return [];
  return db
    .selectFrom('risk_acceptances')
    .selectAll()
    .where('risk_id', 'in', [...riskIds])
    .orderBy('accepted_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** The acceptance in force (not ended), if any; an expired one still counts until it is handled. */
export async function openAcceptanceOf(db: Db, riskId: string): Promise<AcceptanceRow | undefined> {
  return db
    .selectFrom('risk_acceptances')
    .selectAll()
    .where('risk_id', '=', riskId)
    .where('ended_at', 'is', null)
    .orderBy('accepted_at', 'desc')
    .executeTakeFirst();
}

export async function insertAcceptance(db: Db, row: Insertable<RiskAcceptancesTable>): Promise<void> {
  await db.insertInto('risk_acceptances').values(row).execute();
}

export async function endAcceptance(
  db: Db,
  id: string,
  end: Pick<RiskAcceptancesTable, 'ended_at' | 'ended_by' | 'end_reason' | 'end_note'>,
): Promise<void> {
  await db
    .updateTable('risk_acceptances')
    .set(end)
    .where('id', '=', id)
    .where('ended_at', 'is', null)
    .execute();
}

export type ExpiredAcceptance = AcceptanceRow & {
  risk_title: string;
  risk_owner: string | null;
  risk_status: RiskStatus;
};

/** Acceptances in force whose expiry date has passed and whose expiry has raised no task yet. */
export async function unhandledExpiredAcceptances(
  db: Db,
  today: string,
  orgIds?: readonly string[],
): Promise<ExpiredAcceptance[]> {
  let query = db
    .selectFrom('risk_acceptances as a')
    .innerJoin('risk_scenarios as r', 'r.id', 'a.risk_id')
    .selectAll('a')
    .select(['r.title as risk_title', 'r.owner_user_id as risk_owner', 'r.status as risk_status'])
    .where('a.ended_at', 'is', null)
    .where('a.expiry_task_at', 'is', null)
    .where('a.expires_on', '<', today);
  if (orgIds) query = query.where('a.org_id', 'in', orgIds.length ? [...orgIds] : ['']);
  return query.orderBy('a.expires_on').limit(1000).execute();
}

/** Claims the expiry of one acceptance; false when another request or job already did. */
export async function claimExpiry(db: Db, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('risk_acceptances')
    .set({ expiry_task_at: at })
    .where('id', '=', id)
    .where('expiry_task_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

// Treatment actions (owner, due date and status come from the task that carries each one)

function actionQuery(db: Db) {
  return db
    .selectFrom('risk_actions as ra')
    .leftJoin('tasks as t', 't.id', 'ra.task_id')
    .leftJoin('users as u', 'u.id', 't.assignee_user_id')
    .select([
      'ra.id',
      'ra.risk_id',
      'ra.title',
      'ra.description',
      'ra.task_id',
      'ra.version',
      'ra.created_at',
      'ra.updated_at',
      't.assignee_user_id',
      't.assignee_role',
      'u.name as assignee_name',
      't.due_date',
      't.status as task_status',
      't.source_key as task_source_key',
    ]);
}

export async function actionsOf(db: Db, riskIds: readonly string[]): Promise<ActionRow[]> {
  if (!riskIds.length) return [];
  return actionQuery(db)
    .where('ra.risk_id', 'in', [...riskIds])
    .orderBy('t.due_date')
    .orderBy('ra.id')
    .execute();
}

export async function findAction(db: Db, riskId: string, id: string): Promise<ActionRow | undefined> {
  return actionQuery(db).where('ra.risk_id', '=', riskId).where('ra.id', '=', id).executeTakeFirst();
}

export async function insertAction(db: Db, row: Insertable<RiskActionsTable>): Promise<void> {
  await db.insertInto('risk_actions').values(row).execute();
}

export async function updateAction(
  db: Db,
  id: string,
  version: number,
  changes: Omit<Updateable<RiskActionsTable>, 'id' | 'org_id' | 'risk_id' | 'version'>,
): Promise<boolean> {
  return updateVersioned(db, 'risk_actions', id, version, changes);
}

export async function setActionTask(db: Db, id: string, taskId: string): Promise<void> {
  await db.updateTable('risk_actions').set({ task_id: taskId }).where('id', '=', id).execute();
}

export async function deleteAction(db: Db, id: string): Promise<void> {
  await db.deleteFrom('risk_actions').where('id', '=', id).execute();
}

/** Generated tasks are found again by their source key (tasks module). */

/** Live risks past their review date with no review task for that date (imported or seeded ones). */
export async function risksMissingReviewTask(db: Db, today: string): Promise<RiskRow[]> {
  return riskQuery(db)
    .where('r.status', 'in', activeStatuses)
    .where('r.review_date', '<', today)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('tasks as t')
            .select('t.id')
            .where(
              sql.ref('t.source_key'),
              '=',
              sql<string>`'risk-review:' || ${eb.ref('r.id')} || ':' || ${eb.ref('r.review_date')}`,
            ),
        ),
      ),
    )
    .orderBy('r.review_date')
    .limit(1000)
    .execute();
}
