import { z } from 'zod';
import { errorResponses, orgParams, uuidParam } from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import { mediaTypes, sendDownload } from '../../platform/downloads.ts';
import { localeFromHeader } from '../../platform/i18n.ts';
import { listOf, parseSort } from '../../platform/pagination.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import * as exports from './asset-export.service.ts';
import * as graph from './asset-graph.service.ts';
import { criticalOverviewSchema, graphSchema, impactSchema } from './asset-graph.service.ts';
import * as imports from './asset-import.service.ts';
import { assetSchema } from './assets.presenter.ts';
import {
  assetCreateSchema,
  assetGraphQuerySchema,
  assetListQuerySchema,
  assetParams,
  assetUpdateSchema,
  criticalOrderSchema,
  dependencyCreateSchema,
  importQuerySchema,
  importResultSchema,
  previewSchema,
} from './assets.schemas.ts';
import * as service from './assets.service.ts';

const binary = z.string().describe('XLSX workbook');

/** The schema of a GET that downloads an XLSX workbook of an organisation's register. */
const xlsxDownload = (summary: string) => ({
  tags: ['assets'],
  summary,
  params: orgParams,
  produces: [mediaTypes.xlsx],
  response: { 200: binary, ...errorResponses },
});

export function registerAssetRoutes(app: ZodApp): void {
  app.get(
    '/orgs/:orgId/assets',
    {
      schema: {
        tags: ['assets'],
        summary: 'The asset register with filters (sort: name, -name, criticality, -criticality)',
        params: orgParams,
        querystring: assetListQuerySchema,
        response: { 200: listOf(assetSchema), ...errorResponses },
      },
    },
    async (request) => {
      const { field, direction } = parseSort(request.query.sort, ['name', 'criticality'], 'name');
      return service.listAssets(request.ctx, actorOf(request), request.params.orgId, {
        ...request.query,
        field,
        direction,
      });
    },
  );

  app.post(
    '/orgs/:orgId/assets',
    {
      schema: {
        tags: ['assets'],
        summary: 'Register an asset',
        params: orgParams,
        body: assetCreateSchema,
        response: { 201: assetSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.createAsset(request.ctx, actorOf(request), request.params.orgId, request.body)),
  );

  app.get(
    '/orgs/:orgId/assets/graph',
    {
      schema: {
        tags: ['assets'],
        summary: 'Dependency graph (nodes + edges): the whole register, or around one asset',
        params: orgParams,
        querystring: assetGraphQuerySchema,
        response: { 200: graphSchema, ...errorResponses },
      },
    },
    async (request) => graph.assetGraph(request.ctx, actorOf(request), request.params.orgId, request.query),
  );

  app.get(
    '/orgs/:orgId/assets/critical-processes',
    {
      schema: {
        tags: ['assets'],
        summary: 'Critical clinical processes by rank, with the assets and suppliers each depends on',
        params: orgParams,
        response: { 200: criticalOverviewSchema, ...errorResponses },
      },
    },
    async (request) => graph.criticalOverview(request.ctx, actorOf(request), request.params.orgId),
  );

  app.put(
    '/orgs/:orgId/assets/critical-processes/order',
    {
      schema: {
        tags: ['assets'],
        summary: 'Rank the critical clinical processes: every one of them, most critical first',
        params: orgParams,
        body: criticalOrderSchema,
        response: { 200: criticalOverviewSchema, ...errorResponses },
      },
    },
    async (request) =>
      graph.rankCriticalProcesses(request.ctx, actorOf(request), request.params.orgId, request.body.assetIds),
  );

  app.get(
    '/orgs/:orgId/assets/critical-processes.xlsx',
    { schema: xlsxDownload('The yearly overview of critical processes, systems and supply chains (XLSX)') },
    async (request, reply) => {
      const locale = localeFromHeader(request.headers['accept-language']);
      const { overview, content } = await exports.exportCriticalOverview(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        locale,
      );
      const name = locale === 'da' ? 'kritiske-processer' : 'critical-processes';
      return sendDownload(reply, `${name}-${overview.date}.xlsx`, content, 'xlsx');
    },
  );

  app.get(
    '/orgs/:orgId/assets/export.xlsx',
    { schema: xlsxDownload('The asset register as XLSX, in the columns the import reads') },
    async (request, reply) => {
      const locale = localeFromHeader(request.headers['accept-language']);
      const { content } = await exports.exportRegister(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        locale,
      );
      return sendDownload(
        reply,
        locale === 'da' ? 'aktivregister.xlsx' : 'asset-register.xlsx',
        content,
        'xlsx',
      );
    },
  );

  app.get(
    '/orgs/:orgId/assets/import/preview',
    {
      schema: {
        tags: ['assets'],
        summary:
          'Preview an import of a CSV or XLSX file uploaded through /files: what each row would do, every error',
        description:
          'Rows are matched to existing assets by name. Columns (Danish or English headers): Navn, Type, Beskrivelse, Ejer (e-mail), Kritikalitet, Fortrolighed, Integritet, Tilgængelighed (1-4), Personoplysninger, Helbredsoplysninger, Legacy (ja/nej), Support ophører (date), Leverandør, Drift, Kritisk klinisk proces (ja/nej), Rang, Afhænger af (names separated by ;).',
        params: orgParams,
        querystring: importQuerySchema,
        response: { 200: previewSchema, ...errorResponses },
      },
    },
    async (request) =>
      imports.previewImport(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.query.fileId,
        localeFromHeader(request.headers['accept-language']),
      ),
  );

  app.post(
    '/orgs/:orgId/assets/import',
    {
      schema: {
        tags: ['assets'],
        summary: 'Import the file: every row or none (400 naming each bad row and column)',
        params: orgParams,
        body: importQuerySchema,
        response: { 200: importResultSchema, ...errorResponses },
      },
    },
    async (request) =>
      imports.commitImport(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.body.fileId,
        localeFromHeader(request.headers['accept-language']),
      ),
  );

  app.get(
    '/orgs/:orgId/assets/:assetId',
    {
      schema: {
        tags: ['assets'],
        summary: 'One asset with its direct dependencies and dependents',
        params: assetParams,
        response: { 200: assetSchema, ...errorResponses },
      },
    },
    async (request) =>
      service.getAsset(request.ctx, actorOf(request), request.params.orgId, request.params.assetId),
  );

  app.patch(
    '/orgs/:orgId/assets/:assetId',
    {
      schema: {
        tags: ['assets'],
        summary: 'Change an asset (dependsOnIds replaces the dependency list)',
        params: assetParams,
        body: assetUpdateSchema,
        response: { 200: assetSchema, ...errorResponses },
      },
    },
    async (request) =>
      service.updateAsset(
        request.ctx,
        actorOf(request),
        request.params.orgId,
        request.params.assetId,
        request.body,
      ),
  );

  app.delete(
    '/orgs/:orgId/assets/:assetId',
    {
      schema: {
        tags: ['assets'],
        summary: 'Delete an asset with its dependencies and its links to risk scenarios',
        params: assetParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await service.deleteAsset(request.ctx, actorOf(request), request.params.orgId, request.params.assetId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/orgs/:orgId/assets/:assetId/impact',
    {
      schema: {
        tags: ['assets'],
        summary:
          'What breaks if this asset fails: every dependent, nearest first, and the critical processes hit',
        params: assetParams,
        response: { 200: impactSchema, ...errorResponses },
      },
    },
    async (request) =>
      graph.assetImpact(request.ctx, actorOf(request), request.params.orgId, request.params.assetId),
  );

  app.post(
    '/orgs/:orgId/assets/:assetId/dependencies',
    {
      schema: {
        tags: ['assets'],
        summary: 'Add one dependency: this asset depends on another (cycles are refused)',
        params: assetParams,
        body: dependencyCreateSchema,
        response: { 201: assetSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.addDependency(
            request.ctx,
            actorOf(request),
            request.params.orgId,
            request.params.assetId,
            request.body.dependsOnId,
          ),
        ),
  );

  app.delete(
    '/orgs/:orgId/assets/:assetId/dependencies/:dependsOnId',
    {
      schema: {
        tags: ['assets'],
        summary: 'Remove one dependency',
        params: assetParams.extend({ dependsOnId: uuidParam }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { orgId, assetId, dependsOnId } = request.params;
      await service.removeDependency(request.ctx, actorOf(request), orgId, assetId, dependsOnId);
      return reply.status(204).send(null);
    },
  );
}
