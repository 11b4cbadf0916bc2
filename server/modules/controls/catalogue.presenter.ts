import { z } from 'zod';
import {
  annexAThemeNames,
  annexAThemes,
  type Framework,
  frameworkIds,
  type Requirement,
  relatedRequirements,
} from '../../catalog/controls/index.ts';

export const localizedTextSchema = z
  .object({ da: z.string(), en: z.string() })
  .meta({ id: 'LocalizedText', description: 'Text in both product languages' });

export const frameworkIdSchema = z.enum(frameworkIds);
export const themeSchema = z.enum(annexAThemes);

export const requirementRefSchema = z
  .object({
    id: z.string(),
    frameworkId: frameworkIdSchema,
    code: z.string(),
    title: localizedTextSchema,
  })
  .meta({ id: 'RequirementRef' });

export const requirementSchema = requirementRefSchema
  .extend({
    theme: themeSchema.nullable(),
    guidance: localizedTextSchema.nullable(),
    mappedTo: z
      .array(requirementRefSchema)
      .describe(
        'For Annex A: the requirements of other frameworks that map here; otherwise the Annex A controls behind it',
      ),
  })
  .meta({ id: 'Requirement' });

export const frameworkSummarySchema = z
  .object({
    id: frameworkIdSchema,
    name: localizedTextSchema,
    source: localizedTextSchema,
    requirementCount: z.number().int(),
  })
  .meta({ id: 'ControlFramework' });

export const frameworkDetailSchema = frameworkSummarySchema
  .extend({
    themes: z
      .array(z.object({ id: themeSchema, name: localizedTextSchema, requirementCount: z.number().int() }))
      .describe('Annex A only: the four themes'),
    requirements: z.array(requirementSchema),
  })
  .meta({ id: 'ControlFrameworkDetail' });

export const presentRequirementRef = (r: Requirement): z.infer<typeof requirementRefSchema> => ({
  id: r.id,
  frameworkId: r.frameworkId,
  code: r.code,
  title: r.title,
});

export const presentRequirement = (r: Requirement): z.infer<typeof requirementSchema> => ({
  ...presentRequirementRef(r),
  theme: r.theme ?? null,
  guidance: r.guidance ?? null,
  mappedTo: relatedRequirements(r).map(presentRequirementRef),
});

export const presentFramework = (f: Framework): z.infer<typeof frameworkSummarySchema> => ({
  id: f.id,
  name: f.name,
  source: f.source,
  requirementCount: f.requirements.length,
});

export const presentFrameworkDetail = (f: Framework): z.infer<typeof frameworkDetailSchema> => ({
  ...presentFramework(f),
  themes:
    f.id === 'iso27001_2022'
      ? annexAThemes.map((theme) => ({
          id: theme,
          name: annexAThemeNames[theme],
          requirementCount: f.requirements.filter((r) => r.theme === theme).length,
        }))
      : [],
  requirements: f.requirements.map(presentRequirement),
});
