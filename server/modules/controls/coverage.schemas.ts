import { z } from 'zod';
import { riskStatuses } from '../../db/schema.ts';
import { listQuery } from '../../platform/pagination.ts';
import { booleanQuery } from './controls.schemas.ts';

export const riskCoverageQuery = listQuery.pick({ limit: true, cursor: true }).extend({
  treated: booleanQuery,
  status: z
    .string()
    .max(60)
    .transform((value) => value.split(',').filter(Boolean))
    .pipe(z.array(z.enum(riskStatuses)))
    .optional()
    .describe('Comma-separated; default: every status but closed'),
});
export type RiskCoverageQuery = z.infer<typeof riskCoverageQuery>;
