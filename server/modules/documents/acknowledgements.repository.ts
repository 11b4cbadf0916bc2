import { type Expression, type ExpressionBuilder, type Insertable, type SqlBool, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { keysetAfter } from '../../db/keyset.ts';
import type { Database, DocumentAcknowledgementsTable } from '../../db/schema.ts';
import type { CursorValues } from '../../platform/pagination.ts';

/**
 * The audience of one document in SQL terms (see audience.ts for the rule), resolved to
 * organisation ids first so the queries walk memberships_org_idx instead of every membership.
 */
export type AudienceScope = {
  documentId: string;
  /** The organisation and, when it has units, every unit below it: where its staff hold roles. */
  staffOrgIds: string[];
  wholeOrganisation: boolean;
  /** The audience's units and the units below them. */
  unitOrgIds: string[];
  roles: string[];
  /** Acknowledgements of this version number or later count. */
  baselineNumber: number;
};

type Eb = ExpressionBuilder<Database & { m: Database['memberships'] }, 'm'>;

function audienceCondition(eb: Eb, scope: AudienceScope): Expression<SqlBool> {
  const staff = eb('m.org_id', 'in', scope.staffOrgIds);
  if (scope.wholeOrganisation) return staff;
  const parts: Expression<SqlBool>[] = [
    ...(scope.unitOrgIds.length ? [eb('m.org_id', 'in', scope.unitOrgIds)] : []),
    ...(scope.roles.length ? [eb('m.role', 'in', scope.roles)] : []),
  ];
  return eb.and([staff, parts.length ? eb.or(parts) : sql<SqlBool>`1 = 0`]);
}

/**
 * Audience memberships of enabled users, each with the acknowledgement that counts, if any.
 * Disabled users are left out through a small uncorrelated subquery rather than a join to
 * users: looking up every member's user row costs more than the rest of the query.
 */
function audienceWithAcknowledgements(db: Db, scope: AudienceScope) {
  return db
    .selectFrom('memberships as m')
    .leftJoin('document_acknowledgements as a', (join) =>
      join
        .onRef('a.user_id', '=', 'm.user_id')
        .on('a.document_id', '=', scope.documentId)
        .on('a.version_number', '>=', scope.baselineNumber),
    )
    .where('m.user_id', 'not in', (eb) =>
      eb.selectFrom('users').select('users.id').where('users.disabled_at', 'is not', null),
    )
    .where((eb) => audienceCondition(eb as unknown as Eb, scope));
}

export type CoverageCounts = { inAudience: number; acknowledged: number };

/** The query behind coverageTotal, also for the benchmark's query plan. */
export const coverageTotalQuery = (db: Db, scope: AudienceScope) =>
  audienceWithAcknowledgements(db, scope).select((eb) => [
    eb.fn.count<number>('m.user_id').distinct().as('in_audience'),
    eb.fn.count<number>('a.user_id').distinct().as('acknowledged'),
  ]);

export async function coverageTotal(db: Db, scope: AudienceScope): Promise<CoverageCounts> {
  const row = await coverageTotalQuery(db, scope).executeTakeFirst();
  return { inAudience: Number(row?.in_audience ?? 0), acknowledged: Number(row?.acknowledged ?? 0) };
}

/** Counts per organisation or unit where the audience's memberships sit. */
export async function coverageByUnit(db: Db, scope: AudienceScope) {
  const rows = await audienceWithAcknowledgements(db, scope)
    .select((eb) => [
      'm.org_id',
      eb.fn.count<number>('m.user_id').distinct().as('in_audience'),
      eb.fn.count<number>('a.user_id').distinct().as('acknowledged'),
    ])
    .groupBy('m.org_id')
    .execute();
  return rows.map((row) => ({
    orgId: row.org_id,
    inAudience: Number(row.in_audience),
    acknowledged: Number(row.acknowledged),
  }));
}

export type PeopleFilter = {
  status: 'pending' | 'acknowledged';
  /** Only people holding their role in these organisations (a unit and the units below it). */
  orgIds?: string[];
  direction: 'asc' | 'desc';
  cursor?: CursorValues;
  limit: number;
};

/**
 * The people of the audience who have (not) acknowledged, by name: the audience is grouped by
 * person first, and only that result is joined to users for names and order.
 */
export async function audiencePeople(db: Db, scope: AudienceScope, filter: PeopleFilter) {
  let people = audienceWithAcknowledgements(db, scope)
    .select((eb) => [
      'm.user_id',
      eb.fn.max('a.acknowledged_at').as('acknowledged_at'),
      eb.fn.max('a.version_number').as('acknowledged_version'),
    ])
    .groupBy('m.user_id');
  if (filter.orgIds) people = people.where('m.org_id', 'in', filter.orgIds);
  people =
    filter.status === 'pending'
      ? people.having((eb) => eb.fn.count('a.user_id'), '=', 0)
      : people.having((eb) => eb.fn.count('a.user_id'), '>', 0);
  let query = db
    .selectFrom(people.as('p'))
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select(['u.id', 'u.name', 'u.name_key', 'u.email', 'p.acknowledged_at', 'p.acknowledged_version']);
  if (filter.cursor) query = query.where(keysetAfter('u.name_key', 'u.id', filter.direction, filter.cursor));
  return query
    .orderBy('u.name_key', filter.direction)
    .orderBy('u.id', filter.direction)
    .limit(filter.limit + 1)
    .execute();
}

/** Pending members of the audience who joined on or before `joinedBy`, for the reminder job. */
export async function pendingForReminder(db: Db, scope: AudienceScope, joinedBy: string) {
  const pending = audienceWithAcknowledgements(db, scope)
    .select((eb) => ['m.user_id', eb.fn.min('m.created_at').as('joined_at')])
    .groupBy('m.user_id')
    .having((eb) => eb.fn.count('a.user_id'), '=', 0)
    .having((eb) => eb.fn.min('m.created_at'), '<=', joinedBy);
  return db
    .selectFrom(pending.as('p'))
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select(['u.id', 'u.email', 'u.locale', 'p.joined_at'])
    .orderBy('u.id')
    .limit(20_000)
    .execute();
}

export async function insertAcknowledgement(db: Db, row: Insertable<DocumentAcknowledgementsTable>) {
  const result = await db
    .insertInto('document_acknowledgements')
    .values(row)
    .onConflict((oc) => oc.columns(['version_id', 'user_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function findAcknowledgement(db: Db, versionId: string, userId: string) {
  return db
    .selectFrom('document_acknowledgements')
    .selectAll()
    .where('version_id', '=', versionId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/** The newest acknowledgement of each document by one user. */
export async function latestAcknowledgementsOf(db: Db, userId: string, documentIds: readonly string[]) {
  if (documentIds.length === 0) return new Map<string, { number: number; at: string }>();
  const rows = await db
    .selectFrom('document_acknowledgements')
    .select((eb) => [
      'document_id',
      eb.fn.max('version_number').as('number'),
      eb.fn.max('acknowledged_at').as('at'),
    ])
    .where('user_id', '=', userId)
    .where('document_id', 'in', documentIds)
    .groupBy('document_id')
    .execute();
  return new Map(rows.map((row) => [row.document_id, { number: Number(row.number), at: String(row.at) }]));
}

/** Published documents that ask for acknowledgement, for the reminder job. */
export async function documentsAwaitingAcknowledgement(db: Db) {
  return db
    .selectFrom('documents as d')
    .innerJoin('organisations as o', 'o.id', 'd.org_id')
    .innerJoin('document_versions as v', 'v.id', 'd.current_version_id')
    .select([
      'd.id',
      'd.org_id',
      'd.title',
      'd.audience_all',
      'd.audience_unit_ids',
      'd.audience_roles',
      'd.ack_version_number',
      'o.path as org_path',
      'o.kind as org_kind',
      'o.name as org_name',
      'v.number as current_number',
      'v.published_at',
    ])
    .where('d.archived_at', 'is', null)
    .where('d.ack_version_number', 'is not', null)
    .orderBy('d.id')
    .limit(10_000)
    .execute();
}
