import type { Framework, Requirement } from './types.ts';

/**
 * The frameworks besides Annex A, in our own words, each requirement mapped to the Annex A
 * controls that implement it. The mappings are our judgement of where the work is done; an
 * auditor may draw the lines differently, which is why coverage shows the controls behind
 * every requirement rather than only a verdict.
 */

const a = (...numbers: string[]) => numbers.map((n) => `A.${n}`);

export const nis2: Framework = {
  id: 'nis2_art21',
  name: { da: 'NIS2 art. 21, stk. 2', en: 'NIS2 Art. 21(2)' },
  source: {
    da: 'De ti minimumsforanstaltninger til styring af cybersikkerhedsrisici i NIS2-direktivets art. 21, stk. 2, litra a–j.',
    en: 'The ten minimum cybersecurity risk-management measures of Article 21(2)(a)–(j) of the NIS2 Directive.',
  },
  requirements: (
    [
      [
        'a',
        'Risikoanalyse og sikkerhedspolitikker for informationssystemer',
        'Risk analysis and security policies for information systems',
        a('5.1', '5.2', '5.4', '5.7', '5.31'),
      ],
      [
        'b',
        'Håndtering af hændelser',
        'Incident handling',
        a('5.24', '5.25', '5.26', '5.27', '5.28', '6.8', '8.16'),
      ],
      [
        'c',
        'Driftskontinuitet: backup, reetablering og krisestyring',
        'Business continuity: backup, disaster recovery and crisis management',
        a('5.29', '5.30', '8.13', '8.14'),
      ],
      [
        'd',
        'Sikkerhed i forsyningskæden, herunder leverandører og tjenesteudbydere',
        'Supply chain security, including suppliers and service providers',
        a('5.19', '5.20', '5.21', '5.22', '5.23'),
      ],
      [
        'e',
        'Sikkerhed ved anskaffelse, udvikling og vedligeholdelse af systemer, herunder håndtering og offentliggørelse af sårbarheder',
        'Security when acquiring, developing and maintaining systems, including handling and disclosing vulnerabilities',
        a('5.8', '8.8', '8.9', '8.25', '8.26', '8.27', '8.28', '8.29', '8.30', '8.32'),
      ],
      [
        'f',
        'Vurdering af, om risikostyringsforanstaltningerne virker',
        'Assessing whether the risk-management measures work',
        a('5.35', '5.36'),
      ],
      [
        'g',
        'Grundlæggende cyberhygiejne og træning i cybersikkerhed',
        'Basic cyber hygiene and cybersecurity training',
        a('5.10', '6.3', '7.7', '8.1', '8.7'),
      ],
      ['h', 'Brug af kryptografi og kryptering', 'Use of cryptography and encryption', a('8.24')],
      [
        'i',
        'Personalesikkerhed, adgangsstyring og styring af aktiver',
        'HR security, access control and asset management',
        a('5.9', '5.10', '5.11', '5.15', '5.16', '5.18', '6.1', '6.2', '6.4', '6.5', '8.2', '8.3'),
      ],
      [
        'j',
        'Flerfaktorautentifikation og sikret tale-, video-, tekst- og nødkommunikation',
        'Multi-factor authentication and secured voice, video, text and emergency communication',
        a('5.14', '5.17', '8.5', '8.21'),
      ],
    ] as const
  ).map(
    ([letter, da, en, annexA]): Requirement => ({
      id: `NIS2.${letter}`,
      frameworkId: 'nis2_art21',
      code: `Art. 21(2)(${letter})`,
      title: { da, en },
      annexA,
    }),
  ),
};

