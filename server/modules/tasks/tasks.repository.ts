import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import { keysetAfter } from '../../db/keyset.ts';
import type { TasksTable } from '../../db/schema.ts';
import { updateVersioned } from '../../db/versioned-update.ts';
import { danishContainsPattern, likeEscaped } from '../../platform/danish-text.ts';
import type { CursorValues } from '../../platform/pagination.ts';

export type TaskRow = TasksTable & { assignee_name: string | null };

const openStatuses = ['open', 'in_progress'] as const;

export type TaskFilter = {
  status?: TasksTable['status'][];
  overdueBefore?: string;
  assigneeUserId?: string;
  source?: string;
  entityType?: string;
  entityId?: string;
  q?: string;
  direction: 'asc' | 'desc';
  cursor?: CursorValues;
  limit: number;
};

function baseQuery(db: Db) {
  return db
    .selectFrom('tasks as t')
    .leftJoin('users as u', 'u.id', 't.assignee_user_id')
    .selectAll('t')
    .select('u.name as assignee_name');
}

/** A role the user holds at an organisation, and the subtree it reaches (null: that organisation only). */
export type RoleReach = { orgId: string; role: string; subtreePath: string | null };

/** Tasks in (due date, id) order; `where` narrows to an organisation or to an assignee. */
export async function listTasks(
  db: Db,
  scope: { orgId: string } | { userId: string; roles: RoleReach[] },
  filter: TaskFilter,
): Promise<TaskRow[]> {
  let query = baseQuery(db);
  if ('orgId' in scope) {
    query = query.where('t.org_id', '=', scope.orgId);
  } else {
    query = query.where((eb) =>
      eb.or([
        eb('t.assignee_user_id', '=', scope.userId),
        ...scope.roles.map((r) =>
          eb.and([
            eb('t.assignee_user_id', 'is', null),
            eb('t.assignee_role', '=', r.role),
            r.subtreePath
              ? eb(
                  't.org_id',
                  'in',
                  eb.selectFrom('organisations').select('id').where('path', 'like', `${r.subtreePath}%`),
                )
              : eb('t.org_id', '=', r.orgId),
          ]),
        ),
      ]),
    );
  }
  if (filter.status?.length) query = query.where('t.status', 'in', filter.status);
  if (filter.overdueBefore) {
    query = query.where('t.due_date', '<', filter.overdueBefore).where('t.status', 'in', [...openStatuses]);
  }
  if (filter.assigneeUserId) query = query.where('t.assignee_user_id', '=', filter.assigneeUserId);
  if (filter.source) query = query.where('t.source', '=', filter.source);
  if (filter.entityType) query = query.where('t.entity_type', '=', filter.entityType);
  if (filter.entityId) query = query.where('t.entity_id', '=', filter.entityId);
  if (filter.q) query = query.where(likeEscaped('t.title_key', danishContainsPattern(filter.q)));
  if (filter.cursor) query = query.where(keysetAfter('t.due_date', 't.id', filter.direction, filter.cursor));
  return query
    .orderBy('t.due_date', filter.direction)
    .orderBy('t.id', filter.direction)
    .limit(filter.limit + 1)
    .execute();
}

export async function findTask(db: Db, orgId: string, id: string): Promise<TaskRow | undefined> {
  return baseQuery(db).where('t.org_id', '=', orgId).where('t.id', '=', id).executeTakeFirst();
}

/** Id and path of each of these organisations, for the `can` of a page of tasks. */
export async function orgRefs(db: Db, orgIds: readonly string[]) {
  if (orgIds.length === 0) return new Map<string, { id: string; path: string }>();
  const rows = await db
    .selectFrom('organisations')
    .select(['id', 'path'])
    .where('id', 'in', [...orgIds])
    .execute();
  return new Map(rows.map((row) => [row.id, row]));
}

export async function findTaskBySourceKey(db: Db, sourceKey: string) {
  return db
    .selectFrom('tasks')
    .select(['id', 'org_id'])
    .where('source_key', '=', sourceKey)
    .executeTakeFirst();
}

/** The open tasks a module generated about one record (for it to bring them in line with the record). */
export async function openGeneratedTasks(
  db: Db,
  orgId: string,
  filter: { source: string; entityType: string; entityId: string },
): Promise<TaskRow[]> {
  return baseQuery(db)
    .where('t.org_id', '=', orgId)
    .where('t.entity_type', '=', filter.entityType)
    .where('t.entity_id', '=', filter.entityId)
    .where('t.source', '=', filter.source)
    .where('t.status', 'in', [...openStatuses])
    .orderBy('t.due_date')
    .limit(1000)
    .execute();
}

/** Generated tasks by their source keys, e.g. the årshjul occurrences shown in its month view. */
export async function tasksBySourceKeys(db: Db, orgId: string, sourceKeys: readonly string[]) {
  if (sourceKeys.length === 0) return [];
  return db
    .selectFrom('tasks')
    .select(['id', 'source_key', 'status', 'due_date', 'assignee_user_id', 'assignee_role'])
    .where('org_id', '=', orgId)
    .where('source_key', 'in', sourceKeys)
    .execute();
}

export async function insertTask(db: Db, row: Insertable<TasksTable>): Promise<void> {
  await db.insertInto('tasks').values(row).execute();
}

export async function updateTask(
  db: Db,
  id: string,
  version: number,
  changes: Omit<Updateable<TasksTable>, 'id' | 'org_id' | 'version'>,
): Promise<boolean> {
  return updateVersioned(db, 'tasks', id, version, changes);
}

export async function deleteTask(db: Db, id: string): Promise<void> {
  await db.deleteFrom('tasks').where('id', '=', id).execute();
}

/** Open tasks due on or before `until`, for the reminder job (every organisation). */
export async function openTasksDueBy(db: Db, until: string) {
  return db
    .selectFrom('tasks')
    .select([
      'id',
      'org_id',
      'title',
      'due_date',
      'assignee_user_id',
      'assignee_role',
      'entity_type',
      'entity_id',
    ])
    .where('status', 'in', [...openStatuses])
    .where('due_date', '<=', until)
    .orderBy('due_date')
    .limit(5000)
    .execute();
}

/**
 * The people a task reminder goes to: the assignee, or everyone holding the assigned role at
 * the organisation directly or through an ancestor's subtree (never through the sector root).
 */
export async function recipientsOf(
  db: Db,
  task: { org_id: string; assignee_user_id: string | null; assignee_role: string | null },
) {
  const users = db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'locale'])
    .where('disabled_at', 'is', null);
  if (task.assignee_user_id) return users.where('id', '=', task.assignee_user_id).execute();
  if (!task.assignee_role) return [];
  const org = await db
    .selectFrom('organisations')
    .select('path')
    .where('id', '=', task.org_id)
    .executeTakeFirst();
  if (!org) return [];
  const ancestors = org.path.split('/').filter((id) => id && id !== task.org_id);
  return users
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('memberships as m')
        .innerJoin('organisations as o', 'o.id', 'm.org_id')
        .select('m.user_id')
        .where('m.role', '=', task.assignee_role as string)
        .where((w) =>
          w.or([
            w('m.org_id', '=', task.org_id),
            w.and([
              w('m.org_id', 'in', ancestors.length ? ancestors : ['']),
              w('m.include_subtree', '=', true),
              w('o.kind', '!=', 'sector'),
            ]),
          ]),
        ),
    )
    .execute();
}
