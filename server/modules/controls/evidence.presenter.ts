import { z } from 'zod';
import { requirementPosition } from '../../catalog/controls/index.ts';
import { evidenceKinds } from '../../db/schema.ts';
import type { OrgRef } from '../../platform/access.ts';
import { isoInstant } from '../../platform/api-schemas.ts';
import { addDaysToDate, todayLocal } from '../../platform/clock.ts';
import type { Actor } from '../../platform/context.ts';
import { controlsPolicy } from './controls.policy.ts';
import type { EvidenceFile, EvidenceRow } from './evidence.repository.ts';

export const evidenceValidities = ['valid', 'expiring', 'expired', 'missing_file'] as const;
export type EvidenceValidity = (typeof evidenceValidities)[number];

/** Evidence that runs out within this many days is flagged, and gets a renewal task. */
export const EXPIRY_WARNING_DAYS = 30;

/**
 * Expired from 00:00 Danish time the day after `validUntil` (DESIGN.md section 6); a file
 * evidence whose files were all deleted proves nothing and counts as missing.
 */
export function validityOf(
  evidence: { kind: string; valid_until: string | null; fileCount: number },
  today: string = todayLocal(),
): EvidenceValidity {
  if (evidence.kind === 'file' && evidence.fileCount === 0) return 'missing_file';
  if (evidence.valid_until === null) return 'valid';
  if (evidence.valid_until < today) return 'expired';
  if (evidence.valid_until <= addDaysToDate(today, EXPIRY_WARNING_DAYS)) return 'expiring';
  return 'valid';
}

/** Valid evidence is what an auditor would accept today: valid or about to expire. */
export const countsAsValid = (validity: EvidenceValidity) => validity === 'valid' || validity === 'expiring';

export const daysUntil = (date: string, today: string = todayLocal()): number =>
  Temporal.PlainDate.from(today).until(Temporal.PlainDate.from(date), { largestUnit: 'days' }).days;

export const evidenceFileSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    createdAt: isoInstant,
  })
  .meta({ id: 'EvidenceFile' });

const evidenceFieldsSchema = z.object({
  id: z.string(),
  orgId: z.string(),
  kind: z.enum(evidenceKinds),
  title: z.string(),
  description: z
    .string()
    .nullable()
    .describe('The note itself for kind note; otherwise what the evidence shows'),
  url: z.string().nullable(),
  validUntil: z.iso.date().nullable(),
  validity: z.enum(evidenceValidities),
  expired: z.boolean(),
  daysUntilExpiry: z.number().int().nullable().describe('Negative once expired; null when it never expires'),
  requirementIds: z.array(z.string()),
  files: z
    .array(evidenceFileSchema)
    .describe('Files linked through the files API (entity type control_evidence)'),
  ownerUserId: z.string().nullable(),
  ownerName: z.string().nullable(),
  createdBy: z.string().nullable(),
  version: z.number().int(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
});

export const evidenceSchema = evidenceFieldsSchema
  .extend({
    can: z
      .object({ update: z.boolean(), delete: z.boolean() })
      .meta({ id: 'EvidenceCan' })
      .describe('The security officer changes any evidence; the other evidence roles what they added'),
  })
  .meta({ id: 'Evidence' });

/** Evidence as recorded (audit log, SoA entry detail before `can` is added). */
export type EvidenceRecord = z.infer<typeof evidenceFieldsSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;

/** Who the record is presented to, for its `can`. */
export type ControlsViewer = { actor: Actor; org: OrgRef };

export const withEvidenceCan = (evidence: EvidenceRecord, viewer: ControlsViewer): Evidence => ({
  ...evidence,
  can: controlsPolicy.evidenceCan(viewer.actor, viewer.org, evidence),
});

export function presentEvidence(
  row: EvidenceRow,
  requirementIds: readonly string[],
  files: readonly EvidenceFile[],
  today: string = todayLocal(),
): EvidenceRecord {
  const validity = validityOf(
    { kind: row.kind, valid_until: row.valid_until, fileCount: files.length },
    today,
  );
  return {
    id: row.id,
    orgId: row.org_id,
    kind: row.kind,
    title: row.title,
    description: row.description,
    url: row.url,
    validUntil: row.valid_until,
    validity,
    expired: validity === 'expired',
    daysUntilExpiry: row.valid_until ? daysUntil(row.valid_until, today) : null,
    requirementIds: [...requirementIds].sort((a, b) => requirementPosition(a) - requirementPosition(b)),
    files: files.map((file) => ({
      id: file.id,
      name: file.name,
      contentType: file.content_type,
      size: file.size,
      sha256: file.sha256,
      createdAt: file.created_at,
    })),
    ownerUserId: row.owner_user_id,
    ownerName: row.owner_name,
    createdBy: row.created_by,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
