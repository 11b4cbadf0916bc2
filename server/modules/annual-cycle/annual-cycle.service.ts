import type { Db } from '../../db/database.ts';
import type { AnnualFrequency, OrganisationRow } from '../../db/schema.ts';
import { requireOrg, requireReadable } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { isOverdue, nowIso, todayLocal } from '../../platform/clock.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { danishKey } from '../../platform/danish-text.ts';
import { invalid, notFound, versionConflict } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { installedModules } from '../../platform/module.ts';
import { decodeCursor, pageOf } from '../../platform/pagination.ts';
import type { Role } from '../../platform/roles.ts';
import { tasksBySourceKeys } from '../tasks/index.ts';
import { annualTaskKey, syncActivityTasks } from './activity-tasks.service.ts';
import { annualCyclePolicy } from './annual-cycle.policy.ts';
import { activitySnapshot, type Cycle, presentActivity, scheduleOf } from './annual-cycle.presenter.ts';
import * as repo from './annual-cycle.repository.ts';
import type { ActivityCreate, ActivityListQuery, ActivityUpdate } from './annual-cycle.schemas.ts';
import { formatMonths, normaliseMonths, occurrencesBetween } from './occurrences.rules.ts';

/** Kinds of organisation that run their own ISMS and so get a pre-filled annual cycle. */
const seededKinds: readonly OrganisationRow['kind'][] = ['sector', 'group', 'organisation'];

/** The default activities every module offers for the årshjul (manifests' annualCycleDefaults). */
const annualCycleDefaults = () => installedModules().flatMap((module) => module.annualCycleDefaults ?? []);

/**
 * Pre-fills the organisation's årshjul with the default activities the first time anyone
 * opens it, once (a removed default stays removed), audited on the organisation.
 */
export async function ensureSeeded(request: RequestContext, org: OrganisationRow): Promise<void> {
  if (!seededKinds.includes(org.kind) || (await repo.isSeeded(request.db, org.id))) return;
  // Whoever happens to open the årshjul first, the defaults are Skjold's: audited as system.
  const ctx: RequestContext = { ...request, actor: null };
  await ctx.db.transaction().execute(async (trx) => {
    const now = nowIso();
    if (!(await repo.markSeeded(trx, org.id, now))) return;
    const created: string[] = [];
    const defaults = annualCycleDefaults();
    for (const template of defaults) {
      const id = newId();
      await repo.insertActivity(trx, {
        id,
        org_id: org.id,
        title: template.title.da,
        title_key: danishKey(template.title.da),
        description: template.description.da,
        frequency: template.frequency,
        months: formatMonths(template.months),
        day_of_month: null,
        responsible_role: template.responsibleRole,
        catalog_key: template.key,
        active: true,
        created_by: null,
        version: 1,
        created_at: now,
        updated_at: now,
      });
      created.push(id);
      const row = await repo.findActivity(trx, org.id, id);
      if (row) await syncActivityTasks(trx, ctx, row);
    }
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'annual_cycle.seeded',
      entityType: 'organisation',
      entityId: org.id,
      after: { activities: created.length, keys: defaults.map((t) => t.key) },
    });
  });
}

export async function listActivities(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  query: ActivityListQuery,
) {
  const org = await requireOrg(ctx, actor, orgId, 'annual_cycle.read');
  await ensureSeeded(ctx, org);
  const rows = await repo.listActivities(ctx.db, org.id, {
    ...query,
    cursor: query.cursor ? decodeCursor(query.cursor, 2) : undefined,
  });
  const page = pageOf(rows, query.limit, (row) => [row.title_key, row.id]);
  const today = todayLocal();
  const items = page.items.map((row) => presentActivity(row, { actor, org }, today));
  return { items, nextCursor: page.nextCursor };
}

async function loadActivity(db: Db, orgId: string, id: string) {
  const row = await repo.findActivity(db, orgId, id);
  if (!row) throw notFound();
  return row;
}

/** An activity by id: 404 alike for a missing one and for an actor who may not read the årshjul. */
async function readableActivity(ctx: RequestContext, actor: Actor, orgId: string, id: string) {
  const org = await requireReadable(ctx, actor, orgId, 'annual_cycle.read');
  return { org, current: await loadActivity(ctx.db, org.id, id) };
}

export async function getActivity(ctx: RequestContext, actor: Actor, orgId: string, id: string) {
  const { org, current } = await readableActivity(ctx, actor, orgId, id);
  return presentActivity(current, { actor, org });
}

function checkedMonths(frequency: AnnualFrequency, months: readonly number[]): number[] {
  const normalised = normaliseMonths(frequency, months);
  if (!normalised) {
    throw invalid('annual_months_invalid', [{ path: 'months', code: 'annual_months_invalid' }], {
      frequency,
    });
  }
  return normalised;
}

