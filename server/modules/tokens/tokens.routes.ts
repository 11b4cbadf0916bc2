import { z } from 'zod';
import { errorResponses, uuidParam } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { apiTokenSchema } from './tokens.presenter.ts';
import * as service from './tokens.service.ts';

/** Tokens are managed from a browser session only: a token cannot mint or list tokens. */
const sessionOnly = { sessionOnly: true };

export function registerTokenRoutes(app: ZodApp): void {
  app.get(
    '/me/tokens',
    {
      config: sessionOnly,
      schema: {
        tags: ['tokens'],
        summary: 'My personal API tokens (never the token text)',
        response: { 200: z.object({ items: z.array(apiTokenSchema) }), ...errorResponses },
      },
    },
    async (request) => service.listTokens(request.ctx, actorOf(request)),
  );

  app.post(
    '/me/tokens',
    {
      config: sessionOnly,
      schema: {
        tags: ['tokens'],
        summary: 'Create a personal API token; the token is shown in this response only',
        body: z.object({
          name: z.string().trim().min(1).max(100),
          expiresOn: z.iso.date().optional().describe('Last Danish calendar day the token works'),
        }),
        response: { 201: z.object({ token: z.string(), apiToken: apiTokenSchema }), ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createToken(request.ctx, actorOf(request), request.body)),
  );

  app.delete(
    '/me/tokens/:tokenId',
    {
      config: sessionOnly,
      schema: {
        tags: ['tokens'],
        summary: 'Revoke a token; it stops working at once',
        params: z.object({ tokenId: uuidParam }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await service.revokeToken(request.ctx, actorOf(request), request.params.tokenId);
      return reply.status(204).send(null);
    },
  );
}
