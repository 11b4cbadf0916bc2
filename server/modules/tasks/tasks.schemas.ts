import { z } from 'zod';
import { taskPriorities, taskStatuses } from '../../db/schema.ts';
import { orgParams, uuidParam, versionField } from '../../platform/api-schemas.ts';
import { listQuery } from '../../platform/pagination.ts';
import { roles } from '../../platform/roles.ts';

export const taskParams = orgParams.extend({ taskId: uuidParam });

const statusList = z
  .string()
  .max(60)
  .transform((value) => value.split(',').filter(Boolean))
  .pipe(z.array(z.enum(taskStatuses)));

export const taskFilters = listQuery.extend({
  status: statusList.optional().describe('Comma-separated: open,in_progress,done,cancelled'),
  overdue: z.enum(['true', 'false']).optional(),
  assigneeUserId: z.uuid().optional(),
  source: z.string().max(50).optional(),
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
});

export type TaskFilters = z.infer<typeof taskFilters>;

/** The filters as the service takes them: the sort resolved to a direction, `overdue` a flag. */
export type TaskListQuery = Omit<TaskFilters, 'sort' | 'overdue'> & {
  direction: 'asc' | 'desc';
  overdue: boolean;
};

const taskFields = {
  title: z.string().trim().min(1).max(300),
  description: z.string().max(10_000).nullable().optional(),
  assigneeUserId: z.uuid().nullable().optional(),
  assigneeRole: z.enum(roles).nullable().optional(),
  dueDate: z.iso.date(),
  priority: z.enum(taskPriorities).optional(),
  entityType: z.string().max(50).nullable().optional(),
  entityId: z.string().max(100).nullable().optional(),
};

export const taskCreateBody = z.object(taskFields);
export type TaskCreate = z.infer<typeof taskCreateBody>;

export const taskUpdateBody = z.object({
  version: versionField,
  status: z.enum(taskStatuses).optional(),
  title: taskFields.title.optional(),
  description: taskFields.description,
  assigneeUserId: taskFields.assigneeUserId,
  assigneeRole: taskFields.assigneeRole,
  dueDate: taskFields.dueDate.optional(),
  priority: taskFields.priority,
  entityType: taskFields.entityType,
  entityId: taskFields.entityId,
});
export type TaskUpdate = z.infer<typeof taskUpdateBody>;
