import { z } from 'zod';
import { isoInstant } from '../../platform/api-schemas.ts';
import { frameworkIdSchema } from './catalogue.presenter.ts';

export const controlProfiles = ['standard', 'clinic'] as const;
export type ControlProfile = (typeof controlProfiles)[number];

export const controlScopeSchema = z
  .object({
    orgId: z.string(),
    profile: z.enum(controlProfiles).describe('clinic: the light ISMS of the nine recommendations'),
    source: z.enum(['default', 'own']).describe('default: derived from the organisation’s place in the tree'),
    frameworks: z.array(frameworkIdSchema),
    version: z.number().int().describe('0 while the organisation keeps the default'),
    updatedAt: isoInstant.nullable(),
  })
  .meta({ id: 'ControlScope' });

export const scopeUpdateBody = z.object({
  version: z.number().int().min(0).describe('The version read; 0 while on the default'),
  profile: z.enum(controlProfiles).optional(),
  frameworks: z
    .array(frameworkIdSchema)
    .max(10)
    .refine((list) => new Set(list).size === list.length, 'controls_framework_duplicate')
    .optional(),
});
export type ScopeUpdate = z.infer<typeof scopeUpdateBody>;
