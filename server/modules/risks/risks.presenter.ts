import type { Selectable } from 'kysely';
import { z } from 'zod';
import {
  acceptanceEndReasons,
  acceptanceRoles,
  type RiskAcceptancesTable,
  type RiskScenariosTable,
  riskStatuses,
  riskTreatments,
  type TaskStatus,
} from '../../db/schema.ts';
import type { OrgRef } from '../../platform/access.ts';
import { isoInstant } from '../../platform/api-schemas.ts';
import { isOverdue, todayLocal } from '../../platform/clock.ts';
import type { Actor } from '../../platform/context.ts';
import { roles } from '../../platform/roles.ts';
import { type AssetRef, assetRefSchema, canSchema } from '../assets/index.ts';
import { consequenceOf, isAboveTolerance, levelOf, type Matrix } from './risk-matrix.rules.ts';
import { actionCan, riskActions, riskCan } from './risks.policy.ts';
import { type ThreatRef, threatRefSchema } from './threats.presenter.ts';

/** An action's status is its task's. */
export const actionStatuses = [
  'open',
  'in_progress',
  'done',
  'cancelled',
] as const satisfies readonly TaskStatus[];
/** active or expired while it runs, else how it ended. */
export const acceptanceStates = ['active', 'expired', ...acceptanceEndReasons] as const;

export const levelSchema = z
  .object({
    rank: z.number().int().describe('1 = the lowest band of the matrix'),
    label: z.string(),
    colour: z.string().describe('#rrggbb'),
  })
  .meta({ id: 'RiskLevel' });

export const acceptanceSchema = z
  .object({
    id: z.string(),
    riskId: z.string(),
    acceptedBy: z.string().nullable(),
    acceptedByName: z.string(),
    role: z.enum(acceptanceRoles).describe('The role the acceptance was signed in'),
    reason: z.string(),
    score: z.number().int().describe('The score accepted'),
    tolerance: z.number().int().describe('The tolerance when it was signed'),
    aboveTolerance: z.boolean(),
    acceptedAt: isoInstant,
    expiresOn: z.iso.date(),
    expiresInDays: z
      .number()
      .int()
      .describe('Days from today (Danish time) to the expiry; negative once expired'),
    state: z
      .enum(acceptanceStates)
      .describe('expired: past its expiry date; lapsed: the score rose above what was accepted'),
    endedAt: isoInstant.nullable(),
    endedBy: z.string().nullable(),
    endNote: z.string().nullable(),
  })
  .meta({ id: 'RiskAcceptance' });

export type Acceptance = z.infer<typeof acceptanceSchema>;

