import type { AnnexATheme, Framework, LocalizedText, Requirement } from './types.ts';

/**
 * ISO/IEC 27001:2022 Annex A: the 93 controls under their official numbers, grouped in the
 * four themes (clauses 5–8). The titles are our own short wording, written for Danish
 * health-sector users; the standard's text is not reproduced.
 */
type Row = readonly [number: string, da: string, en: string];

const organisational: readonly Row[] = [
  [
    '5.1',
    'Sikkerhedspolitik godkendt, offentliggjort og revideret',
    'Security policy approved, published and reviewed',
  ],
  ['5.2', 'Roller og ansvar for sikkerhed fordelt', 'Security roles and responsibilities assigned'],
  ['5.3', 'Modstridende opgaver holdt adskilt', 'Conflicting duties kept apart'],
  ['5.4', 'Ledelsen kræver sikkerhed af alle', 'Management requires security from everyone'],
  ['5.5', 'Kontakt til myndigheder vedligeholdt', 'Contact with authorities maintained'],
  ['5.6', 'Kontakt til faglige sikkerhedsnetværk', 'Contact with security forums and networks'],
  ['5.7', 'Trusselsinformation indsamlet og analyseret', 'Threat information gathered and analysed'],
  ['5.8', 'Sikkerhed indbygget i projekter', 'Security built into projects'],
  [
    '5.9',
    'Fortegnelse over information og aktiver med ejere',
    'Register of information and assets with owners',
  ],
  [
    '5.10',
    'Regler for acceptabel brug af information og aktiver',
    'Rules for acceptable use of information and assets',
  ],
  ['5.11', 'Aktiver afleveres ved fratrædelse', 'Assets handed back when people leave'],
  [
    '5.12',
    'Information klassificeret efter beskyttelsesbehov',
    'Information classified by its protection needs',
  ],
  ['5.13', 'Information mærket efter klassifikation', 'Information marked according to its class'],
  ['5.14', 'Sikker overførsel af information', 'Information sent and shared securely'],
  ['5.15', 'Regler for adgangsstyring fastlagt', 'Access control rules defined'],
  ['5.16', 'Identiteter styret gennem hele livsforløbet', 'Identities managed through their life cycle'],
  [
    '5.17',
    'Adgangskoder og andre loginoplysninger håndteret sikkert',
    'Passwords and other credentials handled securely',
  ],
  [
    '5.18',
    'Adgangsrettigheder tildelt, gennemgået og fjernet',
    'Access rights granted, reviewed and removed',
  ],
  ['5.19', 'Sikkerhed styret i leverandørforhold', 'Security managed in supplier relationships'],
  [
    '5.20',
    'Sikkerhedskrav skrevet ind i leverandørkontrakter',
    'Security requirements written into supplier contracts',
  ],
  ['5.21', 'Sikkerhed i it-forsyningskæden', 'Security across the ICT supply chain'],
  [
    '5.22',
    'Leverandørydelser overvåget og ændringer styret',
    'Supplier services monitored and their changes controlled',
  ],
  ['5.23', 'Sikker brug af cloudtjenester', 'Cloud services used securely'],
  ['5.24', 'Hændelseshåndtering planlagt og forberedt', 'Incident management planned and prepared'],
  ['5.25', 'Sikkerhedsbegivenheder vurderet og klassificeret', 'Security events assessed and classified'],
  ['5.26', 'Hændelser håndteret efter procedure', 'Incidents handled by procedure'],
  ['5.27', 'Erfaringer fra hændelser udnyttet', 'Lessons from incidents put to use'],
  ['5.28', 'Bevismateriale sikret efter hændelser', 'Evidence secured after incidents'],
  ['5.29', 'Sikkerhed opretholdt under forstyrrelser', 'Security kept up during disruption'],
  ['5.30', 'It-beredskab til driftskontinuitet', 'ICT prepared for business continuity'],
  ['5.31', 'Lovkrav og kontraktkrav identificeret', 'Legal and contractual requirements identified'],
  ['5.32', 'Immaterielle rettigheder respekteret', 'Intellectual property respected'],
  ['5.33', 'Registreringer og arkivalier beskyttet', 'Records protected against loss and tampering'],
  ['5.34', 'Personoplysninger beskyttet', 'Personal data protected'],
  ['5.35', 'Uafhængig gennemgang af sikkerheden', 'Security reviewed independently'],
  ['5.36', 'Overholdelse af sikkerhedsregler kontrolleret', 'Compliance with security rules checked'],
  ['5.37', 'Driftsprocedurer nedskrevet og tilgængelige', 'Operating procedures written down and available'],
];

