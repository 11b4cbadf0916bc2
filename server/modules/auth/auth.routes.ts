import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { errorResponses } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import { SESSION_COOKIE } from '../../platform/sessions.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { meSchema } from './auth.presenter.ts';
import { changePasswordBody, loginBody, updateMeBody } from './auth.schemas.ts';
import * as service from './auth.service.ts';

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: string) {
  const publicUrl = request.ctx.config.publicUrl;
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https' || Boolean(publicUrl?.startsWith('https:')),
    expires: new Date(expiresAt),
  });
}

export function registerAuthRoutes(app: ZodApp): void {
  app.post(
    '/auth/login',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail and password; sets the session cookie',
        security: [],
        body: loginBody,
        response: { 200: meSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { token, me, expiresAt } = await service.login(request.ctx, request.body, request.ip);
      setSessionCookie(request, reply, token, expiresAt);
      return me;
    },
  );

  for (const [path, everywhere] of [
    ['/auth/logout', false],
    ['/auth/logout-all', true],
  ] as const) {
    app.post(
      path,
      {
        config: { allowDuringOnboarding: true },
        schema: {
          tags: ['auth'],
          summary: everywhere ? 'End every session of the user' : 'End this session',
          response: { 204: z.null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        await service.logout(request.ctx, actorOf(request), everywhere);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send(null);
      },
    );
  }

  app.get(
    '/me',
    {
      config: { allowDuringOnboarding: true },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user and their memberships',
        response: { 200: meSchema, ...errorResponses },
      },
    },
    async (request) => service.me(request.ctx, actorOf(request)),
  );

  app.patch(
    '/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change own name or language',
        body: updateMeBody,
        response: { 200: meSchema, ...errorResponses },
      },
    },
    async (request) => service.updateProfile(request.ctx, actorOf(request), request.body),
  );

  app.post(
    '/me/password',
    {
      config: { allowDuringOnboarding: true },
      schema: {
        tags: ['auth'],
        summary: 'Change own password; ends the other sessions',
        body: changePasswordBody,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await service.changePassword(request.ctx, actorOf(request), request.body);
      return reply.status(204).send(null);
    },
  );
}
