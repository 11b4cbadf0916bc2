import { z } from 'zod';
import { assetHostings, assetKinds } from '../../db/schema.ts';
import { orgParams, queryBoolean, uuidParam, versionField } from '../../platform/api-schemas.ts';
import { listQuery } from '../../platform/pagination.ts';
import { ratingField } from './assets.presenter.ts';

/** Request and import schemas of the asset register; the services take their inferred types. */

export const assetParams = orgParams.extend({ assetId: uuidParam });

const kindList = z
  .string()
  .max(100)
  .transform((value) => value.split(',').filter(Boolean))
  .pipe(z.array(z.enum(assetKinds)));

export const assetListQuerySchema = listQuery.extend({
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

export const assetCreateSchema = z.object(assetFields);
export const assetUpdateSchema = assetCreateSchema.partial().extend({ version: versionField });

export const importQuerySchema = z.object({
  fileId: z.uuid().describe('A CSV or XLSX file uploaded through /files'),
});
const importErrorSchema = z.object({
  row: z.number().int().describe('Spreadsheet row number (the header is row 1)'),
  field: z.string(),
  column: z.string().describe('The column header as written in the file'),
  code: z.string(),
  message: z.string(),
});

export const previewSchema = z
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

export const importResultSchema = z
  .object({
    created: z.number().int(),
    updated: z.number().int(),
    file: z.object({ id: z.string(), name: z.string(), sha256: z.string() }),
  })
  .meta({ id: 'AssetImportResult' });

export const assetGraphQuerySchema = z.object({
  assetId: z.uuid().optional(),
  depth: z.coerce.number().int().min(1).max(20).optional(),
});

export const criticalOrderSchema = z.object({ assetIds: z.array(z.uuid()).max(1000) });

export const dependencyCreateSchema = z.object({ dependsOnId: z.uuid() });

export type AssetInput = z.infer<typeof assetCreateSchema>;
export type AssetUpdate = z.infer<typeof assetUpdateSchema>;
export type AssetListFilters = z.infer<typeof assetListQuerySchema>;
export type AssetGraphQuery = z.infer<typeof assetGraphQuerySchema>;
