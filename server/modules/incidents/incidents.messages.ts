import { defineMessages } from '../../platform/i18n.ts';

/** Error and notification texts of the incidents module, Danish and English. */
export const incidentsMessages = defineMessages(
  {
    incident_cpr_found:
      'Teksten ser ud til at indeholde {count} CPR-nummer/-numre. Fjern dem, eller bekræft at de skal med.',
    cpr_number_found: 'Feltet ser ud til at indeholde et CPR-nummer.',
    incident_awareness_reason_required: 'Angiv hvorfor tidspunktet for kendskab til hændelsen ændres.',
    incident_breach_reasoning_required:
      'Når bruddet vurderes usandsynligt at medføre en risiko for de registrerede, skal begrundelsen registreres i stedet for en anmeldelse.',
    incident_breach_not_confirmed:
      'Risikovurdering og registrerede kræver, at hændelsen er vurderet som et brud på persondatasikkerheden.',
    incident_lessons_learned_required:
      'En hændelse kan først lukkes, når erfaringerne (lessons learned) er beskrevet.',
    incident_dismiss_reason_required: 'Angiv hvorfor anmeldelsen afvises.',
    incident_reopen_reason_required: 'Angiv hvorfor hændelsen genåbnes.',
    incident_status_transition: 'En hændelse med status "{from}" kan ikke skifte til "{to}".',
    'incident_status.reported': 'anmeldt',
    'incident_status.in_progress': 'under behandling',
    'incident_status.resolved': 'håndteret',
    'incident_status.closed': 'lukket',
    'incident_status.dismissed': 'afvist',
    incident_notification_stage_invalid: 'Trinnet passer ikke til modtageren.',
    incident_notification_delay_reason_required:
      'Underretningen er sendt efter fristen ({due}). Angiv begrundelsen for forsinkelsen.',
    incident_file_not_found: 'Filen findes ikke i organisationen.',
    incident_link_target_not_found: 'Posten findes ikke i organisationens register.',
    incident_link_exists: 'Hændelsen er allerede knyttet til denne post.',
    statistics_range_invalid:
      'Perioden er ugyldig: fra-måneden må ikke ligge efter til-måneden, og perioden må højst være 36 måneder.',
  },
  {
    incident_cpr_found:
      'The text appears to contain {count} CPR number(s). Remove them, or confirm that they must be included.',
    cpr_number_found: 'This field appears to contain a CPR number.',
    incident_awareness_reason_required:
      'Give the reason for changing the time the organisation became aware.',
    incident_breach_reasoning_required:
      'When the breach is judged unlikely to result in a risk to data subjects, record the reasoning instead of a notification.',
    incident_breach_not_confirmed:
      'Risk assessment and data subjects require the incident to be assessed as a personal-data breach.',
    incident_lessons_learned_required:
      'An incident can only be closed once the lessons learned are described.',
    incident_dismiss_reason_required: 'Give the reason for dismissing the report.',
    incident_reopen_reason_required: 'Give the reason for reopening the incident.',
    incident_status_transition: 'An incident with status "{from}" cannot change to "{to}".',
    'incident_status.reported': 'reported',
    'incident_status.in_progress': 'in progress',
    'incident_status.resolved': 'resolved',
    'incident_status.closed': 'closed',
    'incident_status.dismissed': 'dismissed',
    incident_notification_stage_invalid: 'The stage does not fit the recipient.',
    incident_notification_delay_reason_required:
      'The notification was sent after the deadline ({due}). Give the reason for the delay.',
    incident_file_not_found: 'The file does not exist in this organisation.',
    incident_link_target_not_found: 'The record does not exist in the organisation’s register.',
    incident_link_exists: 'The incident is already linked to this record.',
    statistics_range_invalid:
      'Invalid period: the from month must not be after the to month, and the period may be at most 36 months.',
  },
);

declare module '../../platform/i18n.ts' {
  interface MessageKeys extends Record<keyof typeof incidentsMessages.da, true> {}
}
