import { z } from 'zod';
import { orgParams } from '../../platform/api-schemas.ts';

/** `?flag=true|false` as a boolean. */
export const booleanQuery = z
  .enum(['true', 'false'])
  .transform((value) => value === 'true')
  .optional();

/** A catalogue requirement id: `A.5.1`, `NIS2.a`, `GDPR32.1.a`, `CLINIC.4`, `CFDV.2`. */
export const requirementIdSchema = z
  .string()
  .max(30)
  .regex(/^[A-Z][A-Z0-9]*(\.[A-Za-z0-9]+)+$/, 'invalid_requirement_id');

export const requirementParams = orgParams.extend({ requirementId: requirementIdSchema });
