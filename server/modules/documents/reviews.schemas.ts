import { z } from 'zod';
import { documentApproverRoles, documentReviewOutcomes } from '../../db/schema.ts';
import { isoInstant } from '../../platform/api-schemas.ts';

export const recordReviewBody = z.object({
  reviewedOn: z.iso.date().optional().describe('Default today; not in the future'),
  outcome: z.enum(documentReviewOutcomes),
  note: z.string().trim().max(2000).nullable().optional(),
});
export type RecordReviewInput = z.infer<typeof recordReviewBody>;

export const exportFormats = ['pdf', 'docx'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const exportQuery = z.object({
  format: z.enum(exportFormats),
  versionId: z.uuid().optional(),
  lang: z.enum(['da', 'en']).optional().describe('Language of headings and labels (default Accept-Language)'),
});

export const reviewSchema = z
  .object({
    id: z.string(),
    documentId: z.string(),
    reviewedOn: z.iso.date(),
    reviewedBy: z.string().nullable(),
    reviewedByName: z.string().nullable(),
    outcome: z.enum(documentReviewOutcomes),
    note: z.string().nullable(),
    versionNumber: z.number().int().nullable().describe('The version in force when it was reviewed'),
    nextReviewOn: z.iso.date().nullable(),
    createdAt: isoInstant,
  })
  .meta({ id: 'DocumentReview' });
export type Review = z.infer<typeof reviewSchema>;

export const revisionRowSchema = z
  .object({
    kind: z.enum(['version', 'review']),
    versionNumber: z.number().int().nullable(),
    date: z.iso.date().describe('Approval date of a version, or the date of a review'),
    authorName: z.string().nullable().describe('Who wrote the version, or who recorded the review'),
    changeSummary: z.string().nullable().describe("The version's change summary, or the review's note"),
    outcome: z.enum(documentReviewOutcomes).nullable().describe('Reviews only'),
    approvedByName: z.string().nullable(),
    approverRole: z.enum(documentApproverRoles).nullable(),
    publishedAt: isoInstant.nullable(),
  })
  .meta({ id: 'RevisionRow' });

export type RevisionRow = z.infer<typeof revisionRowSchema>;
