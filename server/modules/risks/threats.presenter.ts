import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { CatalogThreat } from '../../catalog/threats.ts';
import type { ThreatsTable } from '../../db/schema.ts';
import { threatCategories } from '../../db/schema.ts';
import type { OrgRef } from '../../platform/access.ts';
import { isoInstant } from '../../platform/api-schemas.ts';
import type { Actor } from '../../platform/context.ts';
import { canSchema } from '../assets/index.ts';
import { threatCan } from './risks.policy.ts';

const localized = z.object({ da: z.string(), en: z.string() });

export const threatRefSchema = z
  .object({
    id: z.string().describe('A catalogue key (e.g. ransomware) or the id of an organisation’s own threat'),
    source: z.enum(['catalog', 'organisation']),
    title: localized,
  })
  .meta({ id: 'ThreatRef' });

export type ThreatRef = z.infer<typeof threatRefSchema>;

export const threatRecordSchema = z.object({
  id: z.string(),
  source: z.enum(['catalog', 'organisation']),
  orgId: z
    .string()
    .nullable()
    .describe('The organisation that added it (an ancestor’s threats apply below it)'),
  category: z.enum(threatCategories),
  title: localized.describe('Catalogue threats in Danish and English; own threats as written, in both'),
  description: localized.nullable(),
  affects: z.object({ confidentiality: z.boolean(), integrity: z.boolean(), availability: z.boolean() }),
  vulnerabilities: z
    .array(z.number().int())
    .describe('The sector strategy’s vulnerabilities (1-6) the threat draws on; catalogue only'),
  riskCount: z.number().int().describe('Risk scenarios of this organisation that name the threat'),
  version: z.number().int().nullable(),
  updatedAt: isoInstant.nullable(),
});

export type ThreatRecord = z.infer<typeof threatRecordSchema>;

export const threatSchema = threatRecordSchema
  .extend({ can: canSchema(['update', 'delete'] as const) })
  .meta({ id: 'Threat' });

export type Threat = z.infer<typeof threatSchema>;

/** The threat with what the reader may do with it at `org`. */
export const withThreatCan = (actor: Actor, org: OrgRef, threat: ThreatRecord): Threat => ({
  ...threat,
  can: threatCan(actor, org, threat),
});

export function presentCatalogThreat(threat: CatalogThreat, riskCount = 0): ThreatRecord {
  return {
    id: threat.key,
    source: 'catalog',
    orgId: null,
    category: threat.category,
    title: threat.title,
    description: threat.description,
    affects: threat.affects,
    vulnerabilities: threat.vulnerabilities,
    riskCount,
    version: null,
    updatedAt: null,
  };
}

export function presentOwnThreat(row: Selectable<ThreatsTable>, riskCount = 0): ThreatRecord {
  return {
    id: row.id,
    source: 'organisation',
    orgId: row.org_id,
    category: row.category,
    title: { da: row.title, en: row.title },
    description: row.description ? { da: row.description, en: row.description } : null,
    affects: {
      confidentiality: Boolean(row.affects_confidentiality),
      integrity: Boolean(row.affects_integrity),
      availability: Boolean(row.affects_availability),
    },
    vulnerabilities: [],
    riskCount,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

export const threatRefOf = (threat: ThreatRecord): ThreatRef => ({
  id: threat.id,
  source: threat.source,
  title: threat.title,
});
