import { sql } from 'kysely';
import { z } from 'zod';
import type { DatabaseHandle } from '../db/database.ts';
import { errorSchema } from './api-schemas.ts';
import { errorBody } from './http-errors.ts';
import { localeFromHeader } from './i18n.ts';
import type { ZodApp } from './zod-app.ts';

export function registerSystemRoutes(app: ZodApp, database: DatabaseHandle): void {
  app.get(
    '/health',
    {
      config: { public: true },
      schema: {
        tags: ['system'],
        summary: 'Process is up',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/ready',
    {
      config: { public: true },
      schema: {
        tags: ['system'],
        summary: 'Database is reachable',
        response: {
          200: z.object({ status: z.literal('ready'), database: z.enum(['sqlite', 'postgres']) }),
          503: errorSchema,
        },
      },
    },
    async (request, reply) => {
      try {
        await sql`select 1`.execute(database.db);
        return { status: 'ready' as const, database: database.dialect };
      } catch {
        const locale = localeFromHeader(request.headers['accept-language']);
        return reply.status(503).send(errorBody(locale, 'service_unavailable'));
      }
    },
  );
}
