import { z } from 'zod';

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z
        .object({
          fields: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })).optional(),
        })
        .optional(),
    }),
  })
  .meta({ id: 'Error' });

/** The error responses every authenticated route can give, for the OpenAPI document. */
export const errorResponses = {
  400: errorSchema,
  401: errorSchema,
  403: errorSchema,
  404: errorSchema,
  409: errorSchema,
  429: errorSchema,
} as const;

export const uuidParam = z.uuid();
export const orgParams = z.object({ orgId: uuidParam });
export const isoInstant = z.string().meta({ format: 'date-time' });
export const versionField = z.number().int().min(1);
export const noContent = z.null().describe('No content');

/** A yes/no filter in a query string: `true` or `false`. */
export const queryBoolean = z.enum(['true', 'false']).transform((value) => value === 'true');
