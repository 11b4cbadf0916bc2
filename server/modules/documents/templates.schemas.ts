import { z } from 'zod';
import { policyTemplateKeys } from '../../catalog/policy-templates/index.ts';
import { documentClassifications, documentKinds } from '../../db/schema.ts';
import { isoInstant, uuidParam } from '../../platform/api-schemas.ts';
import { documentNameFields } from './document-heading.schemas.ts';
import { audienceInput, classificationInput, documentParams, ownerUserIdInput } from './documents.schemas.ts';

export const fromTemplateBody = z.object({
  catalogKey: z.enum(policyTemplateKeys).optional(),
  templateDocumentId: z.uuid().optional(),
  locale: z.enum(['da', 'en']).optional().describe('Language of a starter template (default da)'),
  title: z.string().trim().min(1).max(300).optional(),
  ownerUserId: ownerUserIdInput,
  classification: classificationInput,
  audience: audienceInput.optional(),
});
export type FromTemplateInput = z.infer<typeof fromTemplateBody>;

export const adoptionParams = documentParams.extend({ adoptedDocumentId: uuidParam });
export const adoptionDiffQuery = z.object({ against: z.enum(['adopted', 'current']).default('adopted') });

const localized = z.object({ da: z.string(), en: z.string() });

export const templateListSchema = z
  .object({
    catalog: z.array(
      z.object({
        key: z.string(),
        kind: z.enum(documentKinds),
        classification: z.enum(documentClassifications),
        reviewIntervalMonths: z.number().int(),
        title: localized,
        description: localized,
      }),
    ),
    group: z
      .array(
        z.object({
          documentId: z.string(),
          ...documentNameFields,
          versionId: z.string(),
          versionNumber: z.number().int(),
          publishedAt: isoInstant.nullable(),
        }),
      )
      .describe('Published templates of the groups (region, ministry) above the organisation'),
  })
  .meta({ id: 'DocumentTemplates' });

const deviationStats = z.object({
  unchanged: z.number().int(),
  changed: z.number().int(),
  added: z.number().int(),
  removed: z.number().int(),
});

export const adoptionSchema = z
  .object({
    documentId: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    title: z.string(),
    adoptedFromVersionId: z.string().nullable(),
    adoptedFromVersionNumber: z.number().int().nullable(),
    templateCurrentVersionNumber: z.number().int().nullable(),
    upToDate: z.boolean().describe('Adopted from the template version in force now'),
    comparedVersion: versionSummaryRef(),
    comparable: z.boolean().describe('False when either text is a file body'),
    deviation: deviationStats.describe(
      'Blocks unchanged, changed, added and removed against the template version',
    ),
    archived: z.boolean(),
  })
  .meta({ id: 'TemplateAdoption' });

function versionSummaryRef() {
  return z
    .object({ id: z.string(), number: z.number().int(), status: z.string() })
    .nullable()
    .describe("The adopter's published version, or its latest when none is published");
}
