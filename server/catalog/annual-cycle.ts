/*
 * Pure data: the annual-cycle module's manifest offers this list as its årshjul defaults
 * (checked there against AnnualActivityDefault of platform/module.ts).
 */

/**
 * The yearly steps the sector's policies and strategy ask for (../shared/seeds), in an order
 * where each step feeds the next: risk assessment before the SoA review, both before the
 * management review, which precedes the policy revision. Our own wording; every organisation
 * moves, changes or removes them to suit its own year.
 */
export const annualCycleTemplates = [
  {
    key: 'annual_report',
    frequency: 'yearly',
    months: [2],
    responsibleRole: 'security_officer',
    title: { da: 'Årsrapport til tilsynsmyndigheden', en: 'Annual report to the supervising body' },
    description: {
      da: 'Rapportér sidste års status for informationssikkerheden til koncernledelsen eller den tilsynsførende myndighed.',
      en: "Report last year's information security status to group management or the supervising authority.",
    },
  },
  {
    key: 'access_review',
    frequency: 'quarterly',
    months: [3, 6, 9, 12],
    responsibleRole: 'risk_owner',
    title: { da: 'Gennemgang af brugeradgange', en: 'Access review' },
    description: {
      da: 'Gennemgå hvem der har adgang til systemerne, og luk adgange, der ikke længere er brug for.',
      en: 'Review who has access to the systems and close access that is no longer needed.',
    },
  },
  {
    key: 'risk_assessment',
    frequency: 'yearly',
    months: [3],
    responsibleRole: 'security_officer',
    title: { da: 'Årlig risikovurdering', en: 'Yearly risk assessment' },
    description: {
      da: 'Opdatér risikovurderingen af kritiske aktiver og processer, og få restrisikoen godkendt af ledelsen.',
      en: 'Update the risk assessment of critical assets and processes, and have the residual risk approved by management.',
    },
  },
  {
    key: 'soa_review',
    frequency: 'yearly',
    months: [4],
    responsibleRole: 'security_officer',
    title: {
      da: 'Gennemgang af anvendelseserklæringen (SoA)',
      en: 'Statement of Applicability (SoA) review',
    },
    description: {
      da: 'Kontrollér at valg og begrundelser i anvendelseserklæringen stadig passer til risikovurderingen.',
      en: 'Check that the choices and justifications in the SoA still match the risk assessment.',
    },
  },
  {
    key: 'supplier_supervision',
    frequency: 'yearly',
    months: [5],
    responsibleRole: 'security_officer',
    title: {
      da: 'Tilsyn med leverandører og databehandlere',
      en: 'Supervision of suppliers and data processors',
    },
    description: {
      da: 'Indhent og gennemgå revisionserklæringer, og følg op på observationer hos de vigtigste leverandører.',
      en: 'Obtain and review assurance reports, and follow up on observations at the most important suppliers.',
    },
  },
  {
    key: 'vulnerability_test',
    frequency: 'yearly',
    months: [6],
    responsibleRole: 'security_officer',
    title: { da: 'Sårbarhedstest af it-miljøet', en: 'Vulnerability test of the IT environment' },
    description: {
      da: 'Få foretaget en sårbarhedsscanning eller test af it-miljøet, og registrér fund og opfølgning.',
      en: 'Have the IT environment scanned or tested for vulnerabilities, and record findings and follow-up.',
    },
  },
  {
    key: 'awareness_campaign',
    frequency: 'yearly',
    months: [9],
    responsibleRole: 'security_officer',
    title: { da: 'Awareness-kampagne', en: 'Awareness campaign' },
    description: {
      da: 'Gennemfør årets træning i informationssikkerhed for alle medarbejdere.',
      en: "Run the year's information security training for all staff.",
    },
  },
  {
    key: 'contingency_exercise',
    frequency: 'yearly',
    months: [10],
    responsibleRole: 'security_officer',
    title: { da: 'Beredskabsøvelse', en: 'Contingency exercise' },
    description: {
      da: 'Øv beredskabsplanen for et kritisk system, og evaluér øvelsen.',
      en: 'Exercise the contingency plan for a critical system, and evaluate the exercise.',
    },
  },
  {
    key: 'management_review',
    frequency: 'yearly',
    months: [11],
    responsibleRole: 'management',
    title: { da: 'Ledelsens gennemgang', en: 'Management review' },
    description: {
      da: 'Ledelsen gennemgår status, hændelser, risici, audits og mål for informationssikkerheden.',
      en: 'Management reviews the status, incidents, risks, audits and objectives of information security.',
    },
  },
  {
    key: 'awareness_evaluation',
    frequency: 'yearly',
    months: [12],
    responsibleRole: 'security_officer',
    title: { da: 'Evaluering af awareness-indsatsens effekt', en: 'Evaluation of the awareness effort' },
    description: {
      da: 'Mål effekten af årets awareness-indsats, fx med gennemførelsesgrad og phishing-test.',
      en: "Measure the effect of the year's awareness effort, e.g. completion rates and phishing tests.",
    },
  },
  {
    key: 'policy_revision',
    frequency: 'yearly',
    months: [12],
    responsibleRole: 'security_officer',
    title: {
      da: 'Revision af informationssikkerhedspolitikken',
      en: 'Revision of the information security policy',
    },
    description: {
      da: 'Gennemgå politikken og de tilhørende retningslinjer, og få ændringer godkendt af ledelsen.',
      en: 'Review the policy and its guidelines, and have changes approved by management.',
    },
  },
] as const;
