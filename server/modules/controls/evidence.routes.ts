import { z } from 'zod';
import { errorResponses, orgParams } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import { listOf, parseSort } from '../../platform/pagination.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { evidenceSchema } from './evidence.presenter.ts';
import {
  evidenceCreateBody,
  evidenceFilters,
  evidenceParams,
  evidenceUpdateBody,
} from './evidence.schemas.ts';
import * as service from './evidence.service.ts';

export function registerEvidenceRoutes(app: ZodApp): void {
  // Files (reports, certificates, screenshots) are linked to evidence through the files API.

  app.get(
    '/orgs/:orgId/evidence',
    {
      schema: {
        tags: ['controls'],
        summary: 'Evidence of the organisation (sort: title, -title, validUntil, -validUntil)',
        params: orgParams,
        querystring: evidenceFilters,
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
        body: evidenceCreateBody,
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
        body: evidenceUpdateBody,
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
