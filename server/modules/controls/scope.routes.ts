import { z } from 'zod';
import { errorResponses, isoInstant, orgParams } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { frameworkIdSchema } from './catalogue.presenter.ts';
import * as service from './scope.service.ts';

const profiles = ['standard', 'clinic'] as const;

export const controlScopeSchema = z
  .object({
    orgId: z.string(),
    profile: z.enum(profiles).describe('clinic: the light ISMS of the nine recommendations'),
    source: z.enum(['default', 'own']).describe('default: derived from the organisation’s place in the tree'),
    frameworks: z.array(frameworkIdSchema),
    version: z.number().int().describe('0 while the organisation keeps the default'),
    updatedAt: isoInstant.nullable(),
  })
  .meta({ id: 'ControlScope' });

export function registerScopeRoutes(app: ZodApp): void {
  app.get(
    '/orgs/:orgId/control-scope',
    {
      schema: {
        tags: ['controls'],
        summary: 'The organisation’s profile (standard or clinic) and the frameworks in scope',
        params: orgParams,
        response: { 200: controlScopeSchema, ...errorResponses },
      },
    },
    async (request) => service.getScope(request.ctx, actorOf(request), request.params.orgId),
  );

  app.patch(
    '/orgs/:orgId/control-scope',
    {
      schema: {
        tags: ['controls'],
        summary:
          'Choose the profile and the frameworks in scope (a clinic can add Annex A); a new profile without frameworks takes its defaults',
        params: orgParams,
        body: z.object({
          version: z.number().int().min(0).describe('The version read; 0 while on the default'),
          profile: z.enum(profiles).optional(),
          frameworks: z
            .array(frameworkIdSchema)
            .max(10)
            .refine((list) => new Set(list).size === list.length, 'controls_framework_duplicate')
            .optional(),
        }),
        response: { 200: controlScopeSchema, ...errorResponses },
      },
    },
    async (request) => service.updateScope(request.ctx, actorOf(request), request.params.orgId, request.body),
  );
}
