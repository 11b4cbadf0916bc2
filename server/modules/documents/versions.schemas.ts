import { z } from 'zod';
import { documentApproverRoles, documentVersionStatuses } from '../../db/schema.ts';
import { isoInstant, orgParams, uuidParam, versionField } from '../../platform/api-schemas.ts';
import { versionActions } from './documents.policy.ts';

/** A `can` object schema from a policy's list of action names. */
export function canSchemaOf<const A extends string>(actions: readonly A[]) {
  return z.object(
    Object.fromEntries(actions.map((action) => [action, z.boolean()])) as Record<A, z.ZodBoolean>,
  );
}

export const versionParams = orgParams.extend({ documentId: uuidParam, versionId: uuidParam });
export const versionBody = z.object({ version: versionField });

export const createDraftBody = z.object({ fromVersionId: z.uuid().optional() });

export const updateDraftBody = z.object({
  version: versionField,
  bodyHtml: z.string().max(2_000_000).optional().describe('Editor HTML; stored sanitised'),
  bodyFileId: z.uuid().nullable().optional().describe('A PDF or DOCX file as the body; null for rich text'),
  changeSummary: z.string().trim().max(2000).nullable().optional(),
});
export type UpdateDraftInput = z.infer<typeof updateDraftBody>;

export const returnBody = versionBody.extend({ comment: z.string().trim().min(1).max(2000) });
export type ReturnInput = z.infer<typeof returnBody>;

export const approveBody = versionBody.extend({
  approvedOn: z.iso
    .date()
    .optional()
    .describe('Date of the decision (default today); starts the review clock'),
  note: z.string().trim().max(2000).nullable().optional(),
});
export type ApproveInput = z.infer<typeof approveBody>;

export const publishBody = versionBody.extend({
  requiresAcknowledgement: z
    .boolean()
    .optional()
    .describe('Default true; false keeps earlier acknowledgements valid (small corrections)'),
});
export type PublishInput = z.infer<typeof publishBody>;

export const diffQuery = z.object({ from: z.uuid(), to: z.uuid() });

const bodyFileSchema = z
  .object({ id: z.string(), name: z.string(), contentType: z.string(), size: z.number().int() })
  .meta({ id: 'DocumentBodyFile' });

export const versionSummarySchema = z
  .object({
    id: z.string(),
    documentId: z.string(),
    number: z.number().int(),
    status: z.enum(documentVersionStatuses),
    bodyFormat: z.enum(['html', 'file']),
    changeSummary: z.string().nullable(),
    createdByName: z.string().nullable(),
    createdAt: isoInstant,
    submittedAt: isoInstant.nullable(),
    approvedByName: z.string().nullable(),
    approvedOn: z.iso.date().nullable(),
    publishedAt: isoInstant.nullable(),
    supersededAt: isoInstant.nullable(),
    editable: z.boolean().describe('Only drafts change; approved versions are immutable'),
    version: z.number().int(),
  })
  .meta({ id: 'DocumentVersionSummary' });

export const versionCanSchema = canSchemaOf(versionActions)
  .describe(
    'What I may do with the version: update, delete or submit a draft, approve or return one in review, publish an approved one',
  )
  .meta({ id: 'DocumentVersionCan' });

/** A version in the list of a document's versions. */
export const versionListItemSchema = versionSummarySchema
  .extend({ can: versionCanSchema })
  .meta({ id: 'DocumentVersionListItem' });

/** A version as stored, without `can` (audit snapshots). */
export const versionFieldsSchema = versionSummarySchema.extend({
  orgId: z.string(),
  bodyHtml: z.string().describe('Sanitised HTML; empty when the body is a file'),
  bodyFile: bodyFileSchema.nullable(),
  createdBy: z.string().nullable(),
  lastEditedBy: z.string().nullable(),
  lastEditedByName: z.string().nullable(),
  submittedBy: z.string().nullable(),
  submittedByName: z.string().nullable(),
  returnedByName: z.string().nullable(),
  returnedAt: isoInstant.nullable(),
  returnComment: z.string().nullable(),
  approvedBy: z.string().nullable(),
  approverRole: z.enum(documentApproverRoles).nullable(),
  approvedAt: isoInstant.nullable(),
  approvalNote: z.string().nullable(),
  publishedByName: z.string().nullable(),
  requiresAcknowledgement: z.boolean(),
  updatedAt: isoInstant,
});

export const versionSchema = versionFieldsSchema
  .extend({ can: versionCanSchema })
  .meta({ id: 'DocumentVersion' });

const segmentSchema = z.object({ op: z.enum(['equal', 'removed', 'added']), text: z.string() });
const diffBlockSchema = z.object({
  kind: z.string().describe('h1-h6, p, quote, code, li<depth>, tr'),
  text: z.string(),
});

export const diffSchema = z
  .object({
    documentId: z.string(),
    from: versionSummarySchema,
    to: versionSummarySchema,
    comparable: z.boolean().describe('False when either version has a file as its body'),
    rows: z.array(
      z.object({
        op: z.enum(['equal', 'changed', 'added', 'removed']),
        left: diffBlockSchema.nullable(),
        right: diffBlockSchema.nullable(),
        leftSegments: z.array(segmentSchema).optional().describe('Word-level changes of a changed row'),
        rightSegments: z.array(segmentSchema).optional(),
      }),
    ),
    stats: z.object({
      unchanged: z.number().int(),
      changed: z.number().int(),
      added: z.number().int(),
      removed: z.number().int(),
    }),
  })
  .meta({ id: 'DocumentDiff' });

export type VersionSummary = z.infer<typeof versionSummarySchema>;
export type VersionFields = z.infer<typeof versionFieldsSchema>;
export type Version = z.infer<typeof versionSchema>;