const people: readonly Row[] = [
  ['6.1', 'Baggrundskontrol før og under ansættelse', 'Background checks before and during employment'],
  ['6.2', 'Sikkerhedsforpligtelser i ansættelsesvilkår', 'Security duties in employment terms'],
  ['6.3', 'Medarbejdere trænet og bevidste om sikkerhed', 'Staff trained and aware of security'],
  ['6.4', 'Sanktioner ved brud på sikkerhedsregler', 'Sanctions for breaking security rules'],
  [
    '6.5',
    'Forpligtelser efter fratrædelse eller jobskifte',
    'Duties that continue after leaving or changing role',
  ],
  ['6.6', 'Fortrolighedsaftaler indgået', 'Confidentiality agreements signed'],
  ['6.7', 'Sikkert fjernarbejde', 'Remote work done securely'],
  ['6.8', 'Indrapportering af sikkerhedsbegivenheder', 'Security events reported quickly'],
];

const physical: readonly Row[] = [
  ['7.1', 'Fysiske sikringszoner fastlagt', 'Secure physical zones defined'],
  ['7.2', 'Adgang til lokaler kontrolleret', 'Entry to premises controlled'],
  ['7.3', 'Kontorer og rum sikret', 'Offices and rooms secured'],
  ['7.4', 'Lokaler overvåget', 'Premises watched for intrusion'],
  [
    '7.5',
    'Beskyttelse mod fysiske og miljømæssige trusler',
    'Protection against physical and environmental threats',
  ],
  ['7.6', 'Regler for arbejde i sikrede områder', 'Rules for work in secure areas'],
  ['7.7', 'Ryddeligt skrivebord og låst skærm', 'Clear desk and locked screen'],
  ['7.8', 'Udstyr placeret og beskyttet', 'Equipment placed and protected'],
  ['7.9', 'Aktiver beskyttet uden for lokalerne', 'Assets protected away from the premises'],
  ['7.10', 'Lagringsmedier håndteret sikkert', 'Storage media handled securely'],
  ['7.11', 'Strøm og andre forsyninger sikret', 'Power and other utilities secured'],
  ['7.12', 'Kabler beskyttet mod aflytning og skade', 'Cables protected against tapping and damage'],
  ['7.13', 'Udstyr vedligeholdt, så det forbliver pålideligt', 'Equipment serviced to stay reliable'],
  ['7.14', 'Udstyr slettet før bortskaffelse eller genbrug', 'Equipment wiped before disposal or reuse'],
];

