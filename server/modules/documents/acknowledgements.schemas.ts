import { z } from 'zod';
import { documentClassifications } from '../../db/schema.ts';
import { isoInstant } from '../../platform/api-schemas.ts';
import { listQuery } from '../../platform/pagination.ts';
import { documentHeadingFields } from './document-heading.schemas.ts';

export const myDocumentsQuery = listQuery
  .pick({ limit: true, cursor: true })
  .extend({ pending: z.enum(['true', 'false']).optional() });
export type MyDocumentsQuery = Omit<z.infer<typeof myDocumentsQuery>, 'pending'> & { pending?: boolean };

export const acknowledgeBody = z.object({ versionId: z.uuid() });
export type AcknowledgeInput = z.infer<typeof acknowledgeBody>;

export const audiencePeopleQuery = listQuery.omit({ q: true }).extend({
  status: z.enum(['pending', 'acknowledged']).default('pending'),
  unitId: z.uuid().optional(),
});
export type AudiencePeopleQuery = Omit<z.infer<typeof audiencePeopleQuery>, 'sort'> & {
  direction: 'asc' | 'desc';
};

export const acknowledgementSchema = z
  .object({
    documentId: z.string(),
    versionId: z.string(),
    versionNumber: z.number().int(),
    userId: z.string(),
    acknowledgedAt: isoInstant,
  })
  .meta({ id: 'DocumentAcknowledgement' });

const countsSchema = z.object({
  inAudience: z.number().int(),
  acknowledged: z.number().int(),
  pending: z.number().int(),
  percent: z.number().describe('Acknowledged share of the audience, 0-100, one decimal'),
});

export const coverageSchema = z
  .object({
    documentId: z.string(),
    acknowledgementVersionNumber: z
      .number()
      .int()
      .nullable()
      .describe('Acknowledgements of this version or later count; null before the first publication'),
    currentVersionNumber: z.number().int().nullable(),
    total: countsSchema,
    units: z
      .array(
        countsSchema.extend({
          orgId: z.string(),
          name: z.string(),
          kind: z.enum(['sector', 'group', 'organisation', 'unit']),
          parentId: z.string().nullable(),
        }),
      )
      .describe('Per organisation or unit where the audience holds its roles'),
  })
  .meta({ id: 'DocumentCoverage' });

export const audiencePersonSchema = z
  .object({
    userId: z.string(),
    name: z.string(),
    email: z.string(),
    acknowledgedAt: isoInstant.nullable(),
    acknowledgedVersionNumber: z.number().int().nullable(),
  })
  .meta({ id: 'AudiencePerson' });

export const myDocumentSchema = z
  .object({
    ...documentHeadingFields,
    classification: z.enum(documentClassifications),
    currentVersionId: z.string(),
    currentVersionNumber: z.number().int(),
    publishedAt: isoInstant.nullable(),
    acknowledgementRequired: z.boolean(),
    acknowledgedVersionNumber: z.number().int().nullable(),
    acknowledgedAt: isoInstant.nullable(),
    pending: z
      .boolean()
      .describe('The current version (or the last one asking for it) awaits my acknowledgement'),
  })
  .meta({ id: 'MyDocument' });

export type MyDocument = z.infer<typeof myDocumentSchema>;
