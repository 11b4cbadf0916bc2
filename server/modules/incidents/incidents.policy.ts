import type { RecipientCode } from '../../catalog/incidents.ts';
import { authorize, can, grantsAt, type OrgRef } from '../../platform/access.ts';
import type { Actor } from '../../platform/context.ts';
import { forbidden, notFound } from '../../platform/errors.ts';

type IncidentRef = { reporter_user_id: string | null };

/** Notifications that belong to the privacy side: the DPO records them as well as the officer. */
const privacyRecipients: readonly RecipientCode[] = ['datatilsynet', 'data_subjects'];

/**
 * Who may do what with incidents (DESIGN.md section 4):
 * - everyone reports; a reporter sees the status of their own reports and nothing else;
 * - management, security officer, DPO and auditor read the details (they hold personal data);
 * - the security officer triages and handles; the DPO handles the privacy parts (breach
 *   assessment, awareness time, Datatilsynet and data subjects) and writes in the timeline;
 * - supervisor and sector root see aggregated counts only (`incidents.stats`).
 */
export const incidentsPolicy = {
  /**
   * 404 for anyone who may not read incidents, except the reporter of this one: they know it
   * exists (it is in their own list), so they get 403.
   */
  read: (actor: Actor, org: OrgRef, incident: IncidentRef) => {
    if (can(actor, 'incidents.read', org)) return;
    if (grantsAt(actor.memberships, org).size > 0 && incident.reporter_user_id === actor.id)
      throw forbidden();
    throw notFound();
  },
  manage: (actor: Actor, org: OrgRef, incident: IncidentRef) => {
    incidentsPolicy.read(actor, org, incident);
    authorize(actor, 'incidents.manage', org);
  },
  /** Breach assessment, the awareness time and timeline notes: security officer and DPO. */
  handlePrivacy: (actor: Actor, org: OrgRef, incident: IncidentRef) => {
    incidentsPolicy.read(actor, org, incident);
    authorize(actor, 'incidents.breach', org);
  },
  notify: (actor: Actor, org: OrgRef, incident: IncidentRef, recipient: RecipientCode) => {
    if (privacyRecipients.includes(recipient)) incidentsPolicy.handlePrivacy(actor, org, incident);
    else incidentsPolicy.manage(actor, org, incident);
  },
};
