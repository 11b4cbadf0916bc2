import { authorize, can, canFrom, type OrgRef } from '../../platform/access.ts';
import type { Actor } from '../../platform/context.ts';
import { forbidden, notFound } from '../../platform/errors.ts';

/** Fields the owner of an SoA entry may change without the write permission: the progress. */
export const ownerFields = ['status', 'implementation', 'targetDate'] as const;

/**
 * Who may do what with controls, the SoA and evidence (DESIGN.md section 4): the security
 * officer keeps the statement; every ISMS reader and the supervisor read it; whoever owns an
 * entry reports its progress; the roles that attach files add evidence.
 */
export const controlsPolicy = {
  /** The shipped catalogue is reference data: any signed-in user reads it. */
  catalogue: (_actor: Actor) => undefined,
  read: (actor: Actor, org: OrgRef) => authorize(actor, 'controls.read', org),
  write: (actor: Actor, org: OrgRef) => authorize(actor, 'controls.write', org),
  /** Frameworks in scope and the clinic profile are also an organisation setting for its admin. */
  readScope: (actor: Actor, org: OrgRef) => {
    if (can(actor, 'org.manage', org)) return;
    authorize(actor, 'controls.read', org);
  },
  changeScope: (actor: Actor, org: OrgRef) => {
    if (can(actor, 'org.manage', org)) return;
    authorize(actor, 'controls.write', org);
  },
  /** The writer changes anything; the entry's owner moves its progress along. */
  updateEntry: (
    actor: Actor,
    org: OrgRef,
    entry: { owner_user_id: string | null },
    changed: readonly string[],
  ) => {
    if (can(actor, 'controls.write', org)) return;
    const onlyProgress = changed.every((field) => (ownerFields as readonly string[]).includes(field));
    if (onlyProgress && entry.owner_user_id === actor.id && can(actor, 'controls.read', org)) return;
    authorize(actor, 'controls.write', org);
  },
  addEvidence: (actor: Actor, org: OrgRef) => {
    if (can(actor, 'controls.write', org)) return;
    authorize(actor, 'controls.evidence', org);
  },
  /** The writer changes any evidence; the other evidence roles change what they added. */
  changeEvidence: (actor: Actor, org: OrgRef, evidence: { created_by: string | null }) => {
    if (can(actor, 'controls.write', org)) return;
    if (evidence.created_by === actor.id && can(actor, 'controls.evidence', org)) return;
    if (!can(actor, 'controls.read', org)) throw notFound();
    throw forbidden();
  },
  /** `can` presented with an SoA entry. */
  entryCan: (actor: Actor, org: OrgRef, entry: { ownerUserId: string | null }) =>
    canFrom({
      update: () => controlsPolicy.write(actor, org),
      updateProgress: () =>
        controlsPolicy.updateEntry(actor, org, { owner_user_id: entry.ownerUserId }, ownerFields),
      addEvidence: () => controlsPolicy.addEvidence(actor, org),
      linkRisks: () => controlsPolicy.write(actor, org),
    }),
  /** `can` presented with a piece of evidence. */
  evidenceCan: (actor: Actor, org: OrgRef, evidence: { createdBy: string | null }) =>
    canFrom({
      update: () => controlsPolicy.changeEvidence(actor, org, { created_by: evidence.createdBy }),
      delete: () => controlsPolicy.changeEvidence(actor, org, { created_by: evidence.createdBy }),
    }),
  setBaseline: (actor: Actor, group: OrgRef) => authorize(actor, 'controls.baseline', group),
  /** Risk titles in the coverage view come from the risk register. */
  readRiskCoverage: (actor: Actor, org: OrgRef) => {
    authorize(actor, 'controls.read', org);
    authorize(actor, 'risks.read', org);
  },
};
