import { z } from 'zod';
import { assetHostings, assetKinds } from '../../db/schema.ts';
import {
  errorResponses,
  orgParams,
  queryBoolean,
  uuidParam,
  versionField,
} from '../../platform/api-schemas.ts';
import { actorOf } from '../../platform/authenticate.ts';
import { mediaTypes, sendDownload } from '../../platform/downloads.ts';
import { localeFromHeader } from '../../platform/i18n.ts';
import { listOf, listQuery, parseSort } from '../../platform/pagination.ts';
import type { ZodApp } from '../../platform/zod-app.ts';
import * as exports from './asset-export.service.ts';
import * as graph from './asset-graph.service.ts';
import { criticalOverviewSchema, graphSchema, impactSchema } from './asset-graph.service.ts';
import * as imports from './asset-import.service.ts';
import { assetSchema, ratingField } from './assets.presenter.ts';
import * as service from './assets.service.ts';

const assetParams = orgParams.extend({ assetId: uuidParam });

/** `true`/`false` in a query string. */

const kindList = z
  .string()
  .max(100)
  .transform((value) => value.split(',').filter(Boolean))
  .pipe(z.array(z.enum(assetKinds)));

const assetFilters = listQuery.extend({
  kind: kindList.optional().describe('Comma-separated kinds'),
  ownerUserId: z.uuid().optional(),
  minCriticality: z.coerce.number().int().min(1).max(4).optional(),
  clinicalCritical: queryBoolean.optional(),
  legacy: queryBoolean.optional(),
  personalData: queryBoolean.optional(),
  healthData: queryBoolean.optional(),
  subtree: queryBoolean.optional().describe('Add the descendants the actor may read'),
});

const text = (max: number) => z.string().trim().max(max);

const assetFields = {
  name: z.string().trim().min(1).max(200),
  kind: z.enum(assetKinds),
  description: text(5000).nullable().optional(),
  ownerUserId: z.uuid().nullable().optional(),
  criticality: ratingField,
  confidentiality: ratingField,
  integrity: ratingField,
  availability: ratingField,
  personalData: z.boolean().optional(),
  healthData: z.boolean().optional(),
  legacy: z.boolean().optional(),
  endOfSupport: z.iso.date().nullable().optional(),
  supplier: text(200).nullable().optional(),
  hosting: z.enum(assetHostings).nullable().optional(),
  clinicalCritical: z.boolean().optional(),
  dependsOnIds: z
    .array(z.uuid())
    .max(200)
    .optional()
    .describe('Assets this one depends on (replaces the list)'),
};

const createBody = z.object(assetFields);
const updateBody = createBody.partial().extend({ version: versionField });

const importQuery = z.object({ fileId: z.uuid().describe('A CSV or XLSX file uploaded through /files') });
const importErrorSchema = z.object({
  row: z.number().int().describe('Spreadsheet row number (the header is row 1)'),
  field: z.string(),
  column: z.string().describe('The column header as written in the file'),
  code: z.string(),
  message: z.string(),
});

const previewSchema = z
  .object({
    file: z.object({ id: z.string(), name: z.string(), sha256: z.string() }),
    columns: z.array(z.object({ field: z.string(), header: z.string() })),
    ignoredHeaders: z.array(z.string()),
    rows: z.array(
      z.object({
        row: z.number().int(),
        name: z.string().nullable(),
        action: z.enum(['create', 'update']).nullable(),
        valid: z.boolean(),
      }),
    ),
    errors: z.array(importErrorSchema),
    summary: z.object({
      rows: z.number().int(),
      create: z.number().int(),
      update: z.number().int(),
      errors: z.number().int(),
    }),
  })
  .meta({ id: 'AssetImportPreview' });

const importResultSchema = z
  .object({
    created: z.number().int(),
    updated: z.number().int(),
    file: z.object({ id: z.string(), name: z.string(), sha256: z.string() }),
  })
  .meta({ id: 'AssetImportResult' });

const binary = z.string().describe('XLSX workbook');

export function registerAssetRoutes(app: ZodApp): void {
  app.get(
    '/orgs/:orgId/assets',
    {
      schema: {
        tags: ['assets'],
        summary: 'The asset register with filters (sort: name, -name, criticality, -criticality)',
        params: orgParams,
        querystring: assetFilters,
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
        body: createBody,
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
        querystring: z.object({
          assetId: z.uuid().optional(),
          depth: z.coerce.number().int().min(1).max(20).optional(),
        }),
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
        body: z.object({ assetIds: z.array(z.uuid()).max(1000) }),
        response: { 200: criticalOverviewSchema, ...errorResponses },
      },
    },
    async (request) =>
      graph.rankCriticalProcesses(request.ctx, actorOf(request), request.params.orgId, request.body.assetIds),
  );

  app.get(
    '/orgs/:orgId/assets/critical-processes.xlsx',
    {
      schema: {
        tags: ['assets'],
        summary: 'The yearly overview of critical processes, systems and supply chains (XLSX)',
        params: orgParams,
        produces: [mediaTypes.xlsx],
        response: { 200: binary, ...errorResponses },
      },
    },
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
    {
      schema: {
        tags: ['assets'],
        summary: 'The asset register as XLSX, in the columns the import reads',
        params: orgParams,
        produces: [mediaTypes.xlsx],
        response: { 200: binary, ...errorResponses },
      },
    },
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
        querystring: importQuery,
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
        body: importQuery,
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
        body: updateBody,
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
        body: z.object({ dependsOnId: z.uuid() }),
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
