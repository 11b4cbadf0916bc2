import { z } from 'zod';
import { addDaysToDate, isOverdue, todayLocal } from '../../platform/clock.ts';
import { defineJob, type JobContext } from '../../platform/jobs/registry.ts';
import { scheduleRecurring } from '../../platform/jobs/schedule.ts';
import { sendMail } from '../../platform/mail/send-mail.ts';
import * as repo from './tasks.repository.ts';

/** How many days before the due date the reminder goes out. */
export const REMINDER_DAYS_BEFORE = 3;

/**
 * Mails a reminder before the due date and a notice once a task is overdue, to the assignee
 * or to everyone holding the assigned role, in each recipient's language. The dedupe key
 * (task, due date, kind, recipient) makes every mail go out once, however often this runs;
 * moving the due date earns a new reminder.
 */
export async function sendTaskReminders(ctx: Pick<JobContext, 'db' | 'config' | 'logger'>, now = new Date()) {
  const until = addDaysToDate(todayLocal(now), REMINDER_DAYS_BEFORE);
  const tasks = await repo.openTasksDueBy(ctx.db, until);
  let queued = 0;
  for (const task of tasks) {
    const kind = isOverdue(task.due_date, now) ? 'task_overdue' : 'task_reminder';
    const recipients = await repo.recipientsOf(ctx.db, task);
    if (!recipients.length) continue;
    const org = await ctx.db
      .selectFrom('organisations')
      .select('name')
      .where('id', '=', task.org_id)
      .executeTakeFirst();
    const url = ctx.config.publicUrl
      ? `${ctx.config.publicUrl.replace(/\/$/, '')}/o/${task.org_id}/tasks`
      : undefined;
    await ctx.db.transaction().execute(async (trx) => {
      for (const user of recipients) {
        const result = await sendMail(trx, ctx, {
          to: user.email,
          template: kind,
          locale: user.locale,
          params: {
            orgName: org?.name ?? '',
            taskTitle: task.title,
            dueDate: task.due_date,
            ...(url ? { url } : {}),
          },
          orgId: task.org_id,
          dedupeKey: `${kind}:${task.id}:${task.due_date}:${user.id}`,
        });
        if (result.created) queued += 1;
      }
    });
  }
  return { queued };
}

export const taskRemindersJob = defineJob('tasks.send_reminders', z.object({}), async (_payload, ctx) => {
  await sendTaskReminders(ctx);
});

export const taskRemindersSchedule = scheduleRecurring(
  'task-reminders',
  { dailyAt: '07:00' },
  taskRemindersJob.type,
);
