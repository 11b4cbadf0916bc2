import { z } from 'zod';
import { errorResponses, orgParams, uuidParam } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { disableTotpBody } from './auth.schemas.ts';
import * as service from './mfa.service.ts';

const onboarding = { allowDuringOnboarding: true, sessionOnly: true };

export function registerMfaRoutes(app: ZodApp): void {
  app.get(
    '/me/mfa',
    {
      config: onboarding,
      schema: {
        tags: ['mfa'],
        summary: 'Two-factor status of the signed-in user',
        response: {
          200: z.object({
            totpEnabled: z.boolean(),
            required: z.boolean(),
            recoveryCodesLeft: z.number().int(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => service.mfaStatus(request.ctx, actorOf(request)),
  );

  app.post(
    '/me/mfa/totp/setup',
    {
      config: onboarding,
      schema: {
        tags: ['mfa'],
        summary: 'Start TOTP enrolment: a secret and a QR code for the authenticator app',
        response: {
          200: z.object({ secret: z.string(), otpauthUri: z.string(), qrSvg: z.string() }),
          ...errorResponses,
        },
      },
    },
    async (request) => service.startTotpSetup(request.ctx, actorOf(request)),
  );

  app.post(
    '/me/mfa/totp/confirm',
    {
      config: onboarding,
      schema: {
        tags: ['mfa'],
        summary: 'Confirm enrolment with the first code; returns ten single-use recovery codes, once',
        body: z.object({ code: z.string().trim().min(6).max(12) }),
        response: { 200: z.object({ recoveryCodes: z.array(z.string()) }), ...errorResponses },
      },
    },
    async (request) => service.confirmTotpSetup(request.ctx, actorOf(request), request.body.code),
  );

  app.post(
    '/me/mfa/totp/disable',
    {
      config: { sessionOnly: true },
      schema: {
        tags: ['mfa'],
        summary: 'Turn TOTP off (password and a current code or recovery code)',
        body: disableTotpBody,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await service.disableTotp(request.ctx, actorOf(request), request.body);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/orgs/:orgId/members/:memberId/mfa-reset',
    {
      schema: {
        tags: ['mfa'],
        summary: 'Reset a member’s two-factor (lost phone); they enrol again at next sign-in',
        params: orgParams.extend({ memberId: uuidParam }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await service.resetMemberTotp(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.params.memberId,
      );
      return reply.status(204).send(null);
    },
  );
}
