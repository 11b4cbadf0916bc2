import type { Db } from '../../db/database.ts';
import type { TaskStatus } from '../../db/schema.ts';
import { assertMemberCanRead, type OrgRef, requireOrg, requireReadable } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { nowIso, todayLocal } from '../../platform/clock.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { danishKey } from '../../platform/danish-text.ts';
import { invalid, notFound, versionConflict } from '../../platform/errors.ts';
import { linkTarget } from '../../platform/files/link-targets.ts';
import { newId } from '../../platform/ids.ts';
import { decodeCursor, pageOf } from '../../platform/pagination.ts';
import type { Role } from '../../platform/roles.ts';
import { tasksPolicy } from './tasks.policy.ts';
import { presentTask, taskSnapshot } from './tasks.presenter.ts';
import * as repo from './tasks.repository.ts';
import type { TaskCreate, TaskListQuery, TaskUpdate } from './tasks.schemas.ts';

function filterOf(query: TaskListQuery): repo.TaskFilter {
  return {
    status: query.status,
    overdueBefore: query.overdue ? todayLocal() : undefined,
    assigneeUserId: query.assigneeUserId,
    source: query.source,
    entityType: query.entityType,
    entityId: query.entityId,
    q: query.q,
    direction: query.direction,
    cursor: query.cursor ? decodeCursor(query.cursor, 2) : undefined,
    limit: query.limit,
  };
}

async function page(db: Db, actor: Actor, rows: repo.TaskRow[], limit: number) {
  const result = pageOf(rows, limit, (row) => [row.due_date, row.id]);
  const now = new Date();
  const orgs = await repo.orgRefs(db, [...new Set(result.items.map((row) => row.org_id))]);
  const present = (row: repo.TaskRow) => {
    const org = orgs.get(row.org_id);
    return presentTask(row, now, org && { actor, org });
  };
  return { items: result.items.map(present), nextCursor: result.nextCursor };
}

export async function listOrgTasks(ctx: RequestContext, actor: Actor, orgId: string, query: TaskListQuery) {
  const org = await requireOrg(ctx, actor, orgId, 'tasks.read');
  return page(ctx.db, actor, await repo.listTasks(ctx.db, { orgId: org.id }, filterOf(query)), query.limit);
}

/**
 * "My tasks": assigned to me, or to a role I hold at the task's organisation, directly or through
 * a subtree membership (a sector-root role never reaches below the root, as everywhere).
 */
export async function listMyTasks(ctx: RequestContext, actor: Actor, query: TaskListQuery) {
  const roles = roleReachOf(actor);
  const rows = await repo.listTasks(ctx.db, { userId: actor.id, roles }, filterOf(query));
  return page(ctx.db, actor, rows, query.limit);
}

/** The roles whose tasks are the actor's, with the organisations each reaches. */
export function roleReachOf(actor: Actor): repo.RoleReach[] {
  return actor.memberships.map((m) => ({
    orgId: m.orgId,
    role: m.role,
    subtreePath: m.includeSubtree && m.orgKind !== 'sector' ? m.orgPath : null,
  }));
}

async function loadTask(db: Db, orgId: string, id: string) {
  const task = await repo.findTask(db, orgId, id);
  if (!task) throw notFound();
  return task;
}

/**
 * A task by id: 404 when the organisation is invisible, the task is missing, or the actor may
 * neither read the organisation's tasks nor is its assignee (a real id answers like a random one).
 */
async function readableTask(ctx: RequestContext, actor: Actor, orgId: string, id: string) {
  const org = await requireReadable(ctx, actor, orgId, 'org.read');
  const task = await loadTask(ctx.db, org.id, id);
  tasksPolicy.read(actor, org, task);
  return { org, task };
}

export async function getTask(ctx: RequestContext, actor: Actor, orgId: string, id: string) {
  const { org, task } = await readableTask(ctx, actor, orgId, id);
  return presentTask(task, new Date(), { actor, org });
}

/** The assignee must be a member who reads the organisation's tasks (400 owner_not_member). */
async function checkAssignee(ctx: RequestContext, org: OrgRef, userId: string | null | undefined) {
  await assertMemberCanRead(ctx, userId, org, 'tasks.read', 'assigneeUserId');
}

