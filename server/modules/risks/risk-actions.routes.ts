import { z } from 'zod';
import { errorResponses } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import { listOf } from '../../platform/pagination.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import * as acceptance from './risk-acceptance.service.ts';
import {
  acceptanceCreateSchema,
  acceptanceRevokeSchema,
  actionCreateSchema,
  actionParams,
  actionUpdateSchema,
} from './risk-actions.schemas.ts';
import * as actions from './risk-actions.service.ts';
import { acceptanceSchema, actionSchema, riskSchema } from './risks.presenter.ts';
import { riskParams } from './risks.schemas.ts';

/** Treatment actions and risk acceptance: the two ways a risk's treatment is carried out. */
export function registerRiskActionRoutes(app: ZodApp): void {
  app.get(
    '/orgs/:orgId/risks/:riskId/actions',
    {
      schema: {
        tags: ['risks'],
        summary: 'Treatment actions of a risk (owner, due date and status from their tasks)',
        params: riskParams,
        response: { 200: listOf(actionSchema), ...errorResponses },
      },
    },
    async (request) =>
      actions.listActions(request.ctx, actorOf(request), request.params.orgId, request.params.riskId),
  );

  app.post(
    '/orgs/:orgId/risks/:riskId/actions',
    {
      schema: {
        tags: ['risks'],
        summary: 'Add a treatment action; it becomes a task in its owner’s "my tasks"',
        params: riskParams,
        body: actionCreateSchema,
        response: { 201: actionSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await actions.createAction(
            request.ctx,
            actorOf(request),
            request.params.orgId,
            request.params.riskId,
            request.body,
          ),
        ),
  );

  app.patch(
    '/orgs/:orgId/risks/:riskId/actions/:actionId',
    {
      schema: {
        tags: ['risks'],
        summary: 'Change a treatment action (and its task)',
        params: actionParams,
        body: actionUpdateSchema,
        response: { 200: actionSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, riskId, actionId } = request.params;
      return actions.updateAction(request.ctx, actorOf(request), orgId, riskId, actionId, request.body);
    },
  );

  app.delete(
    '/orgs/:orgId/risks/:riskId/actions/:actionId',
    {
      schema: {
        tags: ['risks'],
        summary: 'Remove a treatment action (its task is cancelled)',
        params: actionParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { orgId, riskId, actionId } = request.params;
      await actions.deleteAction(request.ctx, actorOf(request), orgId, riskId, actionId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/orgs/:orgId/risks/:riskId/acceptances',
    {
      schema: {
        tags: ['risks'],
        summary: 'Every acceptance of the risk, newest first',
        params: riskParams,
        response: { 200: listOf(acceptanceSchema), ...errorResponses },
      },
    },
    async (request) =>
      acceptance.listAcceptances(request.ctx, actorOf(request), request.params.orgId, request.params.riskId),
  );

  app.post(
    '/orgs/:orgId/risks/:riskId/acceptance',
    {
      schema: {
        tags: ['risks'],
        summary:
          'Accept the risk at its current score (management above the tolerance; never the risk owner)',
        params: riskParams,
        body: acceptanceCreateSchema,
        response: { 200: riskSchema, ...errorResponses },
      },
    },
    async (request) =>
      acceptance.acceptRisk(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.params.riskId,
        request.body,
      ),
  );

  app.post(
    '/orgs/:orgId/risks/:riskId/acceptance/revoke',
    {
      schema: {
        tags: ['risks'],
        summary: 'End the acceptance in force before it expires; the risk is open again',
        params: riskParams,
        body: acceptanceRevokeSchema,
        response: { 200: riskSchema, ...errorResponses },
      },
    },
    async (request) =>
      acceptance.revokeAcceptance(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.params.riskId,
        request.body,
      ),
  );
}
