/**
 * The threat catalogue Skjold ships, in Danish and English, written for the Danish health
 * sector. It draws on the six sector vulnerabilities of the sector strategy for cyber and
 * information security (a large workforce, a large and complex IT landscape, dependence on
 * shared digital infrastructure, legacy systems and IoT/medical devices, large data
 * collections, a heterogeneous sector) and on threats the sector meets every year. The text
 * is our own. Organisations add their own threats through the API (table `threats`).
 *
 * Keys are stable: risk scenarios refer to them. Never rename or remove a key; retire an
 * entry by marking it `retired` instead.
 */

export type ThreatCategory =
  | 'malicious'
  | 'insider'
  | 'supplier'
  | 'human_error'
  | 'technical'
  | 'physical'
  | 'environmental';

/** The six vulnerabilities of the sector strategy, by number. */
export const sectorVulnerabilities = {
  1: { da: 'En stor medarbejderkreds', en: 'A large workforce' },
  2: { da: 'Et stort og komplekst it-landskab', en: 'A large and complex IT landscape' },
  3: { da: 'Afhængighed af fælles digital infrastruktur', en: 'Dependence on shared digital infrastructure' },
  4: { da: 'Legacy-systemer og IoT-enheder', en: 'Legacy systems and IoT devices' },
  5: { da: 'Store datasamlinger', en: 'Large data collections' },
  6: { da: 'En heterogen sektor', en: 'A heterogeneous sector' },
} as const;

export type SectorVulnerability = keyof typeof sectorVulnerabilities;

export type Text = { da: string; en: string };

export type CatalogThreat = {
  key: string;
  category: ThreatCategory;
  /** Which of confidentiality, integrity and availability the threat typically hits. */
  affects: { confidentiality: boolean; integrity: boolean; availability: boolean };
  vulnerabilities: SectorVulnerability[];
  title: Text;
  description: Text;
  retired?: boolean;
};

const cia = (letters: string) => ({
  confidentiality: letters.includes('C'),
  integrity: letters.includes('I'),
  availability: letters.includes('A'),
});

