import { z } from 'zod';
import { evidenceKinds } from '../../db/schema.ts';
import { orgParams, uuidParam, versionField } from '../../platform/api-schemas.ts';
import { listQuery } from '../../platform/pagination.ts';
import { requirementIdSchema } from './controls.schemas.ts';

export const evidenceParams = orgParams.extend({ evidenceId: uuidParam });

export const evidenceFilters = listQuery.extend({
  requirementId: requirementIdSchema.optional(),
  validity: z
    .enum(['valid', 'expiring', 'expired'])
    .optional()
    .describe('expiring: valid but running out within 30 days'),
});

/** The filters as the service takes them: the sort resolved to a field and a direction. */
export type EvidenceListQuery = Omit<z.infer<typeof evidenceFilters>, 'sort'> & {
  sort: 'title' | 'validUntil';
  direction: 'asc' | 'desc';
};

const webUrl = z.url({ protocol: /^https?$/ }).max(2000);

const evidenceFields = {
  title: z.string().trim().min(1).max(300),
  description: z.string().max(10_000).nullable().optional(),
  url: webUrl.nullable().optional(),
  validUntil: z.iso.date().nullable().optional().describe('Last day the evidence is valid; null: no expiry'),
  ownerUserId: z.uuid().nullable().optional().describe('Who renews it; gets the renewal task'),
  requirementIds: z.array(requirementIdSchema).min(1).max(150),
};

export const evidenceCreateBody = z.object({
  kind: z.enum(evidenceKinds),
  fileId: z.uuid().optional(),
  ...evidenceFields,
});
export type EvidenceCreate = z.infer<typeof evidenceCreateBody>;

export const evidenceUpdateBody = z.object({
  version: versionField,
  title: evidenceFields.title.optional(),
  description: evidenceFields.description,
  url: evidenceFields.url,
  validUntil: evidenceFields.validUntil,
  ownerUserId: evidenceFields.ownerUserId,
  requirementIds: evidenceFields.requirementIds.optional(),
});
export type EvidenceUpdate = z.infer<typeof evidenceUpdateBody>;
