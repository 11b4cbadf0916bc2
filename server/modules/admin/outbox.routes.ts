import { z } from 'zod';
import { errorResponses } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import { outboxMailSchema, outboxTemplateFilter } from '../../platform/mail/outbox.presenter.ts';
import * as service from '../../platform/mail/outbox.service.ts';
import { listOf, listQuery } from '../../platform/pagination.ts';
import type { ZodApp } from '../../platform/zod-app.ts';

export function registerOutboxRoutes(app: ZodApp): void {
  app.get(
    '/admin/outbox',
    {
      schema: {
        tags: ['admin'],
        summary: 'Mails Skjold has sent or, without SMTP_URL, stored; newest first; instance admins',
        querystring: listQuery.pick({ limit: true, cursor: true }).extend({
          status: z.enum(['stored', 'sent']).optional(),
          template: outboxTemplateFilter.optional(),
        }),
        response: { 200: listOf(outboxMailSchema), ...errorResponses },
      },
    },
    async (request) => service.listOutbox(request.ctx, actorOf(request), request.query),
  );

  app.post(
    '/admin/outbox/test-mail',
    {
      schema: {
        tags: ['admin'],
        summary: 'Queue a test mail to your own address, to check the mail setup',
        response: { 202: z.object({ jobId: z.string() }), ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(202).send(await service.sendTestMail(request.ctx, actorOf(request))),
  );
}
