import { z } from 'zod';
import { errorResponses, uuidParam } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import { listOf, listQuery, parseSort } from '../../platform/pagination.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { taskSchema } from '../tasks/index.ts';
import * as actions from './actions.service.ts';
import { linkBody, noteBody, notificationBody, notificationPatchBody } from './incident-records.schemas.ts';
import { incidentLinkSchema } from './incidents.presenter.ts';
import { actionBody, incidentParams } from './incidents.schemas.ts';
import * as links from './links.service.ts';
import * as notifications from './notifications.service.ts';
import * as timeline from './timeline.service.ts';
import { timelineEntrySchema } from './timeline-entries.service.ts';

export function registerIncidentRecordRoutes(app: ZodApp): void {
  app.get(
    '/orgs/:orgId/incidents/:incidentId/timeline',
    {
      schema: {
        tags: ['incidents'],
        summary: 'Timeline: notes, status changes and who did what (sort: at, -at; oldest first)',
        params: incidentParams,
        querystring: listQuery.pick({ limit: true, cursor: true, sort: true }),
        response: { 200: listOf(timelineEntrySchema), ...errorResponses },
      },
    },
    async (request) => {
      const { direction } = parseSort(request.query.sort, ['at'], 'at');
      return timeline.listTimeline(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.params.incidentId,
        {
          ...request.query,
          direction,
        },
      );
    },
  );

  app.post(
    '/orgs/:orgId/incidents/:incidentId/timeline',
    {
      schema: {
        tags: ['incidents'],
        summary: 'Add a note to the timeline (security officer or DPO)',
        params: incidentParams,
        body: noteBody,
        response: { 201: timelineEntrySchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await timeline.addNote(
            request.ctx,
            actorOf(request),
            request.params.orgId,
            request.params.incidentId,
            request.body,
          ),
        ),
  );

  app.get(
    '/orgs/:orgId/incidents/:incidentId/notifications',
    {
      schema: {
        tags: ['incidents'],
        summary: 'Notifications register of the incident, in the order they were sent',
        params: incidentParams,
        response: { 200: z.object({ items: z.array(notifications.notificationSchema) }), ...errorResponses },
      },
    },
    async (request) =>
      notifications.listNotifications(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.params.incidentId,
      ),
  );

  app.post(
    '/orgs/:orgId/incidents/:incidentId/notifications',
    {
      schema: {
        tags: ['incidents'],
        summary: 'Record a notification that was sent (Datatilsynet and data subjects: officer or DPO)',
        description:
          'One sent after the clock it answers ran out needs delayReason (400 incident_notification_delay_reason_required).',
        params: incidentParams,
        body: notificationBody,
        response: { 201: notifications.notificationSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await notifications.recordNotification(
            request.ctx,
            actorOf(request),
            request.params.orgId,
            request.params.incidentId,
            request.body,
          ),
        ),
  );

  app.patch(
    '/orgs/:orgId/incidents/:incidentId/notifications/:notificationId',
    {
      schema: {
        tags: ['incidents'],
        summary: 'Add the recipient’s reference or correct the summary or delay reason',
        params: incidentParams.extend({ notificationId: uuidParam }),
        body: notificationPatchBody,
        response: { 200: notifications.notificationSchema, ...errorResponses },
      },
    },
    async (request) =>
      notifications.updateNotification(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.params.incidentId,
        request.params.notificationId,
        request.body,
      ),
  );

  app.get(
    '/orgs/:orgId/incidents/:incidentId/actions',
    {
      schema: {
        tags: ['incidents'],
        summary: 'Corrective actions of the incident (tasks; change them through the tasks API)',
        params: incidentParams,
        response: { 200: z.object({ items: z.array(taskSchema) }), ...errorResponses },
      },
    },
    async (request) =>
      actions.listActions(request.ctx, actorOf(request), request.params.orgId, request.params.incidentId),
  );

  app.post(
    '/orgs/:orgId/incidents/:incidentId/actions',
    {
      schema: {
        tags: ['incidents'],
        summary: 'Add a corrective action with an owner and a due date',
        params: incidentParams,
        body: actionBody,
        response: { 201: taskSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await actions.createAction(
            request.ctx,
            actorOf(request),
            request.params.orgId,
            request.params.incidentId,
            request.body,
          ),
        ),
  );

  app.post(
    '/orgs/:orgId/incidents/:incidentId/links',
    {
      schema: {
        tags: ['incidents'],
        summary: 'Link a risk, an affected asset or a supplier (by register id when the register has it)',
        params: incidentParams,
        body: linkBody,
        response: { 201: incidentLinkSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await links.addLink(
            request.ctx,
            actorOf(request),
            request.params.orgId,
            request.params.incidentId,
            request.body,
          ),
        ),
  );

  app.delete(
    '/orgs/:orgId/incidents/:incidentId/links/:linkId',
    {
      schema: {
        tags: ['incidents'],
        summary: 'Remove a link',
        params: incidentParams.extend({ linkId: uuidParam }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await links.removeLink(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.params.incidentId,
        request.params.linkId,
      );
      return reply.status(204).send(null);
    },
  );
}
