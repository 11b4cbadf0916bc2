import { errorResponses, orgParams } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { controlScopeSchema, scopeUpdateBody } from './scope.schemas.ts';
import * as service from './scope.service.ts';

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
        body: scopeUpdateBody,
        response: { 200: controlScopeSchema, ...errorResponses },
      },
    },
    async (request) => service.updateScope(request.ctx, actorOf(request), request.params.orgId, request.body),
  );
}
