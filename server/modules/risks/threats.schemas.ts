import { z } from 'zod';
import { threatCategories } from '../../db/schema.ts';
import { orgParams, uuidParam, versionField } from '../../platform/api-schemas.ts';

export const threatParams = orgParams.extend({ threatId: uuidParam });

export const threatQuery = z.object({
  q: z.string().max(200).optional(),
  category: z.enum(threatCategories).optional(),
});

export type ThreatQuery = z.infer<typeof threatQuery>;

export const threatBody = z.object({
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(5000).nullable().optional(),
  category: z.enum(threatCategories),
  affects: z
    .object({
      confidentiality: z.boolean().optional(),
      integrity: z.boolean().optional(),
      availability: z.boolean().optional(),
    })
    .optional(),
});

export type ThreatInput = z.infer<typeof threatBody>;

export const threatUpdateBody = threatBody.partial().extend({ version: versionField });

export type ThreatUpdate = z.infer<typeof threatUpdateBody>;
