import { z } from 'zod';
import { taskPriorities, taskStatuses } from '../../db/schema.ts';
import type { OrgRef } from '../../platform/access.ts';
import { isoInstant } from '../../platform/api-schemas.ts';
import { isOverdue } from '../../platform/clock.ts';
import type { Actor } from '../../platform/context.ts';
import { roles } from '../../platform/roles.ts';
import { tasksPolicy } from './tasks.policy.ts';
import type { TaskRow } from './tasks.repository.ts';

export { taskPriorities, taskStatuses };

const taskFieldsSchema = z.object({
  id: z.string(),
  orgId: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  assigneeUserId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  assigneeRole: z.enum(roles).nullable(),
  dueDate: z.iso.date(),
  status: z.enum(taskStatuses),
  priority: z.enum(taskPriorities),
  overdue: z.boolean().describe('Open past 00:00 Danish time the day after the due date'),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  source: z.string(),
  completedAt: isoInstant.nullable(),
  version: z.number().int(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
});

export const taskCanSchema = z
  .object({
    update: z.boolean().describe('Change the task’s fields'),
    delete: z.boolean(),
    complete: z.boolean().describe('Move the task along, "done" included'),
  })
  .meta({ id: 'TaskCan' });

export const taskSchema = taskFieldsSchema.extend({ can: taskCanSchema }).meta({ id: 'Task' });

export type Task = z.infer<typeof taskSchema>;

/** Who the task is presented to, for its `can`. */
export type TaskViewer = { actor: Actor; org: OrgRef };

/** The task as recorded in the audit log (no `can`: that belongs to a viewer). */
export function taskSnapshot(row: TaskRow, now = new Date()): Omit<Task, 'can'> {
  const open = row.status === 'open' || row.status === 'in_progress';
  return {
    id: row.id,
    orgId: row.org_id,
    title: row.title,
    description: row.description,
    assigneeUserId: row.assignee_user_id,
    assigneeName: row.assignee_name,
    assigneeRole: row.assignee_role as Task['assigneeRole'],
    dueDate: row.due_date,
    status: row.status,
    priority: row.priority,
    overdue: open && isOverdue(row.due_date, now),
    entityType: row.entity_type,
    entityId: row.entity_id,
    source: row.source,
    completedAt: row.completed_at,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const noActions = { update: false, delete: false, complete: false };

/** The task with what `viewer` may do with it; without a viewer every action is false. */
export function presentTask(row: TaskRow, now = new Date(), viewer?: TaskViewer): Task {
  return {
    ...taskSnapshot(row, now),
    can: viewer ? tasksPolicy.can(viewer.actor, viewer.org, row) : noActions,
  };
}