export const gdprArt32: Framework = {
  id: 'gdpr_art32',
  name: { da: 'Databeskyttelsesforordningen art. 32', en: 'GDPR Art. 32' },
  source: {
    da: 'Kravene til behandlingssikkerhed i databeskyttelsesforordningens art. 32, stk. 1, litra a–d, og stk. 2.',
    en: 'The security-of-processing requirements of GDPR Article 32(1)(a)–(d) and 32(2).',
  },
  requirements: (
    [
      [
        '1.a',
        'Art. 32(1)(a)',
        'Pseudonymisering og kryptering af personoplysninger',
        'Pseudonymisation and encryption of personal data',
        a('8.11', '8.24'),
      ],
      [
        '1.b',
        'Art. 32(1)(b)',
        'Vedvarende fortrolighed, integritet, tilgængelighed og robusthed i systemer og tjenester',
        'Lasting confidentiality, integrity, availability and resilience of systems and services',
        a('5.15', '8.2', '8.3', '8.14', '8.20'),
      ],
      [
        '1.c',
        'Art. 32(1)(c)',
        'Rettidig genoprettelse af tilgængelighed og adgang efter en hændelse',
        'Timely restoration of availability and access after an incident',
        a('5.29', '5.30', '8.13'),
      ],
      [
        '1.d',
        'Art. 32(1)(d)',
        'Regelmæssig test og evaluering af, om foranstaltningerne virker',
        'Regular testing and evaluation of whether the measures work',
        a('5.35', '5.36', '8.8'),
      ],
      [
        '2',
        'Art. 32(2)',
        'Sikkerhedsniveau fastsat ud fra risikoen for de registrerede: tab, ændring, uautoriseret videregivelse eller adgang',
        'Security level set from the risks to data subjects: loss, alteration, unauthorised disclosure or access',
        a('5.12', '5.34', '8.10', '8.12'),
      ],
    ] as const
  ).map(
    ([point, code, da, en, annexA]): Requirement => ({
      id: `GDPR32.${point}`,
      frameworkId: 'gdpr_art32',
      code,
      title: { da, en },
      annexA,
    }),
  ),
};

/**
 * The nine practical recommendations for specialist clinics (the ministry's guidance for
 * 1–10 person practices), as our own short titles and guidance.
 */
export const clinicNine: Framework = {
  id: 'clinic_nine',
  name: { da: 'Ni anbefalinger til klinikker', en: 'Nine recommendations for clinics' },
  source: {
    da: 'Sundhedsministeriets kliniknære anbefalinger til speciallægepraksis, omskrevet til en let ISMS for den lille klinik.',
    en: 'The health ministry’s practical recommendations for specialist practices, rewritten as a light ISMS for the small clinic.',
  },
  requirements: (
    [
      [
        '1',
        'Klare aftaler med systemleverandøren om ansvar og sikkerhed',
        'Clear agreements with the system supplier on responsibility and security',
        'Læs kontraktens sikkerhedsafsnit, og aftal hvem der gør hvad ved fx hackerangreb eller mistanke om brud på fortroligheden. Få bekræftet, at opdateringer installeres automatisk, hvordan I selv kan se det, og at journalsystemet krypterer patientdata.',
        'Read the security part of the contract and agree who does what in e.g. an attack or a suspected breach of confidentiality. Get confirmation that updates install automatically, how you can check that yourselves, and that the record system encrypts patient data.',
        a('5.19', '5.20', '5.22'),
      ],
      [
        '2',
        'Serviceaftale om it-sikkerhed, så I ved, hvem I ringer til',
        'A security service agreement, so you know whom to call',
        'Aftal med en it-leverandør, at klinikken kan få hjælp ved angreb eller nedbrud, og hav telefonnummeret klar, før det sker.',
        'Agree with an IT provider that the clinic can get help in an attack or outage, and have the phone number ready before it happens.',
        a('5.19', '5.24', '5.26'),
      ],
      [
        '3',
        'Synligt informationsmateriale og årlig awareness-træning',
        'Visible reminders and yearly awareness training',
        'Brug plakater og lignende, så sikkerhed er en del af hverdagen. Planlæg mindst én træning om året (fysisk eller online), og tag god it-adfærd med i introduktionen af nye medarbejdere.',
        'Use posters and similar reminders so security becomes part of the day. Plan at least one training a year (in person or online), and include good IT habits in the introduction of new staff.',
        a('6.3'),
      ],
      [
        '4',
        'Interne regler for god it-hygiejne i klinikken',
        'Internal rules for good IT hygiene in the clinic',
        'Fx låst skærm, når man går fra; privacyfilter, hvor patienter kan se skærmen; ingen delte eller nedskrevne adgangskoder; ingen private enheder på netværket; aflåste skuffer og servere; administratorrettigheder kun hvor det er nødvendigt; brugere lukket straks ved fratrædelse; løbende opdateringer og en årlig gennemgang ved en ekstern rådgiver.',
        'E.g. lock the screen when leaving; privacy filters where patients can see the screen; no shared or written-down passwords; no private devices on the network; locked drawers and servers; administrator rights only where needed; accounts closed at once when someone leaves; regular updates and a yearly review by an outside adviser.',
        a('5.10', '5.17', '5.18', '5.35', '6.5', '7.3', '7.7', '8.1', '8.2', '8.8'),
      ],
      [
        '5',
        'Plan for nødsituationer og styr på brugeradgange',
        'A plan for emergencies and control of user access',
        'Beskriv, hvordan klinikken arbejder videre, hvis systemerne er nede: hvem skal orienteres, hvor er telefonnumrene, og hvilke skabeloner bruges offline. Begræns adgange til det nødvendige, og gennemgå dem fx hvert kvartal.',
        'Describe how the clinic keeps working when the systems are down: who is told, where the phone numbers are, and which templates are used offline. Keep access to what is needed and review it, e.g. every quarter.',
        a('5.15', '5.18', '5.29', '5.30'),
      ],
      [
        '6',
        'Kontrol af backupaftalen',
        'Check the backup agreement',
        'Afklar, hvad der tages backup af (kun journalsystemet eller også fællesdrev), hvor ofte, og om leverandøren tester, at data kan genskabes.',
        'Find out what is backed up (only the record system, or shared drives too), how often, and whether the supplier tests that data can be restored.',
        a('8.13'),
      ],
      [
        '7',
        'Begrænset internetopkobling og fysisk sikring af udstyr',
        'Limited internet connection and physical protection of equipment',
        'Kobl kun udstyr som fx printere på internettet, når det er nødvendigt, og sikr udstyret fysisk med kabellås eller aflåst skab.',
        'Connect equipment such as printers to the internet only where needed, and secure it physically with cable locks or locked cabinets.',
        a('7.8', '8.1', '8.20'),
      ],
      [
        '8',
        'Årlig sårbarhedstest af klinikkens it',
        'Yearly vulnerability test of the clinic’s IT',
        'Lad en ekstern part teste klinikkens it én gang om året: opdateringer, firewall, antivirus, diskkryptering, wi-fi-opsætning og oprydning i brugere.',
        'Have an outside party test the clinic’s IT once a year: updates, firewall, antivirus, disk encryption, Wi-Fi settings and user clean-up.',
        a('5.35', '8.8'),
      ],
      [
        '9',
        'Sikker kommunikation med patienter',
        'Secure communication with patients',
        'Undersøg sikker mail med systemleverandøren, og brug en krypteret løsning, fx en portal med historik, når I skriver med patienter.',
        'Ask the system supplier about secure mail, and use an encrypted solution, e.g. a portal that keeps the history, when writing with patients.',
        a('5.14', '8.24'),
      ],
    ] as const
  ).map(
    ([n, da, en, guidanceDa, guidanceEn, annexA]): Requirement => ({
      id: `CLINIC.${n}`,
      frameworkId: 'clinic_nine',
      code: n,
      title: { da, en },
      guidance: { da: guidanceDa, en: guidanceEn },
      annexA,
    }),
  ),
};

