import { z } from 'zod';
import { errorResponses, orgParams, uuidParam, versionField } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import { listOf, listQuery, parseSort } from '../../platform/pagination.ts';
import { roles } from '../../platform/roles.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { taskPriorities, taskSchema, taskStatuses } from './tasks.presenter.ts';
import * as service from './tasks.service.ts';

const taskParams = orgParams.extend({ taskId: uuidParam });

const statusList = z
  .string()
  .max(60)
  .transform((value) => value.split(',').filter(Boolean))
  .pipe(z.array(z.enum(taskStatuses)));

const taskFilters = listQuery.extend({
  status: statusList.optional().describe('Comma-separated: open,in_progress,done,cancelled'),
  overdue: z.enum(['true', 'false']).optional(),
  assigneeUserId: z.uuid().optional(),
  source: z.string().max(50).optional(),
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
});

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

type FilterQuery = z.infer<typeof taskFilters>;

function listArgs(query: FilterQuery) {
  const { direction } = parseSort(query.sort, ['due'], 'due');
  return { ...query, direction, overdue: query.overdue === 'true' };
}

export function registerTaskRoutes(app: ZodApp): void {
  app.get(
    '/me/tasks',
    {
      schema: {
        tags: ['tasks'],
        summary: 'My tasks: assigned to me or to a role I hold, across my organisations (sort: due, -due)',
        querystring: taskFilters,
        response: { 200: listOf(taskSchema), ...errorResponses },
      },
    },
    async (request) => service.listMyTasks(request.ctx, actorOf(request), listArgs(request.query)),
  );

  app.get(
    '/orgs/:orgId/tasks',
    {
      schema: {
        tags: ['tasks'],
        summary: 'The organisation’s tasks with filters (sort: due, -due)',
        params: orgParams,
        querystring: taskFilters,
        response: { 200: listOf(taskSchema), ...errorResponses },
      },
    },
    async (request) =>
      service.listOrgTasks(request.ctx, actorOf(request), request.params.orgId, listArgs(request.query)),
  );

  app.post(
    '/orgs/:orgId/tasks',
    {
      schema: {
        tags: ['tasks'],
        summary: 'Create a task',
        params: orgParams,
        body: z.object(taskFields),
        response: { 201: taskSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.createTask(request.ctx, actorOf(request), request.params.orgId, request.body)),
  );

  app.get(
    '/orgs/:orgId/tasks/:taskId',
    {
      schema: {
        tags: ['tasks'],
        summary: 'One task',
        params: taskParams,
        response: { 200: taskSchema, ...errorResponses },
      },
    },
    async (request) =>
      service.getTask(request.ctx, actorOf(request), request.params.orgId, request.params.taskId),
  );

  app.patch(
    '/orgs/:orgId/tasks/:taskId',
    {
      schema: {
        tags: ['tasks'],
        summary: 'Change a task; the assignee may change its status',
        params: taskParams,
        body: z.object({
          version: versionField,
          status: z.enum(taskStatuses).optional(),
          ...Object.fromEntries(Object.entries(taskFields).map(([key, schema]) => [key, schema.optional()])),
        } as {
          version: typeof versionField;
          status: z.ZodOptional<z.ZodEnum<{ [K in (typeof taskStatuses)[number]]: K }>>;
        } & {
          [K in keyof typeof taskFields]: z.ZodOptional<(typeof taskFields)[K]>;
        }),
        response: { 200: taskSchema, ...errorResponses },
      },
    },
    async (request) =>
      service.updateTask(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.params.taskId,
        request.body,
      ),
  );

  app.delete(
    '/orgs/:orgId/tasks/:taskId',
    {
      schema: {
        tags: ['tasks'],
        summary: 'Delete a task',
        params: taskParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await service.deleteTask(request.ctx, actorOf(request), request.params.orgId, request.params.taskId);
      return reply.status(204).send(null);
    },
  );
}