/** The record a task is about must be a linkable record of the same organisation. */
async function checkEntity(
  db: Db,
  orgId: string,
  entityType: string | null | undefined,
  entityId: string | null | undefined,
) {
  if (!entityType && !entityId) return;
  const exists = entityType ? linkTarget(entityType) : undefined;
  if (!exists) {
    throw invalid('task_link_target_unknown', [{ path: 'entityType', code: 'task_link_target_unknown' }]);
  }
  if (!entityId || !(await exists(db, orgId, entityId))) {
    throw invalid('task_link_target_not_found', [{ path: 'entityId', code: 'task_link_target_not_found' }]);
  }
}

/** The fields a person sets on a task (the generated ones come from their module). */
type TaskInput = Omit<TaskCreate, 'assigneeRole'> & { assigneeRole?: Role | null };

export async function createTask(ctx: RequestContext, actor: Actor, orgId: string, input: TaskCreate) {
  const org = await requireOrg(ctx, actor, orgId);
  tasksPolicy.create(actor, org);
  await checkAssignee(ctx, org, input.assigneeUserId);
  await checkEntity(ctx.db, org.id, input.entityType, input.entityId);
  return ctx.db.transaction().execute(async (trx) => {
    const id = await insertTask(trx, ctx, org.id, {
      ...input,
      source: 'manual',
      sourceKey: null,
      createdBy: actor.id,
    });
    return presentTask(await loadTask(trx, org.id, id), new Date(), { actor, org });
  });
}

export type GeneratedTask = TaskInput & {
  source: string;
  sourceKey: string | null;
  createdBy: string | null;
};

export type GeneratedTaskChanges = {
  title?: string;
  description?: string | null;
  assigneeUserId?: string | null;
  assigneeRole?: Role | null;
  dueDate?: string;
  status?: TaskStatus;
};

/**
 * For modules whose records are carried by a task (risk treatment actions, reviews): changes
 * the task in the caller's transaction, audited like any task change. Answers false when the
 * task is gone (someone deleted it).
 */
async function updateGeneratedTask(
  trx: Db,
  ctx: RequestContext,
  orgId: string,
  taskId: string,
  changes: GeneratedTaskChanges,
): Promise<boolean> {
  const task = await repo.findTask(trx, orgId, taskId);
  if (!task) return false;
  const closing = changes.status === 'done' || changes.status === 'cancelled';
  const assignee =
    changes.assigneeUserId !== undefined || changes.assigneeRole !== undefined
      ? {
          assignee_user_id: changes.assigneeUserId ?? null,
          assignee_role: changes.assigneeUserId ? null : (changes.assigneeRole ?? null),
        }
      : {};
  const updated = await repo.updateTask(trx, task.id, task.version, {
    ...(changes.title !== undefined ? { title: changes.title, title_key: danishKey(changes.title) } : {}),
    ...(changes.description !== undefined ? { description: changes.description } : {}),
    ...assignee,
    ...(changes.dueDate !== undefined ? { due_date: changes.dueDate } : {}),
    ...(changes.status !== undefined && changes.status !== task.status
      ? { status: changes.status, completed_at: closing ? nowIso() : null }
      : {}),
    updated_at: nowIso(),
  });
  if (!updated) throw versionConflict();
  await writeAudit(trx, ctx, {
    orgId,
    action: 'task.updated',
    entityType: 'task',
    entityId: task.id,
    before: taskSnapshot(task),
    after: taskSnapshot(await loadTask(trx, orgId, task.id)),
  });
  return true;
}

/**
 * For syncTaskBySource: brings an open task with the key in line with `input` (title,
 * description, assignee, due date) when its source changed, e.g. an årshjul activity moved
 * to another role. Closed tasks are left as they were; a task handed to a named person keeps
 * that person unless the source names one.
 */
