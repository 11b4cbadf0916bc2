import { z } from 'zod';
import { errorResponses, orgParams } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import { listOf, listQuery, parseSort } from '../../platform/pagination.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import {
  addMemberBody,
  addMemberResponse,
  memberParams,
  memberSchema,
  memberSortFields,
  updateMemberBody,
} from './members.schemas.ts';
import * as service from './members.service.ts';

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
      const { field, direction } = parseSort(request.query.sort, memberSortFields, 'name');
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
        body: addMemberBody,
        response: { 201: addMemberResponse, ...errorResponses },
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
        body: updateMemberBody,
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
