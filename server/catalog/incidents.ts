/**
 * Incident classification and the words Skjold uses for it, in Danish and English (our own
 * wording). Codes are stable API values; labels are for pages, exports and report texts.
 */
export type Label = { da: string; en: string };

const entries = <T extends string>(map: Record<T, Label>) => map;

export const incidentStatuses = ['reported', 'in_progress', 'resolved', 'closed', 'dismissed'] as const;
export const incidentCategories = [
  'phishing',
  'ransomware',
  'lost_device',
  'misdirected_patient_data',
  'unauthorised_record_access',
  'supplier_incident',
  'outage',
  'other',
] as const;
export const incidentSeverities = ['low', 'moderate', 'high', 'critical'] as const;
export const personalDataAnswers = ['yes', 'no', 'unknown'] as const;
export const breachRisks = ['none', 'risk', 'high_risk'] as const;
export const dataCategories = [
  'health',
  'cpr',
  'identity',
  'contact',
  'social',
  'financial',
  'criminal',
  'special_other',
  'credentials',
  'location',
  'other',
] as const;
export const dataSubjectCategories = [
  'patients',
  'relatives',
  'citizens',
  'children',
  'employees',
  'other',
] as const;
export const notificationRecipients = [
  'datatilsynet',
  'nis2_authority',
  'data_subjects',
  'police',
  'supplier',
  'sector_centre',
] as const;
export const notificationStages = [
  'initial',
  'supplement',
  'early_warning',
  'notification',
  'progress_report',
  'final_report',
] as const;
export const deadlineKinds = [
  'gdpr_authority',
  'gdpr_data_subjects',
  'nis2_early_warning',
  'nis2_notification',
  'nis2_progress_report',
  'nis2_final_report',
  'police_report',
] as const;
export const linkKinds = ['risk', 'asset', 'supplier'] as const;

export type IncidentCategoryCode = (typeof incidentCategories)[number];
export type SeverityCode = (typeof incidentSeverities)[number];
export type RecipientCode = (typeof notificationRecipients)[number];
export type StageCode = (typeof notificationStages)[number];
export type DeadlineKind = (typeof deadlineKinds)[number];

/** Which stages a notification to each recipient may have (none: a single message). */
export const stagesByRecipient: Record<RecipientCode, readonly StageCode[]> = {
  datatilsynet: ['initial', 'supplement'],
  nis2_authority: ['early_warning', 'notification', 'progress_report', 'final_report'],
  data_subjects: [],
  police: [],
  supplier: [],
  sector_centre: [],
};

export const statusLabels = entries<(typeof incidentStatuses)[number]>({
  reported: { da: 'Anmeldt', en: 'Reported' },
  in_progress: { da: 'Under behandling', en: 'In progress' },
  resolved: { da: 'Håndteret', en: 'Resolved' },
  closed: { da: 'Lukket', en: 'Closed' },
  dismissed: { da: 'Afvist (ikke en hændelse)', en: 'Dismissed (not an incident)' },
});

export const categoryLabels = entries<IncidentCategoryCode>({
  phishing: { da: 'Phishing', en: 'Phishing' },
  ransomware: { da: 'Ransomware', en: 'Ransomware' },
  lost_device: { da: 'Bortkommet eller stjålet udstyr', en: 'Lost or stolen device' },
  misdirected_patient_data: { da: 'Fejlsendte patientoplysninger', en: 'Misdirected patient data' },
  unauthorised_record_access: {
    da: 'Uberettiget opslag i journal eller register',
    en: 'Unauthorised record access',
  },
  supplier_incident: { da: 'Hændelse hos leverandør', en: 'Supplier incident' },
  outage: { da: 'Nedbrud eller driftsforstyrrelse', en: 'Outage or disruption' },
  other: { da: 'Andet', en: 'Other' },
});

export const severityLabels = entries<SeverityCode>({
  low: { da: 'Lav', en: 'Low' },
  moderate: { da: 'Moderat', en: 'Moderate' },
  high: { da: 'Alvorlig', en: 'High' },
  critical: { da: 'Kritisk', en: 'Critical' },
});

