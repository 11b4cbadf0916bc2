import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, compact, unwrap } from './client';
import { isApiError } from './errors';
import { useInfiniteList } from './infinite-list';
import type { Body, Ok, paths } from './openapi-helpers';

export type Task = Ok<paths['/api/v1/me/tasks']['get']>['items'][number];
export type TaskStatus = Task['status'];
export type TaskPriority = Task['priority'];
export type CreateTaskBody = Body<paths['/api/v1/orgs/{orgId}/tasks']['post']>;
export type UpdateTaskBody = Body<paths['/api/v1/orgs/{orgId}/tasks/{taskId}']['patch']>;

export const TASK_STATUSES = [
  'open',
  'in_progress',
  'done',
  'cancelled',
] as const satisfies readonly TaskStatus[];
export const TASK_PRIORITIES = ['low', 'normal', 'high'] as const satisfies readonly TaskPriority[];

/** "active": open or in progress, what a person works on this week. */
export type TaskStatusFilter = 'active' | TaskStatus | 'all';

export interface TaskFilters {
  status?: TaskStatusFilter;
  overdue?: boolean;
  q?: string;
  assigneeUserId?: string;
}

const PAGE_SIZE = 50;

export const tasksQueryKey = ['tasks'] as const;

function statusParam(status: TaskStatusFilter | undefined): string | undefined {
  if (status === 'all') return undefined;
  if (!status || status === 'active') return 'open,in_progress';
  return status;
}

function queryOf(filters: TaskFilters, cursor: string | undefined) {
  return {
    ...compact({
      status: statusParam(filters.status),
      overdue: filters.overdue ? ('true' as const) : undefined,
      q: filters.q?.trim(),
      assigneeUserId: filters.assigneeUserId,
      cursor,
    }),
    sort: 'due',
    limit: PAGE_SIZE,
  };
}

export function useMyTasks(filters: TaskFilters) {
  return useInfiniteList({
    queryKey: [...tasksQueryKey, 'mine', filters] as const,
    fetchPage: (cursor) =>
      unwrap(api.GET('/api/v1/me/tasks', { params: { query: queryOf(filters, cursor) } })),
  });
}

export function useOrgTasks(orgId: string, filters: TaskFilters) {
  return useInfiniteList({
    queryKey: [...tasksQueryKey, 'org', orgId, filters] as const,
    fetchPage: (cursor) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/tasks', {
          params: { path: { orgId }, query: queryOf(filters, cursor) },
        }),
      ),
  });
}

export function useCreateTask(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTaskBody) =>
      unwrap(api.POST('/api/v1/orgs/{orgId}/tasks', { params: { path: { orgId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tasksQueryKey }),
  });
}

/** Changes a task in its own organisation (my tasks span several). */
export function useUpdateTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ task, body }: { task: Task; body: Omit<UpdateTaskBody, 'version'> }) =>
      unwrap(
        api.PATCH('/api/v1/orgs/{orgId}/tasks/{taskId}', {
          params: { path: { orgId: task.orgId, taskId: task.id } },
          body: { ...body, version: task.version },
        }),
      ),
    onSettled: (_data, error) => {
      // Also after a version conflict: show the task as it is now.
      if (!error || isApiError(error)) void queryClient.invalidateQueries({ queryKey: tasksQueryKey });
    },
  });
}
