import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { errorResponses, errorSchema } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { feedCreatedSchema, feedFileParams, feedStatusSchema } from './calendar.schemas.ts';
import * as service from './calendar.service.ts';

/** The address calendar apps should use: the configured public URL, else the one the request came to. */
const baseUrlOf = (request: FastifyRequest) =>
  request.ctx.config.publicUrl ?? `${request.protocol}://${request.host}`;

/** Managing the secret URL needs a browser session, like personal API tokens. */
const sessionOnly = { sessionOnly: true };

export function registerCalendarRoutes(app: ZodApp): void {
  app.get(
    '/me/ical',
    {
      config: sessionOnly,
      schema: {
        tags: ['calendar'],
        summary: 'Whether I have a calendar feed (the URL itself is shown only when created)',
        response: { 200: feedStatusSchema, ...errorResponses },
      },
    },
    async (request) => service.feedStatus(request.ctx, actorOf(request)),
  );

  app.post(
    '/me/ical',
    {
      config: sessionOnly,
      schema: {
        tags: ['calendar'],
        summary:
          'Create my secret calendar URL (iCal) with my tasks and the årshjul; replaces an earlier one',
        response: { 201: feedCreatedSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createFeed(request.ctx, actorOf(request), baseUrlOf(request))),
  );

  app.delete(
    '/me/ical',
    {
      config: sessionOnly,
      schema: {
        tags: ['calendar'],
        summary: 'Revoke my calendar URL; it answers 404 from now on',
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await service.revokeFeed(request.ctx, actorOf(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/public/ical/:file',
    {
      config: { public: true },
      schema: {
        tags: ['calendar'],
        summary: 'A calendar feed by its secret URL (no sign-in; text/calendar)',
        security: [],
        params: feedFileParams,
        produces: ['text/calendar'],
        response: { 200: z.string(), 400: errorSchema, 404: errorSchema },
      },
    },
    async (request, reply) => {
      const secret = request.params.file.slice(0, -'.ics'.length);
      const body = await service.renderFeedForSecret(request.ctx, secret, baseUrlOf(request));
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', 'inline; filename="skjold.ics"')
        .header('cache-control', 'private, max-age=300')
        .header('referrer-policy', 'no-referrer')
        .send(body);
    },
  );
}
