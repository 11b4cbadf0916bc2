import { z } from 'zod';
import { frameworkOf, frameworks } from '../../catalog/controls/index.ts';
import { errorResponses } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import {
  frameworkDetailSchema,
  frameworkIdSchema,
  frameworkSummarySchema,
  presentFramework,
  presentFrameworkDetail,
} from './catalogue.presenter.ts';
import { controlsPolicy } from './controls.policy.ts';

export function registerCatalogueRoutes(app: ZodApp): void {
  app.get(
    '/control-frameworks',
    {
      schema: {
        tags: ['controls'],
        summary:
          'The control frameworks Skjold ships (Annex A, NIS2 Art. 21, GDPR Art. 32, clinic nine, Cyberforsvar der virker)',
        response: { 200: z.object({ items: z.array(frameworkSummarySchema) }), ...errorResponses },
      },
    },
    async (request) => {
      controlsPolicy.catalogue(actorOf(request));
      return { items: frameworks.map(presentFramework) };
    },
  );

  app.get(
    '/control-frameworks/:frameworkId',
    {
      schema: {
        tags: ['controls'],
        summary: 'One framework with its requirements (Danish and English) and their mappings',
        params: z.object({ frameworkId: frameworkIdSchema }),
        response: { 200: frameworkDetailSchema, ...errorResponses },
      },
    },
    async (request) => {
      controlsPolicy.catalogue(actorOf(request));
      return presentFrameworkDetail(frameworkOf(request.params.frameworkId));
    },
  );
}
