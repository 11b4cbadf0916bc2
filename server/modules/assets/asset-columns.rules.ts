import type { AssetHosting, AssetKind } from '../../db/schema.ts';
import { danishKey } from '../../platform/danish-text.ts';
import type { Locale } from '../../platform/i18n.ts';

/**
 * The spreadsheet columns of the asset register, shared by the export and the import so an
 * exported register can be edited and imported again. Headers and values are accepted in
 * Danish and English.
 */
export const importFields = [
  'name',
  'kind',
  'description',
  'owner',
  'criticality',
  'confidentiality',
  'integrity',
  'availability',
  'personalData',
  'healthData',
  'legacy',
  'endOfSupport',
  'supplier',
  'hosting',
  'clinicalCritical',
  'criticalRank',
  'dependsOn',
] as const;

export type ImportField = (typeof importFields)[number];

export const columnHeaders: Record<ImportField, Record<Locale, string>> = {
  name: { da: 'Navn', en: 'Name' },
  kind: { da: 'Type', en: 'Kind' },
  description: { da: 'Beskrivelse', en: 'Description' },
  owner: { da: 'Ejer (e-mail)', en: 'Owner (e-mail)' },
  criticality: { da: 'Kritikalitet (1-4)', en: 'Criticality (1-4)' },
  confidentiality: { da: 'Fortrolighed (1-4)', en: 'Confidentiality (1-4)' },
  integrity: { da: 'Integritet (1-4)', en: 'Integrity (1-4)' },
  availability: { da: 'Tilgængelighed (1-4)', en: 'Availability (1-4)' },
  personalData: { da: 'Personoplysninger', en: 'Personal data' },
  healthData: { da: 'Helbredsoplysninger', en: 'Health data' },
  legacy: { da: 'Legacy', en: 'Legacy' },
  endOfSupport: { da: 'Support ophører', en: 'End of support' },
  supplier: { da: 'Leverandør', en: 'Supplier' },
  hosting: { da: 'Drift', en: 'Hosting' },
  clinicalCritical: { da: 'Kritisk klinisk proces', en: 'Critical clinical process' },
  criticalRank: { da: 'Rang', en: 'Rank' },
  dependsOn: { da: 'Afhænger af', en: 'Depends on' },
};

/** Other headers people write for the same column. */
const headerAliases: Partial<Record<ImportField, string[]>> = {
  name: ['aktiv', 'asset', 'system', 'systemnavn'],
  kind: ['aktivtype', 'kategori', 'asset type'],
  owner: ['ejer', 'systemejer', 'owner', 'ansvarlig'],
  criticality: ['kritikalitet', 'criticality', 'kritiskhed'],
  confidentiality: ['fortrolighed', 'confidentiality', 'f'],
  integrity: ['integritet', 'integrity', 'i'],
  availability: ['tilgængelighed', 'availability', 't'],
  personalData: ['persondata', 'personal data'],
  healthData: ['helbredsdata', 'sundhedsdata', 'health data'],
  endOfSupport: ['end of support', 'supportophør', 'eos'],
  hosting: ['hosting', 'driftsform', 'placering af drift'],
  clinicalCritical: ['kritisk proces', 'critical process'],
  criticalRank: ['rangering', 'prioritet', 'rank'],
  dependsOn: ['afhængigheder', 'dependencies', 'depends on'],
};

/** Header key: Danish sort key without anything in parentheses. */
const headerKey = (header: string) => danishKey(header.replace(/\(.*?\)/g, ''));

const headerIndex = new Map<string, ImportField>();
for (const field of importFields) {
  for (const text of [columnHeaders[field].da, columnHeaders[field].en, ...(headerAliases[field] ?? [])]) {
    headerIndex.set(headerKey(text), field);
  }
}

export const fieldOfHeader = (header: string): ImportField | undefined => headerIndex.get(headerKey(header));

export const kindLabels: Record<AssetKind, Record<Locale, string>> = {
  system: { da: 'System', en: 'System' },
  process: { da: 'Proces', en: 'Process' },
  information: { da: 'Information', en: 'Information' },
  device: { da: 'Medicinsk udstyr/IoT', en: 'Medical device/IoT' },
  service: { da: 'Tjeneste', en: 'Service' },
  location: { da: 'Lokation', en: 'Location' },
};

export const hostingLabels: Record<AssetHosting, Record<Locale, string>> = {
  on_premises: { da: 'Egen drift', en: 'On premises' },
  shared_operations: { da: 'Driftsfællesskab', en: 'Shared operations' },
  supplier_hosted: { da: 'Leverandørdrift', en: 'Supplier hosted' },
  cloud: { da: 'Cloud', en: 'Cloud' },
  none: { da: 'Ingen', en: 'None' },
};

export const ratingLabels: Record<number, Record<Locale, string>> = {
  1: { da: 'Lav', en: 'Low' },
  2: { da: 'Middel', en: 'Medium' },
  3: { da: 'Høj', en: 'High' },
  4: { da: 'Kritisk', en: 'Critical' },
};

export const yesNo = (value: boolean, locale: Locale) =>
  value ? (locale === 'da' ? 'Ja' : 'Yes') : locale === 'da' ? 'Nej' : 'No';

function vocabulary<T extends string | number>(
  labels: Record<T, Record<Locale, string>>,
  extra: Record<string, T> = {},
): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, text] of Object.entries(labels) as [string, Record<Locale, string>][]) {
    const typed = (/^\d+$/.test(value) ? Number(value) : value) as T;
    map.set(danishKey(value), typed);
    map.set(danishKey(text.da), typed);
    map.set(danishKey(text.en), typed);
  }
  for (const [text, value] of Object.entries(extra)) map.set(danishKey(text), value);
  return map;
}

export const kindVocabulary = vocabulary<AssetKind>(kindLabels, {
  'it-system': 'system',
  applikation: 'system',
  application: 'system',
  forretningsproces: 'process',
  'klinisk proces': 'process',
  data: 'information',
  oplysninger: 'information',
  udstyr: 'device',
  'medicinsk udstyr': 'device',
  'medical device': 'device',
  iot: 'device',
  'iot-enhed': 'device',
  ydelse: 'service',
  lokalitet: 'location',
  bygning: 'location',
  site: 'location',
});

export const hostingVocabulary = vocabulary<AssetHosting>(hostingLabels, {
  lokal: 'on_premises',
  'on-premises': 'on_premises',
  intern: 'on_premises',
  fællesdrift: 'shared_operations',
  leverandør: 'supplier_hosted',
  outsourcet: 'supplier_hosted',
  outsourced: 'supplier_hosted',
  hostet: 'supplier_hosted',
  sky: 'cloud',
  saas: 'cloud',
  ingen: 'none',
});

export const ratingVocabulary = vocabulary<number>(ratingLabels, { medium: 2, mellem: 2, moderat: 2 });

export const booleanVocabulary = new Map<string, boolean>(
  [
    ['ja', true],
    ['j', true],
    ['yes', true],
    ['y', true],
    ['x', true],
    ['1', true],
    ['true', true],
    ['sand', true],
    ['nej', false],
    ['n', false],
    ['no', false],
    ['0', false],
    ['false', false],
    ['falsk', false],
    ['-', false],
  ].map(([text, value]) => [danishKey(String(text)), Boolean(value)]),
);