export async function createActivity(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  input: ActivityCreate,
) {
  const org = await requireOrg(ctx, actor, orgId);
  annualCyclePolicy.write(actor, org);
  const months = checkedMonths(input.frequency, input.months ?? []);
  await ensureSeeded(ctx, org);
  return ctx.db.transaction().execute(async (trx) => {
    const now = nowIso();
    const id = newId();
    await repo.insertActivity(trx, {
      id,
      org_id: org.id,
      title: input.title,
      title_key: danishKey(input.title),
      description: input.description ?? null,
      frequency: input.frequency,
      months: formatMonths(months),
      day_of_month: input.dayOfMonth ?? null,
      responsible_role: input.responsibleRole,
      catalog_key: null,
      active: input.active ?? true,
      created_by: actor.id,
      version: 1,
      created_at: now,
      updated_at: now,
    });
    const row = await loadActivity(trx, org.id, id);
    await syncActivityTasks(trx, ctx, row);
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'annual_activity.created',
      entityType: 'annual_activity',
      entityId: id,
      after: activitySnapshot(row),
    });
    return presentActivity(row, { actor, org });
  });
}

/** Changes an activity; its upcoming tasks follow (new role, month, title), past ones stay. */
export async function updateActivity(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  id: string,
  input: ActivityUpdate,
) {
  const { org, current } = await readableActivity(ctx, actor, orgId, id);
  annualCyclePolicy.update(actor, org);
  const frequency = input.frequency ?? current.frequency;
  const monthsChanged = input.months !== undefined || input.frequency !== undefined;
  const months = monthsChanged
    ? checkedMonths(frequency, input.months ?? scheduleOf(current).months)
    : undefined;
  return ctx.db.transaction().execute(async (trx) => {
    const changed = await repo.updateActivity(trx, current.id, input.version, {
      ...(input.title !== undefined ? { title: input.title, title_key: danishKey(input.title) } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.frequency !== undefined ? { frequency: input.frequency } : {}),
      ...(months ? { months: formatMonths(months) } : {}),
      ...(input.dayOfMonth !== undefined ? { day_of_month: input.dayOfMonth } : {}),
      ...(input.responsibleRole !== undefined ? { responsible_role: input.responsibleRole } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
      updated_at: nowIso(),
    });
    if (!changed) throw versionConflict();
    const row = await loadActivity(trx, org.id, current.id);
    await syncActivityTasks(trx, ctx, row);
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'annual_activity.updated',
      entityType: 'annual_activity',
      entityId: current.id,
      before: activitySnapshot(current),
      after: activitySnapshot(row),
    });
    return presentActivity(row, { actor, org });
  });
}

/** Removes an activity; its upcoming open tasks are cancelled, overdue ones stay to be done. */
export async function deleteActivity(ctx: RequestContext, actor: Actor, orgId: string, id: string) {
  const { org, current } = await readableActivity(ctx, actor, orgId, id);
  annualCyclePolicy.delete(actor, org);
  await ctx.db.transaction().execute(async (trx) => {
    await syncActivityTasks(trx, ctx, { ...current, active: false });
    await repo.deleteActivity(trx, current.id);
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'annual_activity.deleted',
      entityType: 'annual_activity',
      entityId: current.id,
      before: activitySnapshot(current),
    });
  });
}

/**
 * The year as twelve months of occurrences (for the wheel and the month view), each with its
 * task once the task exists.
 */
export async function getCycle(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  year: number,
): Promise<Cycle> {
  const org = await requireOrg(ctx, actor, orgId, 'annual_cycle.read');
  await ensureSeeded(ctx, org);
  const activities = await repo.activeActivities(ctx.db, org.id);
  const occurrences = activities.flatMap((activity) =>
    occurrencesBetween(scheduleOf(activity), `${year}-01-01`, `${year}-12-31`).map((occurrence) => ({
      activity,
      occurrence,
    })),
  );
  const tasks = await tasksBySourceKeys(
    ctx.db,
    org.id,
    occurrences.map(({ activity, occurrence }) => annualTaskKey(activity.id, occurrence.key)),
  );
  const taskByKey = new Map(tasks.map((task) => [task.source_key, task]));
  const now = new Date();
  const months = Array.from({ length: 12 }, (_, index) => {
    const month = index + 1;
    const entries = occurrences
      .filter(({ occurrence }) => occurrence.month === month)
      .map(({ activity, occurrence }) => {
        const task = taskByKey.get(annualTaskKey(activity.id, occurrence.key));
        const open = task && (task.status === 'open' || task.status === 'in_progress');
        return {
          activityId: activity.id,
          title: activity.title,
          frequency: activity.frequency,
          responsibleRole: activity.responsible_role as Role,
          dueDate: occurrence.dueDate,
          occurrenceKey: occurrence.key,
          task: task
            ? { id: task.id, status: task.status, overdue: Boolean(open && isOverdue(task.due_date, now)) }
            : null,
        };
      })
      .sort((a, b) =>
        a.dueDate === b.dueDate
          ? danishKey(a.title).localeCompare(danishKey(b.title))
          : a.dueDate < b.dueDate
            ? -1
            : 1,
      );
    return {
      month,
      occurrences: entries,
      counts: {
        total: entries.length,
        done: entries.filter((e) => e.task?.status === 'done').length,
        overdue: entries.filter((e) => e.task?.overdue).length,
      },
    };
  });
  return { orgId: org.id, year, months };
}
