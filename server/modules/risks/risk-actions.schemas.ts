import { z } from 'zod';
import { uuidParam, versionField } from '../../platform/api-schemas.ts';
import { actionStatuses } from './risks.presenter.ts';
import { riskParams } from './risks.schemas.ts';

/** Request schemas of treatment actions and risk acceptance. */

export const actionParams = riskParams.extend({ actionId: uuidParam });

const actionFields = {
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().max(5000).nullable().optional(),
  ownerUserId: z.uuid().nullable().optional().describe('Without an owner the security officers get the task'),
  dueDate: z.iso.date(),
};

export const actionCreateSchema = z.object(actionFields);

export const actionUpdateSchema = z
  .object(actionFields)
  .partial()
  .extend({ version: versionField, status: z.enum(actionStatuses).optional() });

export const acceptanceCreateSchema = z.object({
  version: versionField,
  reason: z.string().trim().min(1).max(5000),
  expiresOn: z.iso.date().optional().describe('Default: a year from today; at most three years'),
});

export const acceptanceRevokeSchema = z.object({
  version: versionField,
  note: z.string().trim().min(1).max(5000),
});

export type ActionInput = z.infer<typeof actionCreateSchema>;
export type ActionUpdate = z.infer<typeof actionUpdateSchema>;
export type AcceptanceInput = z.infer<typeof acceptanceCreateSchema>;
export type AcceptanceRevoke = z.infer<typeof acceptanceRevokeSchema>;