export const actionRecordSchema = z.object({
  id: z.string(),
  riskId: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  ownerUserId: z.string().nullable(),
  ownerName: z.string().nullable(),
  ownerRole: z.enum(roles).nullable().describe('Assigned to whoever holds this role when there is no owner'),
  dueDate: z.iso.date().nullable(),
  status: z.enum(actionStatuses),
  overdue: z.boolean(),
  taskId: z.string().nullable().describe('The task in "my tasks" that carries the action'),
  version: z.number().int(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
});

export type ActionRecord = z.infer<typeof actionRecordSchema>;

export const actionSchema = actionRecordSchema
  .extend({ can: canSchema(['update', 'delete'] as const) })
  .meta({ id: 'RiskAction' });

export type Action = z.infer<typeof actionSchema>;

const levelNullable = levelSchema.nullable();
const rating = z.number().int();

export const riskRecordSchema = z.object({
  id: z.string(),
  orgId: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  status: z.enum(riskStatuses),
  ownerUserId: z.string().nullable(),
  ownerName: z.string().nullable(),
  threats: z.array(threatRefSchema),
  assets: z.array(assetRefSchema),
  likelihood: rating,
  consequenceOrganisation: rating.nullable(),
  consequencePatientSafety: rating.nullable(),
  consequenceDataSubject: rating.nullable(),
  consequence: rating.describe('The highest of the three consequences'),
  inherentScore: rating.describe('likelihood × consequence'),
  inherentLevel: levelSchema,
  existingControls: z.string().nullable(),
  plannedControls: z.string().nullable(),
  residualLikelihood: rating.nullable(),
  residualConsequenceOrganisation: rating.nullable(),
  residualConsequencePatientSafety: rating.nullable(),
  residualConsequenceDataSubject: rating.nullable(),
  residualConsequence: rating.nullable(),
  residualScore: rating.nullable(),
  residualLevel: levelNullable,
  score: rating.describe('The score that counts: residual once assessed, inherent until then'),
  level: levelSchema,
  aboveTolerance: z.boolean().describe('score > the matrix tolerance: only management may accept it'),
  treatment: z.enum(riskTreatments).nullable(),
  treatmentNote: z.string().nullable(),
  reviewDate: z.iso.date(),
  reviewOverdue: z.boolean(),
  reviewInDays: z
    .number()
    .int()
    .describe('Days from today (Danish time) to the review date; negative when overdue'),
  lastReviewedAt: isoInstant.nullable(),
  acceptance: acceptanceSchema
    .nullable()
    .describe('The latest acceptance, unless it was revoked or superseded'),
  actionSummary: z.object({ total: z.number().int(), open: z.number().int(), overdue: z.number().int() }),
  createdBy: z.string().nullable(),
  version: z.number().int(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
});

/** A risk as written to the audit log and the frozen assessment: the same for every reader. */
export type RiskRecord = z.infer<typeof riskRecordSchema>;

export const riskSchema = riskRecordSchema.extend({ can: canSchema(riskActions) }).meta({ id: 'Risk' });

export type Risk = z.infer<typeof riskSchema>;

/** An action for one reader: whoever may change its risk may change the action. */
export const presentActionFor = (
  actor: Actor,
  org: OrgRef,
  risk: Pick<RiskRow, 'owner_user_id' | 'created_by' | 'status'>,
  action: ActionRecord,
): Action => ({ ...action, can: actionCan(actor, org, risk) });

/** The risk for one reader. */
export const presentRiskFor = (actor: Actor, org: OrgRef, risk: RiskRecord): Risk => ({
  ...risk,
  can: riskCan(actor, org, risk),
});

export type RiskRow = Selectable<RiskScenariosTable> & { owner_name: string | null };

export type ActionRow = {
  id: string;
  risk_id: string;
  title: string;
  description: string | null;
  task_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  assignee_user_id: string | null;
  assignee_role: string | null;
  assignee_name: string | null;
  due_date: string | null;
  task_status: TaskStatus | null;
  task_source_key: string | null;
};

export type AcceptanceRow = Selectable<RiskAcceptancesTable>;

/** Whole Danish calendar days from today to `date`, for countdowns in the web. */
export const daysUntil = (date: string, now = new Date()) =>
  Temporal.PlainDate.from(todayLocal(now)).until(Temporal.PlainDate.from(date), { largestUnit: 'days' }).days;

export function presentAcceptance(row: AcceptanceRow, now = new Date()): Acceptance {
  const state = row.end_reason ?? (isOverdue(row.expires_on, now) ? 'expired' : 'active');
  return {
    id: row.id,
    riskId: row.risk_id,
    acceptedBy: row.accepted_by,
    acceptedByName: row.accepted_by_name,
    role: row.role,
    reason: row.reason,
    score: row.score,
    tolerance: row.tolerance,
    aboveTolerance: Boolean(row.above_tolerance),
    acceptedAt: row.accepted_at,
    expiresOn: row.expires_on,
    expiresInDays: daysUntil(row.expires_on, now),
    state,
    endedAt: row.ended_at,
    endedBy: row.ended_by,
    endNote: row.end_note,
  };
}

export function presentAction(row: ActionRow, now = new Date()): ActionRecord {
  // A task deleted by hand leaves the action without owner or status: show it as cancelled.
  const status = row.task_status ?? 'cancelled';
  const open = status === 'open' || status === 'in_progress';
  return {
    id: row.id,
    riskId: row.risk_id,
    title: row.title,
    description: row.description,
    ownerUserId: row.assignee_user_id,
    ownerName: row.assignee_name,
    ownerRole: (row.assignee_role as Action['ownerRole']) ?? null,
    dueDate: row.due_date,
    status,
    overdue: open && row.due_date !== null && isOverdue(row.due_date, now),
    taskId: row.task_id,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export type RiskExtras = {
  threats: ThreatRef[];
  assets: AssetRef[];
  acceptance: AcceptanceRow | null;
  actionSummary: { total: number; open: number; overdue: number };
};

export const noExtras: RiskExtras = {
  threats: [],
  assets: [],
  acceptance: null,
  actionSummary: { total: 0, open: 0, overdue: 0 },
};

export function presentRisk(
  row: RiskRow,
  matrix: Matrix,
  extras: RiskExtras = noExtras,
  now = new Date(),
): RiskRecord {
  const consequence =
    consequenceOf([
      row.consequence_organisation,
      row.consequence_patient_safety,
      row.consequence_data_subject,
    ]) ?? 1;
  const residualConsequence = consequenceOf([
    row.residual_consequence_organisation,
    row.residual_consequence_patient_safety,
    row.residual_consequence_data_subject,
  ]);
  const active = row.status === 'open' || row.status === 'accepted';
  return {
    id: row.id,
    orgId: row.org_id,
    title: row.title,
    description: row.description,
    status: row.status,
    ownerUserId: row.owner_user_id,
    ownerName: row.owner_name,
    threats: extras.threats,
    assets: extras.assets,
    likelihood: row.likelihood,
    consequenceOrganisation: row.consequence_organisation,
    consequencePatientSafety: row.consequence_patient_safety,
    consequenceDataSubject: row.consequence_data_subject,
    consequence,
    inherentScore: row.inherent_score,
    inherentLevel: levelOf(matrix, row.inherent_score),
    existingControls: row.existing_controls,
    plannedControls: row.planned_controls,
    residualLikelihood: row.residual_likelihood,
    residualConsequenceOrganisation: row.residual_consequence_organisation,
    residualConsequencePatientSafety: row.residual_consequence_patient_safety,
    residualConsequenceDataSubject: row.residual_consequence_data_subject,
    residualConsequence,
    residualScore: row.residual_score,
    residualLevel: row.residual_score === null ? null : levelOf(matrix, row.residual_score),
    score: row.score,
    level: levelOf(matrix, row.score),
    aboveTolerance: isAboveTolerance(matrix, row.score),
    treatment: row.treatment,
    treatmentNote: row.treatment_note,
    reviewDate: row.review_date,
    reviewOverdue: active && isOverdue(row.review_date, now),
    reviewInDays: daysUntil(row.review_date, now),
    lastReviewedAt: row.last_reviewed_at,
    acceptance: extras.acceptance ? presentAcceptance(extras.acceptance, now) : null,
    actionSummary: extras.actionSummary,
    createdBy: row.created_by,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
