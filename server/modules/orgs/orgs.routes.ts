import { errorResponses, orgParams } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import { listOf, listQuery, parseSort } from '../../platform/pagination.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { createOrgBody, orgSchema, updateOrgBody } from './orgs.schemas.ts';
import * as service from './orgs.service.ts';

export function registerOrgRoutes(app: ZodApp): void {
  app.get(
    '/orgs',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Organisations the user can see (the tree of the switcher)',
        querystring: listQuery,
        response: { 200: listOf(orgSchema), ...errorResponses },
      },
    },
    async (request) => {
      const { direction } = parseSort(request.query.sort, ['name'], 'name');
      return service.listOrgs(request.ctx, actorOf(request), { ...request.query, direction });
    },
  );

  app.post(
    '/orgs',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Create an organisation under a parent',
        body: createOrgBody,
        response: { 201: orgSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const org = await service.createOrg(request.ctx, actorOf(request), request.body);
      return reply.status(201).send(org);
    },
  );

  app.get(
    '/orgs/:orgId',
    {
      schema: {
        tags: ['organisations'],
        summary: 'One organisation',
        params: orgParams,
        response: { 200: orgSchema, ...errorResponses },
      },
    },
    async (request) => service.getOrg(request.ctx, actorOf(request), request.params.orgId),
  );

  app.patch(
    '/orgs/:orgId',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Rename, change CVR or move under another parent',
        params: orgParams,
        body: updateOrgBody,
        response: { 200: orgSchema, ...errorResponses },
      },
    },
    async (request) => service.updateOrg(request.ctx, actorOf(request), request.params.orgId, request.body),
  );
}