export const severityHints = entries<SeverityCode>({
  low: {
    da: 'Ingen eller ubetydelig påvirkning af drift, patienter eller personoplysninger.',
    en: 'No or negligible effect on operations, patients or personal data.',
  },
  moderate: {
    da: 'Begrænset påvirkning; håndteres inden for normal drift.',
    en: 'Limited effect; handled within normal operations.',
  },
  high: {
    da: 'Væsentlig påvirkning af drift, patientbehandling eller mange registrerede.',
    en: 'Significant effect on operations, patient care or many data subjects.',
  },
  critical: {
    da: 'Alvorlig påvirkning af kritiske systemer eller patientsikkerhed; beredskab aktiveres.',
    en: 'Severe effect on critical systems or patient safety; contingency is activated.',
  },
});

export const personalDataLabels = entries<(typeof personalDataAnswers)[number]>({
  yes: { da: 'Ja', en: 'Yes' },
  no: { da: 'Nej', en: 'No' },
  unknown: { da: 'Ved ikke', en: 'Don’t know' },
});

export const breachRiskLabels = entries<(typeof breachRisks)[number]>({
  none: {
    da: 'Usandsynligt at bruddet medfører en risiko for de registrerede',
    en: 'Unlikely to result in a risk to data subjects',
  },
  risk: { da: 'Risiko for de registrerede', en: 'Risk to data subjects' },
  high_risk: { da: 'Høj risiko for de registrerede', en: 'High risk to data subjects' },
});

export const dataCategoryLabels = entries<(typeof dataCategories)[number]>({
  health: { da: 'Helbredsoplysninger', en: 'Health data' },
  cpr: { da: 'CPR-numre', en: 'CPR numbers' },
  identity: { da: 'Navn og identitet', en: 'Name and identity' },
  contact: { da: 'Kontaktoplysninger', en: 'Contact details' },
  social: { da: 'Sociale forhold', en: 'Social circumstances' },
  financial: { da: 'Økonomiske oplysninger', en: 'Financial data' },
  criminal: { da: 'Strafbare forhold', en: 'Criminal offences' },
  special_other: {
    da: 'Andre følsomme oplysninger (fx religion, etnicitet, seksualitet)',
    en: 'Other special categories (e.g. religion, ethnicity, sexuality)',
  },
  credentials: { da: 'Brugernavne og adgangskoder', en: 'User names and passwords' },
  location: { da: 'Lokationsdata', en: 'Location data' },
  other: { da: 'Andre oplysninger', en: 'Other data' },
});

export const dataSubjectCategoryLabels = entries<(typeof dataSubjectCategories)[number]>({
  patients: { da: 'Patienter', en: 'Patients' },
  relatives: { da: 'Pårørende', en: 'Relatives' },
  citizens: { da: 'Borgere', en: 'Citizens' },
  children: { da: 'Børn', en: 'Children' },
  employees: { da: 'Medarbejdere', en: 'Employees' },
  other: { da: 'Andre', en: 'Others' },
});

export const recipientLabels = entries<RecipientCode>({
  datatilsynet: { da: 'Datatilsynet', en: 'Danish Data Protection Agency' },
  nis2_authority: { da: 'NIS2-myndighed (via virk.dk)', en: 'NIS2 authority (via virk.dk)' },
  data_subjects: { da: 'De registrerede', en: 'Data subjects' },
  police: { da: 'Politiet', en: 'Police' },
  supplier: { da: 'Leverandør', en: 'Supplier' },
  sector_centre: { da: 'Sektorens cybersikkerhedscenter', en: 'Sector cyber security centre' },
});

export const stageLabels = entries<StageCode>({
  initial: { da: 'Anmeldelse', en: 'Notification' },
  supplement: { da: 'Supplerende oplysninger', en: 'Supplementary information' },
  early_warning: { da: 'Tidlig varsling', en: 'Early warning' },
  notification: { da: 'Hændelsesunderretning', en: 'Incident notification' },
  progress_report: { da: 'Statusrapport', en: 'Progress report' },
  final_report: { da: 'Endelig rapport', en: 'Final report' },
});

