import { z } from 'zod';
import { errorResponses, orgParams } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import { todayLocal } from '../../platform/clock.ts';
import { mediaTypes, sendDownload } from '../../platform/downloads.ts';
import { localeFromHeader } from '../../platform/i18n.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import { frameworkIdSchema } from './catalogue.presenter.ts';
import * as service from './soa.service.ts';
import { soaPdf, soaWorkbook } from './soa-export.presenter.ts';
import { exportText } from './soa-export-labels.presenter.ts';

const exportQuery = z.object({
  framework: frameworkIdSchema.optional().describe('Only this framework; default every framework in scope'),
});

const formats = [
  { format: 'xlsx', build: soaWorkbook },
  { format: 'pdf', build: soaPdf },
] as const;

/** The SoA is small (at most 123 entries), so both exports are built at once, not as a job. */
export function registerSoaExportRoutes(app: ZodApp): void {
  for (const { format, build } of formats) {
    app.get(
      `/orgs/:orgId/soa.${format}`,
      {
        schema: {
          tags: ['controls'],
          summary: `The SoA as ${format.toUpperCase()}: organisation, date and version on it; headings in the Accept-Language language`,
          params: orgParams,
          querystring: exportQuery,
          produces: [mediaTypes[format]],
          response: { 200: z.string().describe(`${format.toUpperCase()} document`), ...errorResponses },
        },
      },
      async (request, reply) => {
        const locale = localeFromHeader(request.headers['accept-language']);
        const soa = await service.getSoa(request.ctx, actorOf(request), request.params.orgId, {});
        const framework = request.query.framework;
        const chosen = framework
          ? { ...soa, frameworks: soa.frameworks.filter((f) => f === framework) }
          : soa;
        const today = todayLocal();
        const body = await build(chosen, locale, today);
        const name = `${exportText(locale).title} ${soa.orgName} ${today}.${format}`;
        return sendDownload(reply, name, body, format);
      },
    );
  }
}
