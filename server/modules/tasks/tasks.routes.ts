import { z } from 'zod';
import { errorResponses, orgParams } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import { listOf, parseSort } from '../../platform/pagination.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { taskSchema } from './tasks.presenter.ts';
import {
  type TaskFilters,
  type TaskListQuery,
  taskCreateBody,
  taskFilters,
  taskParams,
  taskUpdateBody,
} from './tasks.schemas.ts';
import * as service from './tasks.service.ts';

type FilterQuery = TaskFilters;

function listArgs(query: FilterQuery): TaskListQuery {
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
        body: taskCreateBody,
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
        body: taskUpdateBody,
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
