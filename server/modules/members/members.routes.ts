import { z } from 'zod';
import { errorResponses, orgParams, uuidParam, versionField } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import { listOf, listQuery, parseSort } from '../../platform/pagination.ts';
import { roles } from '../../platform/roles.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { memberSchema } from './members.presenter.ts';
import * as service from './members.service.ts';

const memberParams = orgParams.extend({ memberId: uuidParam });

export function registerMemberRoutes(app: ZodApp): void {
  app.get(
    '/orgs/:orgId/members',
    {
      schema: {
        tags: ['members'],
        summary: 'Members of an organisation and their roles (sort: name, -name, email, -email)',
        params: orgParams,
        querystring: listQuery,
        response: { 200: listOf(memberSchema), ...errorResponses },
      },
    },
    async (request) => {
      const { field, direction } = parseSort(request.query.sort, ['name', 'email'], 'name');
      return service.listMembers(request.ctx, actorOf(request), request.params.orgId, {
        ...request.query,
        field,
        direction,
      });
    },
  );

  app.post(
    '/orgs/:orgId/members',
    {
      schema: {
        tags: ['members'],
        summary: 'Give a user a role here; an unknown e-mail creates the user with a one-time password',
        params: orgParams,
        body: z.object({
          email: z.email().max(254),
          name: z.string().trim().min(1).max(200),
          role: z.enum(roles),
          includeSubtree: z.boolean().optional(),
        }),
        response: {
          201: z.object({ member: memberSchema, oneTimePassword: z.string().nullable() }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const result = await service.addMember(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.body,
      );
      return reply.status(201).send(result);
    },
  );

  app.patch(
    '/orgs/:orgId/members/:memberId',
    {
      schema: {
        tags: ['members'],
        summary: 'Change a role or whether it covers the subtree',
        params: memberParams,
        body: z.object({
          version: versionField,
          role: z.enum(roles).optional(),
          includeSubtree: z.boolean().optional(),
        }),
        response: { 200: memberSchema, ...errorResponses },
      },
    },
    async (request) =>
      service.updateMember(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.params.memberId,
        request.body,
      ),
  );

  app.delete(
    '/orgs/:orgId/members/:memberId',
    {
      schema: {
        tags: ['members'],
        summary: 'Remove a role from a user',
        params: memberParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await service.removeMember(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.params.memberId,
      );
      return reply.status(204).send(null);
    },
  );
}
