import { z } from 'zod';
import { errorSchema } from '../../platform/api-schemas.ts';
import { contentDisposition } from '../../platform/files/file-types.ts';
import { localeFromHeader } from '../../platform/i18n.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import * as service from './exports.service.ts';

/** Public ids are random base64url strings (documents.public_id). */
const publicId = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);
const publicErrors = { 400: errorSchema, 404: errorSchema } as const;
const publicConfig = { public: true };
const lang = z.object({ lang: z.enum(['da', 'en']).optional() });

/** Public documents are meant to be linked from websites and cached briefly. */
const publicHeaders = { 'cache-control': 'public, max-age=300', 'x-content-type-options': 'nosniff' };

/** JSON and the body file of public documents, under /api/v1/public (no sign-in). */
export function registerPublicDocumentApi(app: ZodApp): void {
  app.get(
    '/public/documents/:publicId',
    {
      config: publicConfig,
      schema: {
        tags: ['public'],
        summary: 'A document classified public and published, with its revision table (no sign-in)',
        security: [],
        params: z.object({ publicId }),
        response: { 200: service.publicDocumentSchema, ...publicErrors },
      },
    },
    async (request, reply) => {
      reply.headers(publicHeaders);
      return service.getPublicDocument(request.ctx, request.params.publicId);
    },
  );

  app.get(
    '/public/documents/:publicId/file',
    {
      config: publicConfig,
      schema: {
        tags: ['public'],
        summary: 'The PDF or DOCX body of a public document (no sign-in)',
        security: [],
        params: z.object({ publicId }),
        produces: ['application/octet-stream'],
        response: { 200: z.string().describe('The file bytes'), ...publicErrors },
      },
    },
    async (request, reply) => {
      const file = await service.publicBodyFile(request.ctx, request.params.publicId);
      return reply
        .headers(publicHeaders)
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('content-type', file.contentType)
        .header('content-length', String(file.size))
        .header('content-disposition', contentDisposition(file.name))
        .send(file.content as never);
    },
  );
}

/**
 * The server-rendered page and PDF at /p/documents/{publicId}[.pdf], registered at the root.
 * One route takes both, so a public id never competes with the ".pdf" suffix in the router.
 */
export function registerPublicDocumentPages(app: ZodApp): void {
  app.get(
    '/p/documents/:file',
    {
      config: publicConfig,
      schema: {
        hide: true,
        params: z.object({ file: z.string().regex(/^[A-Za-z0-9_-]{16,64}(\.pdf)?$/) }),
        querystring: lang,
      },
    },
    async (request, reply) => {
      const locale = request.query.lang ?? localeFromHeader(request.headers['accept-language']);
      const { file } = request.params;
      if (file.endsWith('.pdf')) {
        const pdf = await service.publicPdf(request.ctx, file.slice(0, -4), locale);
        return reply
          .headers(publicHeaders)
          .header('content-type', 'application/pdf')
          .header('content-disposition', contentDisposition(pdf.fileName).replace(/^attachment/, 'inline'))
          .send(pdf.content);
      }
      const html = await service.publicPage(request.ctx, file, locale);
      return reply.headers(publicHeaders).header('content-type', 'text/html; charset=utf-8').send(html);
    },
  );
}
