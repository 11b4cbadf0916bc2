import {
  assertNotOwnWork,
  authorize,
  type Can,
  can,
  canFrom,
  type OrgRef,
  rolesAt,
} from '../../platform/access.ts';
import type { Actor } from '../../platform/context.ts';
import { conflict, forbidden } from '../../platform/errors.ts';

type RiskRef = { owner_user_id: string | null; created_by: string | null; status: string };

/**
 * Who may change which risk (DESIGN.md section 4): the security officer every risk; a risk
 * owner the risks they own (without handing them to someone else); a contributor the drafts
 * they wrote, and only as drafts.
 */
function mayChange(actor: Actor, org: OrgRef, risk: RiskRef, change: RiskChange): boolean {
  if (can(actor, 'risks.manage', org)) return true;
  const roles = rolesAt(actor.memberships, org);
  const keepsOwner = change.ownerUserId === undefined || change.ownerUserId === risk.owner_user_id;
  if (roles.has('risk_owner') && risk.owner_user_id === actor.id && keepsOwner) return true;
  return (
    roles.has('contributor') &&
    risk.created_by === actor.id &&
    risk.status === 'draft' &&
    (change.status === undefined || change.status === 'draft')
  );
}

export type RiskChange = { ownerUserId?: string | null; status?: string };

export const risksPolicy = {
  read: (actor: Actor, org: OrgRef) => authorize(actor, 'risks.read', org),
  /** A risk owner records risks they own; a contributor drafts. */
  create: (actor: Actor, org: OrgRef, input: { ownerUserId: string | null; status: string }) => {
    authorize(actor, 'risks.write', org);
    if (can(actor, 'risks.manage', org)) return;
    const roles = rolesAt(actor.memberships, org);
    if (roles.has('risk_owner') && input.ownerUserId === actor.id) return;
    if (roles.has('contributor') && input.status === 'draft') return;
    throw forbidden();
  },
  update: (actor: Actor, org: OrgRef, risk: RiskRef, change: RiskChange = {}) => {
    authorize(actor, 'risks.write', org);
    if (!mayChange(actor, org, risk, change)) throw forbidden();
  },
  /** Only drafts are deleted; the register keeps everything else (close it instead). */
  delete: (actor: Actor, org: OrgRef, risk: RiskRef) => {
    authorize(actor, 'risks.write', org);
    if (!mayChange(actor, org, risk, {})) throw forbidden();
  },
  /** The matrix, the organisation's own threats, freezing the yearly assessment. */
  manage: (actor: Actor, org: OrgRef) => authorize(actor, 'risks.manage', org),
  /**
   * Signing an acceptance: management above the tolerance, the security officer or management
   * at or below it, and never the risk's own owner (segregation of duties).
   */
  accept: (actor: Actor, org: OrgRef, risk: RiskRef, aboveTolerance: boolean) => {
    authorize(actor, 'risks.accept', org);
    if (aboveTolerance && !can(actor, 'risks.accept_above_tolerance', org)) {
      throw forbidden('risk_acceptance_requires_management');
    }
    assertNotOwnWork(actor, [risk.owner_user_id]);
  },
  /** Ending an acceptance early: whoever may sign one, or the security officer. */
  revokeAcceptance: (actor: Actor, org: OrgRef) => {
    if (can(actor, 'risks.manage', org)) return;
    authorize(actor, 'risks.accept', org);
  },
  /** Management approves the frozen assessment; never the person who froze it. */
  decideAssessment: (actor: Actor, org: OrgRef, frozenBy: string | null) => {
    authorize(actor, 'risks.approve_assessment', org);
    assertNotOwnWork(actor, [frozenBy]);
  },
};

/** The role an acceptance is signed in: management when the actor holds it here, else security officer. */
export const acceptanceRole = (actor: Actor, org: OrgRef): 'management' | 'security_officer' =>
  can(actor, 'risks.accept_above_tolerance', org) ? 'management' : 'security_officer';

export const riskActions = ['update', 'delete', 'review', 'accept', 'revokeAcceptance'] as const;

/** The risk as presented: enough to answer what the actor may do with it. */
type PresentedRisk = {
  ownerUserId: string | null;
  createdBy: string | null;
  status: string;
  aboveTolerance: boolean;
  acceptance: { endedAt: string | null } | null;
};

const live = (status: string) => status === 'open' || status === 'accepted';

/**
 * What the web may offer on a risk: the same checks the services run, including the state
 * rules (only drafts are deleted, only live risks are reviewed or accepted).
 */
export function riskCan(actor: Actor, org: OrgRef, risk: PresentedRisk): Can<(typeof riskActions)[number]> {
  const ref: RiskRef = { owner_user_id: risk.ownerUserId, created_by: risk.createdBy, status: risk.status };
  const when = (rule: boolean, code: Parameters<typeof conflict>[0]) => {
    if (!rule) throw conflict(code);
  };
  return canFrom({
    update: () => risksPolicy.update(actor, org, ref),
    delete: () => {
      risksPolicy.delete(actor, org, ref);
      when(risk.status === 'draft', 'risk_delete_not_draft');
    },
    review: () => {
      risksPolicy.update(actor, org, ref);
      when(live(risk.status), 'risk_not_live');
    },
    accept: () => {
      risksPolicy.accept(actor, org, ref, risk.aboveTolerance);
      when(live(risk.status), 'risk_not_acceptable');
    },
    revokeAcceptance: () => {
      risksPolicy.revokeAcceptance(actor, org);
      when(risk.acceptance !== null && risk.acceptance.endedAt === null, 'risk_no_acceptance');
    },
  });
}

/** A treatment action is changed by whoever may change its risk. */
export function actionCan(actor: Actor, org: OrgRef, risk: RiskRef): Can<'update' | 'delete'> {
  return canFrom({
    update: () => risksPolicy.update(actor, org, risk),
    delete: () => risksPolicy.update(actor, org, risk),
  });
}

/** Catalogue threats and an ancestor's threats are read-only here; the organisation's own are managed. */
export function threatCan(
  actor: Actor,
  org: OrgRef,
  threat: { orgId: string | null },
): Can<'update' | 'delete'> {
  const own = () => {
    risksPolicy.manage(actor, org);
    if (threat.orgId !== org.id) throw forbidden();
  };
  return canFrom({ update: own, delete: own });
}

/** Management decides an assessment awaiting approval, never the person who froze it. */
export function assessmentCan(
  actor: Actor,
  org: OrgRef,
  assessment: { frozenBy: string | null; status: string },
): Can<'decide'> {
  return canFrom({
    decide: () => {
      risksPolicy.decideAssessment(actor, org, assessment.frozenBy);
      if (assessment.status !== 'awaiting_approval') throw conflict('risk_assessment_decided');
    },
  });
}