const technological: readonly Row[] = [
  ['8.1', 'Slutbrugerudstyr beskyttet', 'End-user devices protected'],
  ['8.2', 'Privilegerede rettigheder begrænset og styret', 'Privileged access restricted and managed'],
  ['8.3', 'Adgang til information begrænset', 'Access to information restricted'],
  ['8.4', 'Adgang til kildekode styret', 'Access to source code controlled'],
  ['8.5', 'Autentifikation stærk nok til risikoen', 'Authentication strong enough for the risk'],
  ['8.6', 'Kapacitet overvåget og planlagt', 'Capacity monitored and planned'],
  ['8.7', 'Malware forhindret og opdaget', 'Malware prevented and detected'],
  ['8.8', 'Tekniske sårbarheder håndteret og rettet', 'Technical vulnerabilities handled and patched'],
  ['8.9', 'Sikre konfigurationer styret', 'Secure configurations managed'],
  [
    '8.10',
    'Information slettet, når den ikke længere skal bruges',
    'Information deleted when no longer needed',
  ],
  ['8.11', 'Data maskeret eller pseudonymiseret', 'Data masked or pseudonymised'],
  ['8.12', 'Datalæk forebygget', 'Data leakage prevented'],
  ['8.13', 'Backup taget og genskabelse testet', 'Backups taken and restores tested'],
  ['8.14', 'Redundans i it-faciliteter', 'Redundant processing facilities'],
  ['8.15', 'Aktiviteter logget og logs beskyttet', 'Activity logged and logs protected'],
  ['8.16', 'Systemer og netværk overvåget for afvigelser', 'Systems and networks watched for anomalies'],
  ['8.17', 'Ure synkroniseret med en pålidelig kilde', 'Clocks synchronised to a trusted source'],
  ['8.18', 'Kraftfulde hjælpeprogrammer begrænset', 'Powerful utility programs restricted'],
  [
    '8.19',
    'Softwareinstallation på driftssystemer styret',
    'Software installation on live systems controlled',
  ],
  ['8.20', 'Netværk sikret', 'Networks secured'],
  ['8.21', 'Netværkstjenester sikret', 'Network services secured'],
  ['8.22', 'Netværk segmenteret', 'Networks segmented'],
  ['8.23', 'Adgang til skadelige websteder filtreret', 'Access to harmful websites filtered'],
  ['8.24', 'Kryptering og nøglehåndtering', 'Encryption and key management'],
  ['8.25', 'Sikkerhed gennem hele udviklingen', 'Security throughout development'],
  ['8.26', 'Sikkerhedskrav til applikationer', 'Security requirements for applications'],
  [
    '8.27',
    'Principper for sikker arkitektur og systemudvikling',
    'Principles for secure architecture and engineering',
  ],
  ['8.28', 'Kode skrevet efter sikker praksis', 'Code written to secure practice'],
  ['8.29', 'Sikkerhedstest før idriftsættelse', 'Security tested before go-live'],
  ['8.30', 'Udliciteret udvikling fulgt og kontrolleret', 'Outsourced development supervised'],
  ['8.31', 'Udvikling, test og drift holdt adskilt', 'Development, test and production kept apart'],
  ['8.32', 'Ændringer styret', 'Changes controlled'],
  ['8.33', 'Testdata beskyttet', 'Test data protected'],
  ['8.34', 'Revisionstest på driftssystemer planlagt', 'Audit tests on live systems planned'],
];

export const annexAThemeNames: Record<AnnexATheme, LocalizedText> = {
  organisational: { da: 'Organisatoriske foranstaltninger', en: 'Organisational controls' },
  people: { da: 'Personrelaterede foranstaltninger', en: 'People controls' },
  physical: { da: 'Fysiske foranstaltninger', en: 'Physical controls' },
  technological: { da: 'Teknologiske foranstaltninger', en: 'Technological controls' },
};

const themed = (theme: AnnexATheme, rows: readonly Row[]): Requirement[] =>
  rows.map(([code, da, en]) => ({
    id: `A.${code}`,
    frameworkId: 'iso27001_2022',
    code,
    title: { da, en },
    theme,
    annexA: [],
  }));

export const annexA: Framework = {
  id: 'iso27001_2022',
  name: { da: 'ISO/IEC 27001:2022 bilag A', en: 'ISO/IEC 27001:2022 Annex A' },
  source: {
    da: 'De 93 kontroller i bilag A, som statslige myndigheder og regioner følger; titlerne er Skjolds egne korte formuleringer.',
    en: 'The 93 Annex A controls that state authorities and regions follow; the titles are Skjold’s own short wording.',
  },
  requirements: [
    ...themed('organisational', organisational),
    ...themed('people', people),
    ...themed('physical', physical),
    ...themed('technological', technological),
  ],
};
