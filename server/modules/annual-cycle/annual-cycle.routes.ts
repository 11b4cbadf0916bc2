import { z } from 'zod';
import { errorResponses, orgParams, uuidParam, versionField } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import { todayLocal } from '../../platform/clock.ts';
import { listOf, listQuery, parseSort } from '../../platform/pagination.ts';
import { roles } from '../../platform/roles.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { activitySchema, cycleSchema, frequencies } from './annual-cycle.presenter.ts';
import * as service from './annual-cycle.service.ts';

const activityParams = orgParams.extend({ activityId: uuidParam });

const activityFields = {
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().max(2000).nullable().optional(),
  frequency: z.enum(frequencies),
  months: z
    .array(z.number().int().min(1).max(12))
    .max(12)
    .optional()
    .describe(
      'yearly: one month; quarterly/half-yearly: the first month or all, evenly spaced; monthly: ignored',
    ),
  dayOfMonth: z
    .number()
    .int()
    .min(1)
    .max(31)
    .nullable()
    .optional()
    .describe('Default: the last day of the month'),
  responsibleRole: z.enum(roles),
  active: z.boolean().optional(),
};

export function registerAnnualCycleRoutes(app: ZodApp): void {
  app.get(
    '/orgs/:orgId/annual-activities',
    {
      schema: {
        tags: ['annual cycle'],
        summary:
          'The activities of the årshjul as a list (pre-filled with the defaults on first use; sort: title)',
        params: orgParams,
        querystring: listQuery.extend({
          frequency: z.enum(frequencies).optional(),
          responsibleRole: z.enum(roles).optional(),
          active: z.enum(['true', 'false']).optional(),
          month: z.coerce.number().int().min(1).max(12).optional().describe('Activities due in this month'),
        }),
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
        body: z.object(activityFields),
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
        body: z.object({
          version: versionField,
          title: activityFields.title.optional(),
          description: activityFields.description,
          frequency: activityFields.frequency.optional(),
          months: activityFields.months,
          dayOfMonth: activityFields.dayOfMonth,
          responsibleRole: activityFields.responsibleRole.optional(),
          active: activityFields.active,
        }),
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
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
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
