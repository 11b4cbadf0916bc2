import type { BoolWithDefault } from './columns-and-access.ts';

/* The asset register. */
/** `device`: medical devices and other networked equipment (IoT). */
export const assetKinds = ['system', 'process', 'information', 'device', 'service', 'location'] as const;
export type AssetKind = (typeof assetKinds)[number];
/** Where it runs: own data centre, a shared operations unit (driftsfællesskab), the supplier, a cloud. */
export const assetHostings = [
  'on_premises',
  'shared_operations',
  'supplier_hosted',
  'cloud',
  'none',
] as const;
export type AssetHosting = (typeof assetHostings)[number];

/** The asset register: systems, processes, information, medical devices/IoT, services, locations. */
export type AssetsTable = {
  id: string;
  org_id: string;
  name: string;
  name_key: string;
  kind: AssetKind;
  description: string | null;
  owner_user_id: string | null;
  /** 1 low, 2 medium, 3 high, 4 critical; the CIA ratings use the same 1-4 scale. */
  criticality: number;
  confidentiality: number;
  integrity: number;
  availability: number;
  personal_data: BoolWithDefault;
  health_data: BoolWithDefault;
  legacy: BoolWithDefault;
  end_of_support: string | null;
  /** Free text until the suppliers module links records. */
  supplier: string | null;
  hosting: AssetHosting | null;
  /** A critical clinical process (kind process), ranked 1 = most critical. */
  clinical_critical: BoolWithDefault;
  critical_rank: number | null;
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
};

/** `asset_id` depends on `depends_on_id`: when the latter fails, the former is hit. */
export type AssetDependenciesTable = {
  org_id: string;
  asset_id: string;
  depends_on_id: string;
  created_at: string;
};
