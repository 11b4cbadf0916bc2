import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { AssetsTable } from '../../db/schema.ts';
import { isoInstant } from '../../platform/api-schemas.ts';
import { todayLocal } from '../../platform/clock.ts';

/** `device`: medical devices and other networked equipment (IoT). */
export const assetKinds = ['system', 'process', 'information', 'device', 'service', 'location'] as const;
/** Where it runs: own data centre, a shared operations unit (driftsfællesskab), the supplier, a cloud. */
export const assetHostings = [
  'on_premises',
  'shared_operations',
  'supplier_hosted',
  'cloud',
  'none',
] as const;

/** 1 low, 2 medium, 3 high, 4 critical: criticality and the CIA ratings share the scale. */
export const ratingField = z.number().int().min(1).max(4);

export type AssetRow = Selectable<AssetsTable> & { owner_name: string | null; owner_email: string | null };

export const assetRefSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(assetKinds),
    criticality: ratingField,
  })
  .meta({ id: 'AssetRef' });

export type AssetRef = z.infer<typeof assetRefSchema>;

export const assetSchema = z
  .object({
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
  })
  .meta({ id: 'Asset' });

export type Asset = z.infer<typeof assetSchema>;

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
): Asset {
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
