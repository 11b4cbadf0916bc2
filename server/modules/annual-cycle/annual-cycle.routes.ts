import { z } from 'zod';
import { errorResponses, orgParams } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import { todayLocal } from '../../platform/clock.ts';
import { listOf, parseSort } from '../../platform/pagination.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { activitySchema, cycleSchema } from './annual-cycle.presenter.ts';
import {
  activityCreateBody,
  activityFilters,
  activityParams,
  activityUpdateBody,
  cycleQuery,
} from './annual-cycle.schemas.ts';
import * as service from './annual-cycle.service.ts';

export function registerAnnualCycleRoutes(app: ZodApp): void {
  app.get(
    '/orgs/:orgId/annual-activities',
    {
      schema: {
        tags: ['annual cycle'],
        summary:
          'The activities of the årshjul as a list (pre-filled with the defaults on first use; sort: title)',
        params: orgParams,
        querystring: activityFilters,
        response: { 200: listOf(activitySchema), ...errorResponses },
      },
    },
    async (request) => {
      const { direction } = parseSort(request.query.sort, ['title'], 'title');
      return service.listActivities(request.ctx, actorOf(request), request.params.orgId, {
        ...request.query,
        direction,
        active: request.query.active === undefined ? undefined : request.query.active === 'true',
      });
    },
  );

  app.post(
    '/orgs/:orgId/annual-activities',
    {
      schema: {
        tags: ['annual cycle'],
        summary: 'Add a recurring activity; its tasks for the next 60 days are created at once',
        params: orgParams,
        body: activityCreateBody,
        response: { 201: activitySchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.createActivity(request.ctx, actorOf(request), request.params.orgId, request.body),
        ),
  );

  app.get(
    '/orgs/:orgId/annual-activities/:activityId',
    {
      schema: {
        tags: ['annual cycle'],
        summary: 'One activity of the årshjul',
        params: activityParams,
        response: { 200: activitySchema, ...errorResponses },
      },
    },
    async (request) =>
      service.getActivity(request.ctx, actorOf(request), request.params.orgId, request.params.activityId),
  );

  app.patch(
    '/orgs/:orgId/annual-activities/:activityId',
    {
      schema: {
        tags: ['annual cycle'],
        summary: 'Change an activity; its upcoming open tasks follow',
        params: activityParams,
        body: activityUpdateBody,
        response: { 200: activitySchema, ...errorResponses },
      },
    },
    async (request) =>
      service.updateActivity(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.params.activityId,
        request.body,
      ),
  );

  app.delete(
    '/orgs/:orgId/annual-activities/:activityId',
    {
      schema: {
        tags: ['annual cycle'],
        summary: 'Remove an activity; its upcoming open tasks are cancelled',
        params: activityParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await service.deleteActivity(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.params.activityId,
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/orgs/:orgId/annual-cycle',
    {
      schema: {
        tags: ['annual cycle'],
        summary:
          'The årshjul of a year: twelve months of occurrences with their tasks (wheel and month view)',
        params: orgParams,
        querystring: cycleQuery,
        response: { 200: cycleSchema, ...errorResponses },
      },
    },
    async (request) =>
      service.getCycle(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.query.year ?? Number(todayLocal().slice(0, 4)),
      ),
  );
}
