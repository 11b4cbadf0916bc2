import { z } from 'zod';
import { errorResponses } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { createTokenBody, createTokenResponse, tokenListResponse, tokenParams } from './tokens.schemas.ts';
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
        response: { 200: tokenListResponse, ...errorResponses },
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
        body: createTokenBody,
        response: { 201: createTokenResponse, ...errorResponses },
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
        params: tokenParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await service.revokeToken(request.ctx, actorOf(request), request.params.tokenId);
      return reply.status(204).send(null);
    },
  );
}