export const deadlineLabels = entries<DeadlineKind>({
  gdpr_authority: { da: 'Anmeldelse til Datatilsynet', en: 'Notification to Datatilsynet' },
  gdpr_data_subjects: { da: 'Underretning af de registrerede', en: 'Communication to data subjects' },
  nis2_early_warning: { da: 'NIS2 tidlig varsling', en: 'NIS2 early warning' },
  nis2_notification: { da: 'NIS2 hændelsesunderretning', en: 'NIS2 incident notification' },
  nis2_progress_report: { da: 'NIS2 statusrapport', en: 'NIS2 progress report' },
  nis2_final_report: { da: 'NIS2 endelig rapport', en: 'NIS2 final report' },
  police_report: { da: 'Politianmeldelse', en: 'Police report' },
});

/** The legal basis of each clock, shown beside the countdown. */
export const deadlineRules = entries<DeadlineKind>({
  gdpr_authority: {
    da: 'GDPR art. 33, stk. 1: senest 72 timer efter, at organisationen blev bekendt med bruddet',
    en: 'GDPR Art. 33(1): within 72 hours of becoming aware of the breach',
  },
  gdpr_data_subjects: {
    da: 'GDPR art. 34: uden unødig forsinkelse, når bruddet sandsynligvis indebærer en høj risiko',
    en: 'GDPR Art. 34: without undue delay when the breach is likely to result in a high risk',
  },
  nis2_early_warning: {
    da: 'NIS2 art. 23, stk. 4, litra a: senest 24 timer efter kendskab til en væsentlig hændelse',
    en: 'NIS2 Art. 23(4)(a): within 24 hours of becoming aware of a significant incident',
  },
  nis2_notification: {
    da: 'NIS2 art. 23, stk. 4, litra b: senest 72 timer efter kendskab til en væsentlig hændelse',
    en: 'NIS2 Art. 23(4)(b): within 72 hours of becoming aware of a significant incident',
  },
  nis2_progress_report: {
    da: 'NIS2 art. 23, stk. 4, litra e: statusrapport, når hændelsen stadig er i gang ved fristen for den endelige rapport',
    en: 'NIS2 Art. 23(4)(e): progress report when the incident is still ongoing when the final report would be due',
  },
  nis2_final_report: {
    da: 'NIS2 art. 23, stk. 4, litra d: senest en måned efter hændelsesunderretningen (eller efter håndteringens afslutning)',
    en: 'NIS2 Art. 23(4)(d): within one month of the incident notification (or of the end of handling)',
  },
  police_report: {
    da: 'Mistanke om strafbart forhold: anmeld til politiet og notér journalnummeret',
    en: 'Suspected crime: report to the police and record the case number',
  },
});

export const linkKindLabels = entries<(typeof linkKinds)[number]>({
  risk: { da: 'Risiko', en: 'Risk' },
  asset: { da: 'Aktiv', en: 'Asset' },
  supplier: { da: 'Leverandør', en: 'Supplier' },
});

/** The whole catalogue as one JSON document for the web (GET /api/v1/catalog/incidents). */
export function incidentCatalog() {
  const list = <T extends string>(codes: readonly T[], labels: Record<T, Label>) =>
    codes.map((code) => ({ code, ...labels[code] }));
  return {
    statuses: list(incidentStatuses, statusLabels),
    categories: list(incidentCategories, categoryLabels),
    severities: incidentSeverities.map((code) => ({
      code,
      ...severityLabels[code],
      hint: severityHints[code],
    })),
    personalDataAnswers: list(personalDataAnswers, personalDataLabels),
    breachRisks: list(breachRisks, breachRiskLabels),
    dataCategories: list(dataCategories, dataCategoryLabels),
    dataSubjectCategories: list(dataSubjectCategories, dataSubjectCategoryLabels),
    recipients: notificationRecipients.map((code) => ({
      code,
      ...recipientLabels[code],
      stages: list(stagesByRecipient[code], stageLabels),
    })),
    deadlines: deadlineKinds.map((code) => ({ code, ...deadlineLabels[code], rule: deadlineRules[code] })),
    linkKinds: list(linkKinds, linkKindLabels),
  };
}