async function syncGeneratedTask(
  trx: Db,
  ctx: RequestContext,
  orgId: string,
  input: GeneratedTask & { sourceKey: string },
): Promise<string> {
  const existing = await repo.findTaskBySourceKey(trx, input.sourceKey);
  if (!existing) return insertTask(trx, ctx, orgId, input);
  const task = await repo.findTask(trx, orgId, existing.id);
  if (!task || (task.status !== 'open' && task.status !== 'in_progress')) return existing.id;
  // Someone handed the task to a named person: that choice stands over the source's role.
  const keepPerson = !input.assigneeUserId && task.assignee_user_id !== null;
  const assigneeUserId = input.assigneeUserId ?? null;
  const assigneeRole = assigneeUserId ? null : (input.assigneeRole ?? null);
  const description = input.description ?? null;
  const reassign =
    !keepPerson && (task.assignee_user_id !== assigneeUserId || task.assignee_role !== assigneeRole);
  if (
    task.title === input.title &&
    task.description === description &&
    task.due_date === input.dueDate &&
    !reassign
  ) {
    return task.id;
  }
  await updateGeneratedTask(trx, ctx, orgId, task.id, {
    title: input.title,
    description,
    dueDate: input.dueDate,
    ...(reassign ? { assigneeUserId, assigneeRole } : {}),
  });
  return task.id;
}

async function insertTask(
  trx: Db,
  ctx: RequestContext,
  orgId: string,
  input: GeneratedTask,
): Promise<string> {
  const now = nowIso();
  const id = newId();
  await repo.insertTask(trx, {
    id,
    org_id: orgId,
    title: input.title,
    title_key: danishKey(input.title),
    description: input.description ?? null,
    assignee_user_id: input.assigneeUserId ?? null,
    assignee_role: input.assigneeUserId ? null : (input.assigneeRole ?? null),
    due_date: input.dueDate,
    status: 'open',
    priority: input.priority ?? 'normal',
    entity_type: input.entityType ?? null,
    entity_id: input.entityId ?? null,
    source: input.source,
    source_key: input.sourceKey,
    created_by: input.createdBy,
    completed_at: null,
    version: 1,
    created_at: now,
    updated_at: now,
  });
  const task = await repo.findTask(trx, orgId, id);
  await writeAudit(trx, ctx, {
    orgId,
    action: 'task.created',
    entityType: 'task',
    entityId: id,
    after: task && taskSnapshot(task),
  });
  return id;
}

export async function updateTask(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  id: string,
  input: TaskUpdate,
) {
  const { org, task } = await readableTask(ctx, actor, orgId, id);
  const { version, status, ...fields } = input;
  const onlyStatus = Object.values(fields).every((value) => value === undefined);
  if (onlyStatus) tasksPolicy.complete(actor, org, task);
  else tasksPolicy.update(actor, org);
  await checkAssignee(ctx, org, fields.assigneeUserId);
  if (fields.entityType !== undefined) await checkEntity(ctx.db, org.id, fields.entityType, fields.entityId);
  return ctx.db.transaction().execute(async (trx) => {
    const closing = status === 'done' || status === 'cancelled';
    const changed = await repo.updateTask(trx, task.id, version, {
      ...(fields.title !== undefined ? { title: fields.title, title_key: danishKey(fields.title) } : {}),
      ...(fields.description !== undefined ? { description: fields.description } : {}),
      ...(fields.assigneeUserId !== undefined ? { assignee_user_id: fields.assigneeUserId } : {}),
      ...(fields.assigneeRole !== undefined ? { assignee_role: fields.assigneeRole } : {}),
      ...(fields.dueDate !== undefined ? { due_date: fields.dueDate } : {}),
      ...(fields.priority !== undefined ? { priority: fields.priority } : {}),
      ...(fields.entityType !== undefined
        ? { entity_type: fields.entityType, entity_id: fields.entityId ?? null }
        : {}),
      ...(status !== undefined ? { status, completed_at: closing ? nowIso() : null } : {}),
      updated_at: nowIso(),
    });
    if (!changed) throw versionConflict();
    const after = await loadTask(trx, org.id, task.id);
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'task.updated',
      entityType: 'task',
      entityId: task.id,
      before: taskSnapshot(task),
      after: taskSnapshot(after),
    });
    return presentTask(after, new Date(), { actor, org });
  });
}

