import { z } from 'zod';
import { isoInstant } from '../../platform/api-schemas.ts';
import { isOverdue } from '../../platform/clock.ts';
import { roles } from '../../platform/roles.ts';
import type { TaskRow } from './tasks.repository.ts';

export const taskStatuses = ['open', 'in_progress', 'done', 'cancelled'] as const;
export const taskPriorities = ['low', 'normal', 'high'] as const;

export const taskSchema = z
  .object({
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
  })
  .meta({ id: 'Task' });

export type Task = z.infer<typeof taskSchema>;

export function presentTask(row: TaskRow, now = new Date()): Task {
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
