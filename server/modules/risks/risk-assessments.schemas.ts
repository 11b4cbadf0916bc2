import { z } from 'zod';
import { orgParams, uuidParam, versionField } from '../../platform/api-schemas.ts';
import { listQuery } from '../../platform/pagination.ts';

export const assessmentParams = orgParams.extend({ assessmentId: uuidParam });

export const assessmentListQuery = listQuery.pick({ limit: true, cursor: true });

export type AssessmentListQuery = z.infer<typeof assessmentListQuery>;

export const freezeBody = z.object({
  title: z.string().trim().min(1).max(200).optional(),
  assessmentDate: z.iso.date().optional().describe('Default: today'),
  note: z.string().trim().max(10_000).nullable().optional(),
});

export type FreezeInput = z.infer<typeof freezeBody>;

export const compareQuery = z.object({ from: z.uuid(), to: z.uuid() });

export const decisionBody = z.object({
  version: versionField,
  decision: z.enum(['approved', 'rejected']),
  note: z.string().trim().max(5000).nullable().optional().describe('Required when rejecting'),
});

export type DecisionInput = z.infer<typeof decisionBody>;
