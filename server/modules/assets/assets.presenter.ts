import type { Selectable } from 'kysely';
import { z } from 'zod';
import { type AssetsTable, assetHostings, assetKinds } from '../../db/schema.ts';
import type { OrgRef } from '../../platform/access.ts';
import { isoInstant } from '../../platform/api-schemas.ts';
import { todayLocal } from '../../platform/clock.ts';
import type { Actor } from '../../platform/context.ts';
import { assetActions, assetCan } from './assets.policy.ts';

/** 1 low, 2 medium, 3 high, 4 critical: criticality and the CIA ratings share the scale. */
export const ratingField = z.number().int().min(1).max(4);

export type AssetRow = Selectable<AssetsTable> & { owner_name: string | null; owner_email: string | null };

// TODO(platform): canSchema belongs in platform/api-schemas.ts beside canFrom; here until then.
/** `can` of a presented record: each action to whether the reader may take it (DESIGN.md section 3). */
export const canSchema = <A extends string>(actions: readonly A[]) =>
  z
    .object(Object.fromEntries(actions.map((action) => [action, z.boolean()])) as Record<A, z.ZodBoolean>)
    .describe('What the reader may do with the record; the web shows an action only when true');

export const assetRefSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(assetKinds),
    criticality: ratingField,
  })
  .meta({ id: 'AssetRef' });

export type AssetRef = z.infer<typeof assetRefSchema>;

export const assetRecordSchema = z.object({
  id: z.string(),
  orgId: z.string(),
  name: z.string(),
  kind: z.enum(assetKinds),
  description: z.string().nullable(),
  ownerUserId: z.string().nullable(),
  ownerName: z.string().nullable(),
  criticality: ratingField.describe('1 low, 2 medium, 3 high, 4 critical'),
  confidentiality: ratingField,
  integrity: ratingField,
  availability: ratingField,
  personalData: z.boolean(),
  healthData: z.boolean().describe('Health data (a special category); implies personal data'),
  legacy: z.boolean(),
  endOfSupport: z.iso.date().nullable(),
  unsupported: z.boolean().describe('The end-of-support date has passed (Danish calendar day)'),
  supplier: z.string().nullable(),
  hosting: z.enum(assetHostings).nullable(),
  clinicalCritical: z.boolean().describe('A critical clinical process (kind process only)'),
  criticalRank: z.number().int().nullable().describe('1 = the most critical of the critical processes'),
  dependsOn: z.array(assetRefSchema).describe('Direct dependencies: assets this one needs'),
  dependents: z.array(assetRefSchema).describe('Direct dependents: assets that need this one'),
  version: z.number().int(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
});

/** An asset as written to the audit log: the same for every reader. */
export type AssetRecord = z.infer<typeof assetRecordSchema>;

export const assetSchema = assetRecordSchema.extend({ can: canSchema(assetActions) }).meta({ id: 'Asset' });

export type Asset = z.infer<typeof assetSchema>;

/** The asset for one reader. */
export const presentAssetFor = (
  actor: Actor,
  org: OrgRef,
  row: Pick<AssetRow, 'owner_user_id' | 'created_by'>,
  asset: AssetRecord,
): Asset => ({ ...asset, can: assetCan(actor, org, row) });

export const presentAssetRef = (
  row: Pick<AssetsTable, 'id' | 'name' | 'kind' | 'criticality'>,
): AssetRef => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  criticality: row.criticality,
});

export function presentAsset(
  row: AssetRow,
  links: { dependsOn: AssetRef[]; dependents: AssetRef[] } = { dependsOn: [], dependents: [] },
  now = new Date(),
): AssetRecord {
  return {
    id: row.id,
    orgId: row.org_id,
    name: row.name,
    kind: row.kind,
    description: row.description,
    ownerUserId: row.owner_user_id,
    ownerName: row.owner_name,
    criticality: row.criticality,
    confidentiality: row.confidentiality,
    integrity: row.integrity,
    availability: row.availability,
    personalData: Boolean(row.personal_data),
    healthData: Boolean(row.health_data),
    legacy: Boolean(row.legacy),
    endOfSupport: row.end_of_support,
    unsupported: row.end_of_support !== null && row.end_of_support < todayLocal(now),
    supplier: row.supplier,
    hosting: row.hosting,
    clinicalCritical: Boolean(row.clinical_critical),
    criticalRank: row.critical_rank,
    dependsOn: links.dependsOn,
    dependents: links.dependents,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
