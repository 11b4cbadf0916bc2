import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { nowIso } from '../../platform/clock.ts';
import { type AppContext, type RequestContext, systemContext } from '../../platform/context.ts';
import { defineJob } from '../../platform/jobs/registry.ts';
import { scheduleRecurring } from '../../platform/jobs/schedule.ts';
import { sendMail } from '../../platform/mail/send-mail.ts';
import { recipientsOf } from '../tasks/index.ts';
import { alertedClocks, deadlineTasksOf, markAlerted } from './deadline-tasks.repository.ts';
import { applyDeadlineTasks, planDeadlineTasks, rolesForDeadline } from './deadline-tasks.service.ts';
import type { Deadline } from './deadlines.rules.ts';
import { incidentUrl } from './dpo-escalation.service.ts';
import { referenceOf } from './incidents.presenter.ts';
import { type IncidentRow, openIncidentsAfter, orgName } from './incidents.repository.ts';
import { deadlinesOf } from './incidents.service.ts';

/** How often the clocks are checked: legal deadlines are counted in hours. */
export const DEADLINE_CHECK_INTERVAL_MS = 15 * 60_000;

/**
 * Runs over every open incident: keeps its deadline tasks in step with the clocks (a progress
 * report only appears once time passes) and mails each overdue clock to the people who answer
 * for it (security officers, and DPOs for the privacy notifications). The dedupe key makes
 * each mail go out once per clock, due time and recipient, however often this runs; a moved
 * awareness time is a new due time and earns a new mail.
 */
export async function sendDeadlineAlerts(app: AppContext, now: Date = new Date()) {
  const ctx = systemContext(app, `job:incident-deadlines:${now.toISOString()}`);
  let afterId: string | null = null;
  let queued = 0;
  let changedTasks = 0;
  for (;;) {
    const rows = await openIncidentsAfter(app.db, afterId, 500);
    if (rows.length === 0) break;
    const deadlines = await deadlinesOf(app.db, rows, now);
    const ids = rows.map((row) => row.id);
    const tasks = await deadlineTasksOf(app.db, ids);
    const alerted = await alertedClocks(app.db, ids);
    for (const row of rows) {
      const list = deadlines.get(row.id) ?? [];
      const plan = planDeadlineTasks(
        row.id,
        list,
        tasks.filter((task) => task.entity_id === row.id),
        now,
      );
      const overdue = list.filter(
        (d) =>
          d.status === 'late' && !d.completedAt && d.dueAt && !alerted.has(`${row.id}:${d.kind}:${d.dueAt}`),
      );
      // Most incidents need nothing: no transaction is opened for them.
      if (plan.length === 0 && overdue.length === 0) continue;
      changedTasks += plan.length;
      await app.db.transaction().execute(async (trx) => {
        await applyDeadlineTasks(trx, ctx, row, plan);
        if (overdue.length === 0) return;
        queued += await mailOverdue(trx, ctx, row, overdue);
      });
    }
    afterId = rows.at(-1)?.id ?? null;
  }
  return { queued, changedTasks };
}

/** One mail per overdue clock and person (the dedupe key says "once", however often this runs). */
async function mailOverdue(trx: Db, ctx: RequestContext, row: IncidentRow, overdue: readonly Deadline[]) {
  const name = await orgName(trx, row.org_id);
  const url = incidentUrl(ctx, row);
  let queued = 0;
  for (const deadline of overdue) {
    const people = new Map<string, { id: string; email: string; locale: 'da' | 'en' }>();
    for (const role of rolesForDeadline(deadline.kind)) {
      for (const user of await recipientsOf(trx, {
        org_id: row.org_id,
        assignee_user_id: null,
        assignee_role: role,
      })) {
        people.set(user.id, user);
      }
    }
    for (const user of people.values()) {
      const result = await sendMail(trx, ctx, {
        to: user.email,
        template: 'incident_deadline_overdue',
        locale: user.locale,
        params: {
          orgName: name,
          reference: referenceOf(row),
          deadline: deadline.kind,
          dueAt: deadline.dueAt as string,
          ...(url ? { url } : {}),
        },
        orgId: row.org_id,
        dedupeKey: `incident_deadline_overdue:${row.id}:${deadline.kind}:${deadline.dueAt}:${user.id}`,
      });
      if (result.created) queued += 1;
    }
    await markAlerted(trx, row.id, deadline.kind, deadline.dueAt as string, nowIso());
  }
  return queued;
}

export const incidentDeadlineJob = defineJob(
  'incidents.deadline_alerts',
  z.object({}),
  async (_payload, ctx) => {
    await sendDeadlineAlerts(ctx);
  },
);

export const incidentDeadlineSchedule = scheduleRecurring(
  'incident-deadline-alerts',
  DEADLINE_CHECK_INTERVAL_MS,
  incidentDeadlineJob.type,
);