export const threatCatalog: readonly CatalogThreat[] = [
  {
    key: 'ransomware',
    category: 'malicious',
    affects: cia('CIA'),
    vulnerabilities: [2, 3, 5],
    title: { da: 'Ransomware og afpresning', en: 'Ransomware and extortion' },
    description: {
      da: 'Kriminelle krypterer systemer og data og truer med at offentliggøre stjålne oplysninger, hvis der ikke betales. Kan lamme kliniske systemer i dage.',
      en: 'Criminals encrypt systems and data and threaten to publish stolen information unless paid. Can halt clinical systems for days.',
    },
  },
  {
    key: 'phishing',
    category: 'malicious',
    affects: cia('CI'),
    vulnerabilities: [1],
    title: { da: 'Phishing og social manipulation', en: 'Phishing and social engineering' },
    description: {
      da: 'Falske mails, sms’er eller opkald får en medarbejder til at afgive sit login, godkende en betaling eller åbne en skadelig fil.',
      en: 'Fake e-mails, text messages or calls make an employee give away their login, approve a payment or open a malicious file.',
    },
  },
  {
    key: 'credential_misuse',
    category: 'malicious',
    affects: cia('CI'),
    vulnerabilities: [1, 2],
    title: { da: 'Misbrug af stjålne eller svage adgangskoder', en: 'Misuse of stolen or weak passwords' },
    description: {
      da: 'En angriber logger ind med et lækket, gættet eller genbrugt login, typisk på fjernadgang, mail eller webportaler uden totrinsgodkendelse.',
      en: 'An attacker signs in with a leaked, guessed or reused login, typically on remote access, e-mail or web portals without two-factor authentication.',
    },
  },
  {
    key: 'unpatched_software',
    category: 'malicious',
    affects: cia('CIA'),
    vulnerabilities: [2],
    title: { da: 'Udnyttelse af manglende opdateringer', en: 'Exploitation of missing updates' },
    description: {
      da: 'Kendte sårbarheder i styresystemer, programmer eller netværksudstyr udnyttes, fordi opdateringer ikke er installeret i tide.',
      en: 'Known vulnerabilities in operating systems, applications or network equipment are exploited because updates were not installed in time.',
    },
  },
  {
    key: 'excessive_privileges',
    category: 'technical',
    affects: cia('CIA'),
    vulnerabilities: [2],
    title: { da: 'For mange administratorrettigheder', en: 'Too many administrator privileges' },
    description: {
      da: 'Mange brugere eller konti har lokale eller domæneadministratorrettigheder, så et enkelt kompromitteret login giver adgang til det hele.',
      en: 'Many users or accounts hold local or domain administrator rights, so one compromised login opens everything.',
    },
  },
  {
    key: 'supplier_compromise',
    category: 'supplier',
    affects: cia('CIA'),
    vulnerabilities: [2, 3],
    title: { da: 'Angreb via leverandør eller databehandler', en: 'Attack through a supplier or processor' },
    description: {
      da: 'En leverandør med fjernadgang, drift eller opdateringsansvar for vores systemer bliver kompromitteret, og angrebet når videre til os.',
      en: 'A supplier with remote access, operations or update duties for our systems is compromised and the attack reaches us.',
    },
  },
  {
    key: 'supplier_failure',
    category: 'supplier',
    affects: cia('A'),
    vulnerabilities: [2, 3],
    title: { da: 'Leverandørsvigt eller konkurs', en: 'Supplier outage or insolvency' },
    description: {
      da: 'En kritisk leverandør kan ikke levere drift, support eller opdateringer, fx efter nedbrud, konkurs eller opsigelse.',
      en: 'A critical supplier cannot deliver operations, support or updates, for example after an outage, insolvency or termination.',
    },
  },
  {
    key: 'weak_partner_security',
    category: 'supplier',
    affects: cia('CI'),
    vulnerabilities: [6],
    title: {
      da: 'Svag sikkerhed hos samarbejdspartnere i sektoren',
      en: 'Weak security at partners in the sector',
    },
    description: {
      da: 'Data deles med aktører med lavere modenhed, fx mindre klinikker eller kommunale enheder, hvor de ikke beskyttes tilstrækkeligt.',
      en: 'Data is shared with parties of lower maturity, such as small clinics or municipal units, where it is not protected well enough.',
    },
  },
  {
    key: 'insider_record_snooping',
    category: 'insider',
    affects: cia('C'),
    vulnerabilities: [1, 5],
    title: {
      da: 'Uberettigede opslag i patientjournaler',
      en: 'Unauthorised look-ups in patient records',
    },
    description: {
      da: 'En medarbejder slår op på patienter, vedkommende ikke behandler, fx familie, naboer, kolleger eller kendte personer.',
      en: 'An employee looks up patients they do not treat, such as family, neighbours, colleagues or public figures.',
    },
  },
  {
    key: 'insider_sabotage',
    category: 'insider',
    affects: cia('IA'),
    vulnerabilities: [1],
    title: {
      da: 'Bevidst misbrug eller sabotage fra en betroet bruger',
      en: 'Deliberate misuse or sabotage by a trusted user',
    },
    description: {
      da: 'En nuværende eller tidligere medarbejder eller konsulent ændrer, sletter eller udleverer data med vilje.',
      en: 'A current or former employee or consultant deliberately changes, deletes or discloses data.',
    },
  },
  {
    key: 'misdirected_patient_data',
    category: 'human_error',
    affects: cia('C'),
    vulnerabilities: [1],
    title: { da: 'Fejlsendte patientoplysninger', en: 'Misdirected patient data' },
    description: {
      da: 'Breve, mails, epikriser eller beskeder med helbredsoplysninger sendes til en forkert modtager eller uden sikker forbindelse.',
      en: 'Letters, e-mails, discharge summaries or messages with health data go to the wrong recipient or without a secure channel.',
    },
  },
  {
    key: 'wrong_patient_data',
    category: 'human_error',
    affects: cia('I'),
    vulnerabilities: [1, 2],
    title: { da: 'Forkerte data på patienten', en: 'Wrong data on the patient' },
    description: {
      da: 'Fejlregistrering, forbytning af patienter eller fejl i integrationer giver forkerte oplysninger, som behandlingen bygger på.',
      en: 'Data entry mistakes, mixed-up patients or integration faults produce wrong information that treatment relies on.',
    },
  },
  {
    key: 'lost_device',
    category: 'physical',
    affects: cia('C'),
    vulnerabilities: [1],
    title: { da: 'Bortkomne eller stjålne enheder og medier', en: 'Lost or stolen devices and media' },
    description: {
      da: 'Bærbare computere, telefoner, tablets eller USB-nøgler med patientdata bliver væk eller stjålet, fx uden kryptering.',
      en: 'Laptops, phones, tablets or USB sticks holding patient data are lost or stolen, for example without encryption.',
    },
  },
  {
    key: 'legacy_exploitation',
    category: 'malicious',
    affects: cia('CIA'),
    vulnerabilities: [4],
    title: { da: 'Udnyttelse af forældede systemer', en: 'Exploitation of legacy systems' },
    description: {
      da: 'Systemer uden leverandørsupport eller sikkerhedsopdateringer kan ikke lukkes for kendte huller, men kan ikke udskiftes, fordi behandlingen afhænger af dem.',
      en: 'Systems without vendor support or security updates cannot close known holes, yet cannot be replaced because treatment depends on them.',
    },
  },
  {
    key: 'medical_device_attack',
    category: 'malicious',
    affects: cia('IA'),
    vulnerabilities: [4],
    title: {
      da: 'Angreb på netværksforbundet medicinsk udstyr og IoT',
      en: 'Attack on networked medical devices and IoT',
    },
    description: {
      da: 'Infusionspumper, billeddiagnostik, monitorering eller bygningsstyring på netværket misbruges eller sættes ud af drift.',
      en: 'Infusion pumps, imaging, monitoring or building controls on the network are misused or taken out of service.',
    },
  },
  {
    key: 'ddos',
    category: 'malicious',
    affects: cia('A'),
    vulnerabilities: [3],
    title: { da: 'Overbelastningsangreb (DDoS)', en: 'Denial-of-service attack (DDoS)' },
    description: {
      da: 'Hjemmesider, borgerportaler, telefoni eller forbindelser overbelastes, så borgere og samarbejdspartnere ikke kan nå os.',
      en: 'Websites, citizen portals, telephony or connections are flooded so citizens and partners cannot reach us.',
    },
  },
  {
    key: 'espionage',
    category: 'malicious',
    affects: cia('C'),
    vulnerabilities: [5],
    title: {
      da: 'Cyberspionage og tyveri af store datasamlinger',
      en: 'Cyber espionage and theft of large data collections',
    },
    description: {
      da: 'Statslige eller kriminelle aktører søger adgang til journaler, registre, forskningsdata eller genomdata over lang tid og i det skjulte.',
      en: 'State or criminal actors seek covert, long-term access to records, registries, research or genomic data.',
    },
  },
  {
    key: 'power_failure',
    category: 'environmental',
    affects: cia('A'),
    vulnerabilities: [3],
    title: { da: 'Strømsvigt', en: 'Power failure' },
    description: {
      da: 'Bortfald af strøm på matriklen eller hos driftsleverandøren, hvor nødstrøm eller UPS ikke slår til eller ikke rækker længe nok.',
      en: 'Loss of power on site or at the operator, where emergency power or UPS fails or does not last long enough.',
    },
  },
  {
    key: 'network_failure',
    category: 'technical',
    affects: cia('A'),
    vulnerabilities: [3],
    title: {
      da: 'Bortfald af netværk eller Sundhedsdatanettet',
      en: 'Loss of the network or the health data network',
    },
    description: {
      da: 'Interne netværk, internetforbindelser eller fælles infrastruktur som Sundhedsdatanettet er nede, så data ikke kan udveksles.',
      en: 'Internal networks, internet connections or shared infrastructure such as the health data network are down, so data cannot flow.',
    },
  },
  {
    key: 'system_failure',
    category: 'technical',
    affects: cia('IA'),
    vulnerabilities: [2],
    title: { da: 'Fejl i hardware, software eller opdateringer', en: 'Hardware, software or update failure' },
    description: {
      da: 'Nedbrud, fejlbehæftede opdateringer eller ændringer uden test gør et system utilgængeligt eller ødelægger data.',
      en: 'Crashes, faulty updates or untested changes make a system unavailable or corrupt data.',
    },
  },
  {
    key: 'data_loss_without_backup',
    category: 'technical',
    affects: cia('IA'),
    vulnerabilities: [2, 5],
    title: { da: 'Datatab uden brugbar backup', en: 'Data loss without a usable backup' },
    description: {
      da: 'Data går tabt, og backup mangler, er ufuldstændig, er ramt af samme angreb eller er aldrig testet genskabt.',
      en: 'Data is lost and the backup is missing, incomplete, hit by the same attack or has never been restored in a test.',
    },
  },
  {
    key: 'misconfiguration_exposure',
    category: 'technical',
    affects: cia('C'),
    vulnerabilities: [2],
    title: { da: 'Fejlkonfiguration der eksponerer data', en: 'Misconfiguration that exposes data' },
    description: {
      da: 'Åbne fildelinger, cloud-lagre, testmiljøer med rigtige data eller forkerte rettigheder gør oplysninger tilgængelige for uvedkommende.',
      en: 'Open file shares, cloud storage, test environments with real data or wrong permissions expose information to outsiders.',
    },
  },
  {
    key: 'physical_intrusion',
    category: 'physical',
    affects: cia('CIA'),
    vulnerabilities: [6],
    title: { da: 'Uautoriseret fysisk adgang', en: 'Unauthorised physical access' },
    description: {
      da: 'Uvedkommende får adgang til serverrum, klinikken, arkiver, ulåste skærme eller netværksstik.',
      en: 'Outsiders reach server rooms, the clinic, archives, unlocked screens or network sockets.',
    },
  },
  {
    key: 'fire_water_damage',
    category: 'environmental',
    affects: cia('A'),
    vulnerabilities: [3],
    title: { da: 'Brand, vand eller anden fysisk skade', en: 'Fire, water or other physical damage' },
    description: {
      da: 'Brand, oversvømmelse, overophedning eller hærværk ødelægger udstyr, serverrum eller papirarkiver.',
      en: 'Fire, flooding, overheating or vandalism destroys equipment, server rooms or paper archives.',
    },
  },
  {
    key: 'key_person_dependency',
    category: 'human_error',
    affects: cia('A'),
    vulnerabilities: [1, 6],
    title: { da: 'Afhængighed af nøglepersoner', en: 'Dependence on key people' },
    description: {
      da: 'Kun én eller få personer kan drive, genstarte eller gendanne et kritisk system, og de er ikke til stede, når det gælder.',
      en: 'Only one or a few people can run, restart or restore a critical system, and they are not there when it matters.',
    },
  },
];

const byKey = new Map(threatCatalog.map((threat) => [threat.key, threat]));

export const catalogThreat = (key: string): CatalogThreat | undefined => byKey.get(key);