export async function deleteTask(ctx: RequestContext, actor: Actor, orgId: string, id: string) {
  const { org, task } = await readableTask(ctx, actor, orgId, id);
  tasksPolicy.delete(actor, org);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.deleteTask(trx, task.id);
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'task.deleted',
      entityType: 'task',
      entityId: task.id,
      before: taskSnapshot(task),
    });
  });
}

/** What a module wants its task for one source key to be. */
export type TaskSpec = Omit<GeneratedTask, 'sourceKey' | 'createdBy'> & {
  createdBy?: string | null;
  /** `open` by default; `in_progress` when the record's own work started; any status with `follow`. */
  status?: TaskStatus;
  /**
   * `align` (default) brings an open task in line with the spec; `create_only` never changes one;
   * `follow` is for a record that carries its task (a treatment action): the task takes the spec's
   * status and assignee exactly, also reopening a closed task or handing it back to a role.
   */
  mode?: 'align' | 'create_only' | 'follow';
};

/**
 * The one command other modules use for the tasks they generate (DESIGN.md section 3): makes
 * the task under `sourceKey` what the source says, in the caller's transaction, audited.
 * - a spec: creates the task once, or brings an open one in line (title, description, due date,
 *   assignee; a person someone handed the task to stays unless the spec names one);
 * - `{ status: 'done' | 'cancelled' }`: closes the task when it is open;
 * A closed task is never reopened. A concurrent change answers 409 `version_conflict`.
 * Answers the task's id, or null when there is none.
 */
export async function syncTaskBySource(
  trx: Db,
  ctx: RequestContext,
  orgId: string,
  sourceKey: string,
  sync: TaskSpec | { status: 'done' | 'cancelled' },
): Promise<string | null> {
  const existing = await repo.findTaskBySourceKey(trx, sourceKey);
  if (!('title' in sync)) {
    if (!existing) return null;
    const task = await repo.findTask(trx, existing.org_id, existing.id);
    if (task && (task.status === 'open' || task.status === 'in_progress')) {
      await updateGeneratedTask(trx, ctx, existing.org_id, existing.id, { status: sync.status });
    }
    return existing.id;
  }
  const input = { ...sync, sourceKey, createdBy: sync.createdBy ?? null };
  if (!existing) {
    const id = await insertTask(trx, ctx, orgId, input);
    if (sync.status && sync.status !== 'open')
      await updateGeneratedTask(trx, ctx, orgId, id, { status: sync.status });
    return id;
  }
  if (sync.mode === 'create_only') return existing.id;
  if (sync.mode === 'follow') {
    await updateGeneratedTask(trx, ctx, orgId, existing.id, {
      title: sync.title,
      description: sync.description ?? null,
      dueDate: sync.dueDate,
      assigneeUserId: sync.assigneeUserId ?? null,
      assigneeRole: sync.assigneeUserId ? null : (sync.assigneeRole ?? null),
      ...(sync.status ? { status: sync.status } : {}),
    });
    return existing.id;
  }
  await syncGeneratedTask(trx, ctx, orgId, input);
  const task = await repo.findTask(trx, orgId, existing.id);
  if (task && sync.status && task.status !== sync.status && task.status === 'open') {
    await updateGeneratedTask(trx, ctx, orgId, task.id, { status: sync.status });
  }
  return existing.id;
}

/**
 * The source keys of the open tasks a module generated about one record, e.g. for the årshjul
 * to cancel the future occurrences of an activity that no longer exist. `dueFrom` leaves out
 * tasks due before that date (past occurrences stay to be done).
 */
export async function openGeneratedTaskKeys(
  db: Db,
  orgId: string,
  filter: { source: string; entityType: string; entityId: string; dueFrom?: string },
): Promise<string[]> {
  const tasks = await repo.openGeneratedTasks(db, orgId, filter);
  return tasks
    .filter((task) => !filter.dueFrom || task.due_date >= filter.dueFrom)
    .flatMap((task) => (task.source_key ? [task.source_key] : []));
}
