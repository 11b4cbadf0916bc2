import { z } from 'zod';
import { errorResponses, orgParams, uuidParam, versionField } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import { listOf, listQuery, parseSort } from '../../platform/pagination.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { evidenceKinds, evidenceSchema } from './evidence.presenter.ts';
import * as service from './evidence.service.ts';
import { requirementIdSchema } from './query-schemas.ts';

const evidenceParams = orgParams.extend({ evidenceId: uuidParam });

const webUrl = z.url({ protocol: /^https?$/ }).max(2000);

const evidenceFields = {
  title: z.string().trim().min(1).max(300),
  description: z.string().max(10_000).nullable().optional(),
  url: webUrl.nullable().optional(),
  validUntil: z.iso.date().nullable().optional().describe('Last day the evidence is valid; null: no expiry'),
  ownerUserId: z.uuid().nullable().optional().describe('Who renews it; gets the renewal task'),
  requirementIds: z.array(requirementIdSchema).min(1).max(150),
};

export function registerEvidenceRoutes(app: ZodApp): void {
  // Files (reports, certificates, screenshots) are linked to evidence through the files API.

  app.get(
    '/orgs/:orgId/evidence',
    {
      schema: {
        tags: ['controls'],
        summary: 'Evidence of the organisation (sort: title, -title, validUntil, -validUntil)',
        params: orgParams,
        querystring: listQuery.extend({
          requirementId: requirementIdSchema.optional(),
          validity: z
            .enum(['valid', 'expiring', 'expired'])
            .optional()
            .describe('expiring: valid but running out within 30 days'),
        }),
        response: { 200: listOf(evidenceSchema), ...errorResponses },
      },
    },
    async (request) => {
      const { field, direction } = parseSort(request.query.sort, ['title', 'validUntil'], 'title');
      return service.listEvidence(request.ctx, actorOf(request), request.params.orgId, {
        ...request.query,
        sort: field,
        direction,
      });
    },
  );

  app.post(
    '/orgs/:orgId/evidence',
    {
      schema: {
        tags: ['controls'],
        summary:
          'Record evidence for one or more requirements: a file (upload it with POST /files first and pass fileId), a link or a note',
        params: orgParams,
        body: z.object({ kind: z.enum(evidenceKinds), fileId: z.uuid().optional(), ...evidenceFields }),
        response: { 201: evidenceSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.createEvidence(request.ctx, actorOf(request), request.params.orgId, request.body),
        ),
  );

  app.get(
    '/orgs/:orgId/evidence/:evidenceId',
    {
      schema: {
        tags: ['controls'],
        summary: 'One piece of evidence with its files and validity',
        params: evidenceParams,
        response: { 200: evidenceSchema, ...errorResponses },
      },
    },
    async (request) =>
      service.getEvidence(request.ctx, actorOf(request), request.params.orgId, request.params.evidenceId),
  );

  app.patch(
    '/orgs/:orgId/evidence/:evidenceId',
    {
      schema: {
        tags: ['controls'],
        summary: 'Change evidence (the kind stays; add or remove files through the files API)',
        params: evidenceParams,
        body: z.object({
          version: versionField,
          title: evidenceFields.title.optional(),
          description: evidenceFields.description,
          url: evidenceFields.url,
          validUntil: evidenceFields.validUntil,
          ownerUserId: evidenceFields.ownerUserId,
          requirementIds: evidenceFields.requirementIds.optional(),
        }),
        response: { 200: evidenceSchema, ...errorResponses },
      },
    },
    async (request) =>
      service.updateEvidence(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.params.evidenceId,
        request.body,
      ),
  );

  app.delete(
    '/orgs/:orgId/evidence/:evidenceId',
    {
      schema: {
        tags: ['controls'],
        summary: 'Delete evidence; its files stay in the organisation’s files',
        params: evidenceParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await service.deleteEvidence(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.params.evidenceId,
      );
      return reply.status(204).send(null);
    },
  );
}