/** The four basic technical measures the sector strategy points to in "Cyberforsvar der virker". */
export const cyberforsvar: Framework = {
  id: 'cyberforsvar',
  name: { da: 'Cyberforsvar der virker', en: 'Cyber defence that works' },
  source: {
    da: 'De fire grundlæggende sikringstiltag, som sundhedssektorens strategi peger på fra Cyberforsvar der virker.',
    en: 'The four basic protective measures the health-sector strategy points to from "Cyberforsvar der virker".',
  },
  requirements: (
    [
      [
        '1',
        'Positivliste over tilladte programmer',
        'Allow-list of approved applications',
        'Kun programmer på en godkendt liste kan køre; alt andet blokeres.',
        'Only applications on an approved list can run; everything else is blocked.',
        a('8.19', '8.7'),
      ],
      [
        '2',
        'Programmer holdes opdaterede',
        'Applications kept up to date',
        'Sikkerhedsopdateringer til programmer installeres hurtigt og fast.',
        'Security updates for applications are installed promptly and as routine.',
        a('8.8'),
      ],
      [
        '3',
        'Operativsystemer holdes opdaterede',
        'Operating systems kept up to date',
        'Operativsystemer får sikkerhedsopdateringer hurtigt, og forældede versioner udfases.',
        'Operating systems get security updates promptly, and unsupported versions are phased out.',
        a('8.8', '8.9'),
      ],
      [
        '4',
        'Få konti med administratorrettigheder',
        'Few accounts with administrator rights',
        'Domæne- og lokaladministratorrettigheder gives kun til dem, der har brug for dem, og bruges ikke til daglig.',
        'Domain and local administrator rights go only to those who need them and are not used for daily work.',
        a('8.2', '8.18'),
      ],
    ] as const
  ).map(
    ([n, da, en, guidanceDa, guidanceEn, annexA]): Requirement => ({
      id: `CFDV.${n}`,
      frameworkId: 'cyberforsvar',
      code: n,
      title: { da, en },
      guidance: { da: guidanceDa, en: guidanceEn },
      annexA,
    }),
  ),
};
