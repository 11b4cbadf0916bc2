import { defineMessages } from '../../platform/i18n.ts';

/** Error and notification texts of the risks module, Danish and English. */
export const risksMessages = defineMessages(
  {
    risk_matrix_invalid: 'Risikomatricen er ugyldig. Ret de markerede felter.',
    risk_matrix_mapping_required:
      'Antallet af niveauer er ændret: angiv for hvert gammelt niveau, hvilket nyt niveau eksisterende risici skal flyttes til.',
    risk_matrix_level_order: 'Niveauerne skal være nummereret 1, 2, 3 … i rækkefølge.',
    risk_matrix_band_order: 'Intervallerne skal stige: hver øvre grænse skal være højere end den forrige.',
    risk_matrix_band_end: 'Det sidste interval skal slutte ved matricens højeste score.',
    risk_matrix_tolerance_range: 'Tolerancen skal ligge mellem 0 og matricens højeste score.',
    risk_matrix_mapping_missing: 'Angiv hvilket nyt niveau dette gamle niveau skal flyttes til.',
    risk_matrix_mapping_range: 'Det nye niveau findes ikke i den nye skala.',
    risk_matrix_mapping_unknown_level: 'Niveauet findes ikke i den nuværende skala.',
    risk_matrix_colour: 'Farven skal skrives som #rrggbb.',
    risk_level_out_of_range: 'Niveauet findes ikke i organisationens risikomatrix.',
    risk_consequence_required:
      'Vurdér konsekvensen for mindst én af organisationen, patientsikkerheden eller den registrerede.',
    risk_residual_likelihood_required: 'En restrisiko skal have både sandsynlighed og konsekvens.',
    risk_owner_required: 'En risiko i registret skal have en risikoejer.',
    risk_status_transition: 'Statusskiftet er ikke tilladt. Brug risikoaccept for at acceptere en risiko.',
    risk_not_live: 'Kun en åben eller accepteret risiko kan gennemgås.',
    risk_review_date_past: 'Næste gennemgang skal ligge efter i dag.',
    risk_delete_not_draft: 'Kun kladder kan slettes. Luk risikoen i stedet, så den forbliver sporbar.',
    risk_not_acceptable: 'Kun en åben eller accepteret risiko kan accepteres.',
    risk_acceptance_requires_management:
      'Risikoen ligger over organisationens risikotolerance og skal accepteres af ledelsen.',
    risk_acceptance_expiry: 'Udløbsdatoen skal ligge efter i dag og højst {months} måneder frem.',
    risk_no_acceptance: 'Risikoen har ingen gældende accept.',
    threat_not_found: 'Truslen findes ikke i trusselskataloget for organisationen.',
    threat_in_use: 'Truslen bruges i {count} risikoscenarier. Fjern den fra dem først.',
    risk_assessment_date_future: 'En risikovurdering kan ikke dateres i fremtiden.',
    risk_assessment_decided: 'Risikovurderingen er allerede godkendt eller afvist og kan ikke ændres.',
    risk_assessment_rejection_note: 'Skriv hvorfor risikovurderingen afvises.',
    'risk_assessment.default_title': 'Risikovurdering {year}',
    'task.risk_review': 'Gennemgå risiko: {title}',
    'task.risk_review_description':
      'Vurdér om sandsynlighed, konsekvens, kontroller og behandling stadig er rigtige, og registrér gennemgangen på risikoen.',
    'task.risk_acceptance_expired': 'Risikoaccept udløbet: {title}',
    'task.risk_acceptance_expired_description':
      'Accepten udløb {expiresOn}. Risikoen er åben igen: forny accepten, eller behandl risikoen.',
    'task.risk_assessment_approval': 'Godkend risikovurdering: {title}',
    'task.risk_assessment_approval_description':
      'Risikoregistret er frosset som årets risikovurdering. Ledelsen skal godkende eller afvise den.',
  },
  {
    risk_matrix_invalid: 'The risk matrix is invalid. Correct the marked fields.',
    risk_matrix_mapping_required:
      'The number of levels changed: for every old level, say which new level existing risks move to.',
    risk_matrix_level_order: 'The levels must be numbered 1, 2, 3 … in order.',
    risk_matrix_band_order: 'The bands must rise: each upper bound must be higher than the one before.',
    risk_matrix_band_end: 'The last band must end at the matrix’s highest score.',
    risk_matrix_tolerance_range: 'The tolerance must lie between 0 and the matrix’s highest score.',
    risk_matrix_mapping_missing: 'Say which new level this old level moves to.',
    risk_matrix_mapping_range: 'The new level does not exist on the new scale.',
    risk_matrix_mapping_unknown_level: 'The level does not exist on the current scale.',
    risk_matrix_colour: 'Write the colour as #rrggbb.',
    risk_level_out_of_range: 'The level does not exist in the organisation’s risk matrix.',
    risk_consequence_required:
      'Assess the consequence for at least one of the organisation, patient safety or the data subject.',
    risk_residual_likelihood_required: 'A residual risk needs both a likelihood and a consequence.',
    risk_owner_required: 'A risk in the register must have a risk owner.',
    risk_status_transition: 'This status change is not allowed. Use risk acceptance to accept a risk.',
    risk_not_live: 'Only an open or accepted risk can be reviewed.',
    risk_review_date_past: 'The next review must be after today.',
    risk_delete_not_draft: 'Only drafts can be deleted. Close the risk instead, so it stays traceable.',
    risk_not_acceptable: 'Only an open or accepted risk can be accepted.',
    risk_acceptance_requires_management:
      'The risk is above the organisation’s risk tolerance and must be accepted by management.',
    risk_acceptance_expiry: 'The expiry date must be after today and at most {months} months ahead.',
    risk_no_acceptance: 'The risk has no acceptance in force.',
    threat_not_found: 'The threat is not in the organisation’s threat catalogue.',
    threat_in_use: 'The threat is used by {count} risk scenarios. Remove it from them first.',
    risk_assessment_date_future: 'A risk assessment cannot be dated in the future.',
    risk_assessment_decided: 'The risk assessment has already been approved or rejected and cannot change.',
    risk_assessment_rejection_note: 'Write why the risk assessment is rejected.',
    'risk_assessment.default_title': 'Risk assessment {year}',
    'task.risk_review': 'Review risk: {title}',
    'task.risk_review_description':
      'Check that likelihood, consequence, controls and treatment still hold, and record the review on the risk.',
    'task.risk_acceptance_expired': 'Risk acceptance expired: {title}',
    'task.risk_acceptance_expired_description':
      'The acceptance expired on {expiresOn}. The risk is open again: renew the acceptance or treat the risk.',
    'task.risk_assessment_approval': 'Approve risk assessment: {title}',
    'task.risk_assessment_approval_description':
      'The risk register has been frozen as this year’s risk assessment. Management must approve or reject it.',
  },
);

declare module '../../platform/i18n.ts' {
  interface MessageKeys extends Record<keyof typeof risksMessages.da, true> {}
}
