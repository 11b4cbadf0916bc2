import { z } from 'zod';
import { errorResponses, orgParams, versionField } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import { listOf, listQuery, parseSort } from '../../platform/pagination.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { orgKinds, orgSchema, presentOrg } from './orgs.presenter.ts';
import * as service from './orgs.service.ts';

const name = z.string().trim().min(1).max(200);
const cvr = z
  .string()
  .regex(/^\d{8}$/, 'cvr_invalid')
  .nullable();

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
        body: z.object({
          parentId: z.uuid(),
          kind: z.enum(orgKinds).exclude(['sector']),
          name,
          cvr: cvr.optional(),
        }),
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
    async (request) =>
      presentOrg(await service.loadOrg(request.ctx.db, actorOf(request), request.params.orgId)),
  );

  app.patch(
    '/orgs/:orgId',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Rename, change CVR or move under another parent',
        params: orgParams,
        body: z.object({
          version: versionField,
          name: name.optional(),
          cvr: cvr.optional(),
          parentId: z.uuid().optional(),
          requireMfa: z.boolean().optional(),
        }),
        response: { 200: orgSchema, ...errorResponses },
      },
    },
    async (request) => service.updateOrg(request.ctx, actorOf(request), request.params.orgId, request.body),
  );
}
