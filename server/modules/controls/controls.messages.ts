import { defineMessages } from '../../platform/i18n.ts';

/** Error and notification texts of the controls module, Danish and English. */
export const controlsMessages = defineMessages(
  {
    soa_justification_required: 'Angiv en begrundelse, når en kontrol ikke er relevant for organisationen.',
    soa_deviation_justification_required:
      'Beslutningen afviger fra baselinen fra {group}. Angiv en begrundelse for afvigelsen.',
    soa_framework_not_in_scope:
      'Rammeværket {framework} er ikke valgt for organisationen. Tilføj det under organisationens rammeværker først.',
    soa_risk_not_found: 'Risikoen findes ikke i organisationens risikoregister.',
    soa_risk_link_exists: 'Kontrollen er allerede knyttet til denne risiko.',
    soa_baseline_group_only: 'Kun en koncern eller region kan fastsætte en baseline for sine organisationer.',
    controls_framework_duplicate: 'Hvert rammeværk må kun vælges én gang.',
    evidence_requirement_invalid:
      'Kravet findes ikke, eller dets rammeværk er ikke valgt for organisationen.',
    evidence_url_required: 'Et link som dokumentation skal have en adresse (https://…).',
    evidence_note_required: 'Skriv notatet i beskrivelsen.',
    evidence_file_required: 'Upload filen først, og angiv dens id (fileId).',
    evidence_file_not_found: 'Filen findes ikke i organisationens filer.',
    'framework.iso27001_2022': 'ISO/IEC 27001:2022 bilag A',
    'framework.nis2_art21': 'NIS2 art. 21',
    'framework.gdpr_art32': 'GDPR art. 32',
    'framework.clinic_nine': 'de ni anbefalinger til klinikker',
    'framework.cyberforsvar': 'Cyberforsvar der virker',
    invalid_requirement_id: 'Kravets nummer er ugyldigt (fx A.5.1, NIS2.a eller CLINIC.4).',
  },
  {
    soa_justification_required: 'Give a justification when a control is not applicable to the organisation.',
    soa_deviation_justification_required:
      'This decision deviates from the baseline set by {group}. Give a justification for the deviation.',
    soa_framework_not_in_scope:
      'The framework {framework} is not chosen for the organisation. Add it to the organisation’s frameworks first.',
    soa_risk_not_found: 'The risk does not exist in the organisation’s risk register.',
    soa_risk_link_exists: 'The control is already linked to this risk.',
    soa_baseline_group_only: 'Only a group or region can set a baseline for its organisations.',
    controls_framework_duplicate: 'Choose each framework only once.',
    evidence_requirement_invalid:
      'The requirement does not exist, or its framework is not chosen for the organisation.',
    evidence_url_required: 'Link evidence needs an address (https://…).',
    evidence_note_required: 'Write the note in the description.',
    evidence_file_required: 'Upload the file first and give its id (fileId).',
    evidence_file_not_found: 'The file does not exist in the organisation’s files.',
    'framework.iso27001_2022': 'ISO/IEC 27001:2022 Annex A',
    'framework.nis2_art21': 'NIS2 Art. 21',
    'framework.gdpr_art32': 'GDPR Art. 32',
    'framework.clinic_nine': 'the nine clinic recommendations',
    'framework.cyberforsvar': 'Cyber defence that works',
    invalid_requirement_id: 'The requirement number is invalid (e.g. A.5.1, NIS2.a or CLINIC.4).',
  },
);

declare module '../../platform/i18n.ts' {
  interface MessageKeys extends Record<keyof typeof controlsMessages.da, true> {}
}
