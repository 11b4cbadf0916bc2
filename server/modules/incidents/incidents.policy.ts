import { z } from 'zod';
import type { RecipientCode } from '../../catalog/incidents.ts';
import { authorize, type Can, can, canFrom, grantsAt, type OrgRef } from '../../platform/access.ts';
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

/** What the web may offer on an incident; each entry is the check the matching operation runs. */
export const incidentCanSchema = z
  .object({
    triage: z.boolean().describe('Classify, edit the description and the NIS2 and police answers'),
    changeStatus: z.boolean(),
    assessBreach: z.boolean(),
    setAwareness: z.boolean(),
    addNote: z.boolean(),
    addAction: z.boolean(),
    editLinks: z.boolean(),
    notifySecurity: z.boolean().describe('Record NIS2, police, supplier and sector notifications'),
    notifyPrivacy: z.boolean().describe('Record Datatilsynet and data-subject notifications'),
  })
  .describe('What the caller may do with this incident');

export type IncidentCan = Can<keyof z.infer<typeof incidentCanSchema>>;

export function incidentCan(actor: Actor, org: OrgRef, incident: IncidentRef): IncidentCan {
  const manage = () => incidentsPolicy.manage(actor, org, incident);
  const privacy = () => incidentsPolicy.handlePrivacy(actor, org, incident);
  return canFrom({
    triage: manage,
    changeStatus: manage,
    assessBreach: privacy,
    setAwareness: privacy,
    addNote: privacy,
    addAction: manage,
    editLinks: manage,
    notifySecurity: () => incidentsPolicy.notify(actor, org, incident, 'nis2_authority'),
    notifyPrivacy: () => incidentsPolicy.notify(actor, org, incident, 'datatilsynet'),
  });
}

export const notificationCanSchema = z
  .object({ update: z.boolean() })
  .describe('What the caller may do with this notification');

export const notificationCan = (
  actor: Actor,
  org: OrgRef,
  incident: IncidentRef,
  recipient: RecipientCode,
): Can<'update'> => canFrom({ update: () => incidentsPolicy.notify(actor, org, incident, recipient) });
