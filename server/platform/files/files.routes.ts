import fastifyMultipart from '@fastify/multipart';
import { z } from 'zod';
import { errorResponses, orgParams, uuidParam } from '../api-schemas.ts';
import { actorOf } from '../authenticate.ts';
import { listOf, listQuery } from '../pagination.ts';
import type { ZodApp } from '../zod-app.ts';
import { contentDisposition } from './file-types.ts';
import { storedFileSchema } from './files.presenter.ts';
import * as service from './files.service.ts';
import { entityIdPattern, entityTypePattern } from './link-targets.ts';
import { stagingDirectory } from './storage.ts';
import { receiveUpload } from './upload.ts';

const fileParams = orgParams.extend({ fileId: uuidParam });
const entityType = z.string().regex(entityTypePattern);
const entityId = z.string().regex(entityIdPattern);
const linkBody = z.object({ entityType, entityId });
const linkParams = fileParams.extend({ entityType, entityId });
const fileErrors = { ...errorResponses, 413: errorResponses[400], 415: errorResponses[400] };

/**
 * Downloads are never rendered by the browser: always an attachment, the detected type,
 * no sniffing, and a sandbox CSP in case a browser opens it anyway.
 */
const downloadHeaders = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; sandbox",
  'cache-control': 'private, no-store',
  'cross-origin-resource-policy': 'same-origin',
};

export function registerFileRoutes(app: ZodApp): void {
  // Encapsulated: only these routes accept multipart bodies.
  app.register(async (scope: ZodApp) => {
    await scope.register(fastifyMultipart, { throwFileSizeLimit: true });

    scope.post(
      '/orgs/:orgId/files',
      {
        schema: {
          tags: ['files'],
          summary:
            'Upload a file (multipart/form-data: `file`, optional `entityType` + `entityId` to link it to a record)',
          description:
            'The content type is detected from the bytes and must be on the allow list (PDF, PNG, JPEG, GIF, DOCX, XLSX, PPTX, ODT, ODS, UTF-8 text and CSV) and match the file name extension.',
          consumes: ['multipart/form-data'],
          params: orgParams,
          response: { 201: storedFileSchema, ...fileErrors },
        },
      },
      async (request, reply) => {
        const { ctx } = request;
        const file = await service.uploadFile(ctx, actorOf(request), request.params.orgId, () =>
          receiveUpload(request, {
            limitBytes: ctx.config.fileLimitBytes,
            stagingDir: stagingDirectory(ctx.config),
          }),
        );
        return reply.status(201).send(file);
      },
    );
  });

  app.get(
    '/orgs/:orgId/files',
    {
      schema: {
        tags: ['files'],
        summary:
          'Files of the organisation, newest first; with entityType + entityId, the files of one record',
        params: orgParams,
        querystring: listQuery
          .pick({ limit: true, cursor: true })
          .extend({ entityType: entityType.optional(), entityId: entityId.optional() }),
        response: { 200: listOf(storedFileSchema), ...errorResponses },
      },
    },
    async (request) => service.listFiles(request.ctx, actorOf(request), request.params.orgId, request.query),
  );

  app.get(
    '/orgs/:orgId/files/:fileId/meta',
    {
      schema: {
        tags: ['files'],
        summary: 'Metadata of a file and the records it is linked to',
        params: fileParams,
        response: { 200: storedFileSchema, ...errorResponses },
      },
    },
    async (request) =>
      service.getFile(request.ctx, actorOf(request), request.params.orgId, request.params.fileId),
  );

  app.get(
    '/orgs/:orgId/files/:fileId',
    {
      schema: {
        tags: ['files'],
        summary: 'Download a file (always as an attachment)',
        params: fileParams,
        produces: ['application/octet-stream'],
        response: { 200: z.string().describe('The file bytes'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { file, content } = await service.openFile(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.params.fileId,
      );
      return reply
        .headers(downloadHeaders)
        .header('content-type', file.contentType)
        .header('content-length', String(file.size))
        .header('content-disposition', contentDisposition(file.name))
        .header('etag', `"${file.sha256}"`)
        .send(content as never);
    },
  );

  app.delete(
    '/orgs/:orgId/files/:fileId',
    {
      schema: {
        tags: ['files'],
        summary: 'Delete a file, its links and its bytes (the audit log keeps name, size and sha256)',
        params: fileParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await service.deleteFile(request.ctx, actorOf(request), request.params.orgId, request.params.fileId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/orgs/:orgId/files/:fileId/links',
    {
      schema: {
        tags: ['files'],
        summary: 'Link a file to a record of the same organisation',
        params: fileParams,
        body: linkBody,
        response: { 201: storedFileSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await service.linkFile(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.params.fileId,
        request.body,
      );
      return reply.status(201).send(file);
    },
  );

  app.delete(
    '/orgs/:orgId/files/:fileId/links/:entityType/:entityId',
    {
      schema: {
        tags: ['files'],
        summary: 'Remove the link between a file and a record (the file stays)',
        params: linkParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { orgId, fileId, ...link } = request.params;
      await service.unlinkFile(request.ctx, actorOf(request), orgId, fileId, link);
      return reply.status(204).send(null);
    },
  );
}
