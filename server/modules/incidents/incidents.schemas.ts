import { z } from 'zod';
import { orgParams, uuidParam } from '../../platform/api-schemas.ts';
import { roles } from '../../platform/roles.ts';
import { taskPriorities } from '../tasks/index.ts';

/** Request pieces shared by the incident routes. */
export const incidentParams = orgParams.extend({ incidentId: uuidParam });

/** An instant with Z or an offset, e.g. 2026-03-28T10:00:00+01:00; stored as UTC. */
export const instant = z.iso.datetime({ offset: true });
export const shortText = z.string().max(2000);
export const longText = z.string().max(10_000);
export const acknowledgeCpr = z
  .boolean()
  .optional()
  .describe('Confirms free text that holds a CPR number (after a 400 incident_cpr_found warning)');

/** A corrective action: a task linked to the incident, with an owner (a person or a role) and a due date. */
export const actionBody = z.object({
  title: z.string().trim().min(1).max(300),
  description: longText.nullable().optional(),
  assigneeUserId: z.uuid().nullable().optional(),
  assigneeRole: z.enum(roles).nullable().optional(),
  dueDate: z.iso.date(),
  priority: z.enum(taskPriorities).optional(),
});
export type ActionInput = z.infer<typeof actionBody>;
