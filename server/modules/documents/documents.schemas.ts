import { z } from 'zod';
import { documentClassifications, documentKinds } from '../../db/schema.ts';
import { isoInstant, orgParams, uuidParam, versionField } from '../../platform/api-schemas.ts';
import { listQuery } from '../../platform/pagination.ts';
import { roles } from '../../platform/roles.ts';
import { documentHeadingFields } from './document-heading.schemas.ts';
import { documentActions } from './documents.policy.ts';
import { canSchemaOf, versionSummarySchema } from './versions.schemas.ts';

export const reviewStates = ['not_scheduled', 'ok', 'due_soon', 'overdue'] as const;

export const documentParams = orgParams.extend({ documentId: uuidParam });

export const audienceInput = z.object({
  wholeOrganisation: z.boolean(),
  unitIds: z.array(z.uuid()).max(200).default([]),
  roles: z.array(z.enum(roles)).max(roles.length).default([]),
});

export const documentTitle = z.string().trim().min(1).max(300);
const description = z.string().trim().max(2000).nullable();
const reviewIntervalMonths = z.number().int().min(1).max(60);
export const ownerUserIdInput = z.uuid().nullable().optional();
export const classificationInput = z.enum(documentClassifications).optional();
export const changeSummaryInput = z.string().trim().max(2000).nullable().optional();
export const bodyHtmlInput = z.string().max(2_000_000).optional().describe('Editor HTML; stored sanitised');

export const documentListQuery = listQuery.extend({
  kind: z.enum(documentKinds).optional(),
  classification: z.enum(documentClassifications).optional(),
  reviewStatus: z
    .enum(['due', 'overdue'])
    .optional()
    .describe('due: next review within 30 days or passed; overdue: passed'),
  archived: z.enum(['true', 'false']).optional(),
  isTemplate: z.enum(['true', 'false']).optional(),
  ownerUserId: z.uuid().optional(),
  subtree: z.enum(['true', 'false']).optional().describe('Add the documents of the descendants I may read'),
});

export const createDocumentBody = z.object({
  kind: z.enum(documentKinds),
  title: documentTitle,
  description: description.optional(),
  ownerUserId: ownerUserIdInput,
  classification: classificationInput,
  audience: audienceInput.optional(),
  reviewIntervalMonths: reviewIntervalMonths.optional(),
  isTemplate: z.boolean().optional().describe('A template for the member organisations (groups only)'),
  bodyHtml: bodyHtmlInput,
  bodyFileId: z.uuid().nullable().optional().describe('An uploaded PDF or DOCX file as the body'),
  changeSummary: changeSummaryInput,
});
export type CreateDocumentInput = z.infer<typeof createDocumentBody>;

export const updateDocumentBody = z.object({
  version: versionField,
  title: documentTitle.optional(),
  description: description.optional(),
  ownerUserId: ownerUserIdInput,
  classification: classificationInput,
  audience: audienceInput.optional(),
  reviewIntervalMonths: reviewIntervalMonths.optional(),
  archived: z.boolean().optional(),
});
export type UpdateDocumentInput = z.infer<typeof updateDocumentBody>;

export const audienceSchema = z
  .object({
    wholeOrganisation: z
      .boolean()
      .describe('Everyone holding a role at the organisation or one of its units'),
    unitIds: z
      .array(z.string())
      .describe('Units (with the units below them) whose staff are in the audience'),
    roles: z.array(z.enum(roles)).describe('Staff holding one of these roles are in the audience'),
  })
  .meta({ id: 'DocumentAudience' });

export const reviewStateSchema = z
  .object({
    status: z.enum(reviewStates),
    daysUntilDue: z
      .number()
      .int()
      .nullable()
      .describe('Days from today (Danish time) to the next review; negative when overdue'),
  })
  .meta({ id: 'DocumentReviewState' });

export const documentCanSchema = canSchemaOf(documentActions)
  .describe(
    'What I may do with the document: update its settings, delete it (never approved), archive it ' +
      '(and change audience or classification once published), create a draft, record a review, acknowledge it',
  )
  .meta({ id: 'DocumentCan' });

export const documentSchema = z
  .object({
    ...documentHeadingFields,
    ownerUserId: z.string().nullable(),
    ownerName: z.string().nullable(),
    classification: z.enum(documentClassifications),
    audience: audienceSchema,
    reviewIntervalMonths: z.number().int(),
    lastReviewedOn: z.iso.date().nullable().describe('Last approval or recorded review'),
    nextReviewOn: z.iso.date().nullable(),
    review: reviewStateSchema,
    isTemplate: z.boolean().describe('A group template that member organisations adopt'),
    adoptedFrom: z
      .object({ documentId: z.string(), versionId: z.string().nullable() })
      .nullable()
      .describe('The group template (and its version) this document was adopted from'),
    catalogKey: z.string().nullable().describe('The starter template it was created from'),
    publicPath: z
      .string()
      .nullable()
      .describe('Public page (add .pdf for the PDF) while the document is classified public and published'),
    currentVersion: versionSummarySchema.nullable().describe('The published version'),
    workingVersion: versionSummarySchema
      .nullable()
      .describe('A draft, a version in review, or an approved version not yet published'),
    acknowledgementVersionNumber: z
      .number()
      .int()
      .nullable()
      .describe('Acknowledgements of this version or a later one count as read'),
    archived: z.boolean(),
    archivedAt: isoInstant.nullable(),
    version: z.number().int(),
    createdAt: isoInstant,
    updatedAt: isoInstant,
    can: documentCanSchema,
  })
  .meta({ id: 'Document' });

export type DocumentDto = z.infer<typeof documentSchema>;
