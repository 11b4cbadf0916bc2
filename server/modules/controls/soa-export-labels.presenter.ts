import { annexAThemeNames, type FrameworkId, frameworkOf } from '../../catalog/controls/index.ts';
import type { Locale } from '../../platform/i18n.ts';
import type { SoaEntry } from './soa.presenter.ts';
import type { SoaStatus } from './status.rules.ts';

/** Headings and values of the SoA exports, in the reader's language (Danish by default). */
const text = {
  da: {
    title: 'Anvendelseserklæring',
    subtitle: 'Statement of Applicability',
    organisation: 'Organisation',
    date: 'Dato',
    version: 'Version',
    lastChanged: 'Senest ændret',
    baseline: 'Koncernbaseline',
    frameworks: 'Rammeværker',
    code: 'Nr.',
    control: 'Kontrol',
    theme: 'Tema',
    applicable: 'Relevant',
    justification: 'Begrundelse',
    status: 'Status',
    implementation: 'Implementering',
    owner: 'Ansvarlig',
    targetDate: 'Måldato',
    evidence: 'Dokumentation',
    risks: 'Risici',
    deviation: 'Afviger fra baseline',
    yes: 'Ja',
    no: 'Nej',
    evidenceCount: (valid: number, total: number) => (total === 0 ? 'Ingen' : `${valid} gyldige af ${total}`),
    page: (n: number, of: number) => `Side ${n} af ${of}`,
    summary: (applicable: number, total: number, implemented: number) =>
      `${applicable} af ${total} relevante, ${implemented} implementeret`,
  },
  en: {
    title: 'Statement of Applicability',
    subtitle: 'Anvendelseserklæring',
    organisation: 'Organisation',
    date: 'Date',
    version: 'Version',
    lastChanged: 'Last changed',
    baseline: 'Group baseline',
    frameworks: 'Frameworks',
    code: 'No.',
    control: 'Control',
    theme: 'Theme',
    applicable: 'Applicable',
    justification: 'Justification',
    status: 'Status',
    implementation: 'Implementation',
    owner: 'Owner',
    targetDate: 'Target date',
    evidence: 'Evidence',
    risks: 'Risks',
    deviation: 'Deviates from baseline',
    yes: 'Yes',
    no: 'No',
    evidenceCount: (valid: number, total: number) => (total === 0 ? 'None' : `${valid} valid of ${total}`),
    page: (n: number, of: number) => `Page ${n} of ${of}`,
    summary: (applicable: number, total: number, implemented: number) =>
      `${applicable} of ${total} applicable, ${implemented} implemented`,
  },
} as const;

export type ExportText = (typeof text)[Locale];
export const exportText = (locale: Locale): ExportText => text[locale];

const statusText: Record<Locale, Record<SoaStatus, string>> = {
  da: {
    not_started: 'Ikke påbegyndt',
    planned: 'Planlagt',
    partial: 'Delvist implementeret',
    implemented: 'Implementeret',
    not_applicable: 'Ikke relevant',
  },
  en: {
    not_started: 'Not started',
    planned: 'Planned',
    partial: 'Partially implemented',
    implemented: 'Implemented',
    not_applicable: 'Not applicable',
  },
};

export const statusLabel = (locale: Locale, status: SoaStatus) => statusText[locale][status];

/** Sheet names: at most 31 characters, none of []:*?/\ (Excel's rules). */
const sheetNames: Record<FrameworkId, Record<Locale, string>> = {
  iso27001_2022: { da: 'ISO 27001 bilag A', en: 'ISO 27001 Annex A' },
  nis2_art21: { da: 'NIS2 art. 21', en: 'NIS2 Art. 21' },
  gdpr_art32: { da: 'GDPR art. 32', en: 'GDPR Art. 32' },
  clinic_nine: { da: 'Ni klinikanbefalinger', en: 'Nine clinic recommendations' },
  cyberforsvar: { da: 'Cyberforsvar der virker', en: 'Cyber defence that works' },
};

export const sheetName = (framework: FrameworkId, locale: Locale) => sheetNames[framework][locale];
export const frameworkName = (framework: FrameworkId, locale: Locale) => frameworkOf(framework).name[locale];

export const formatDate = (date: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );

/** One SoA entry as the cells of an export row. */
export function rowValues(entry: SoaEntry, locale: Locale) {
  const t = exportText(locale);
  return {
    code: entry.code,
    control: entry.title[locale],
    theme: entry.theme ? annexAThemeNames[entry.theme][locale] : '',
    applicable: entry.applicable ? t.yes : t.no,
    justification: entry.effectiveJustification ?? '',
    status: statusLabel(locale, entry.status),
    implementation: entry.implementation ?? '',
    owner: entry.ownerName ?? '',
    targetDate: entry.targetDate ? formatDate(entry.targetDate, locale) : '',
    evidence: t.evidenceCount(entry.evidence.valid, entry.evidence.total),
    risks: entry.riskCount,
    deviation: entry.deviatesFromBaseline ? t.yes : '',
  };
}
