import type { Db } from '../../db/database.ts';
import type { DocumentClassification, DocumentKind, DocumentVersionStatus } from '../../db/schema.ts';
import { TIME_ZONE } from '../../platform/clock.ts';
import type { Locale } from '../../platform/i18n.ts';
import type { DocumentRow } from './documents.repository.ts';
import type { RevisionRow } from './reviews.schemas.ts';
import { revisionRows } from './reviews.service.ts';
import { type Block, toBlocks } from './rich-text.rules.ts';
import type { VersionRow } from './versions.repository.ts';

/** What DOCX, PDF and the public page print: the same facts in the reader's language. */
export type ExportModel = {
  locale: Locale;
  title: string;
  description: string | null;
  orgName: string;
  kind: string;
  classification: string;
  versionNumber: number;
  status: string;
  facts: { label: string; value: string }[];
  /** Sanitised HTML of the body (the public page renders it as is). */
  bodyHtml: string;
  blocks: Block[];
  /** Set when the body is a PDF or DOCX file instead of rich text. */
  bodyFileName: string | null;
  revisions: RevisionRow[];
  labels: ExportLabels;
};

export type ExportLabels = {
  revisionTable: string;
  version: string;
  date: string;
  author: string;
  changes: string;
  approvedBy: string;
  reviewNoChange: string;
  reviewChangesNeeded: string;
  bodyInFile: (name: string) => string;
  documentFacts: string;
  noRevisions: string;
};

const kindNames: Record<Locale, Record<DocumentKind, string>> = {
  da: {
    policy: 'Politik',
    guideline: 'Retningslinje',
    procedure: 'Procedure',
    instruction: 'Instruks',
    plan: 'Plan',
  },
  en: {
    policy: 'Policy',
    guideline: 'Guideline',
    procedure: 'Procedure',
    instruction: 'Instruction',
    plan: 'Plan',
  },
};

const classificationNames: Record<Locale, Record<DocumentClassification, string>> = {
  da: { public: 'Offentlig', internal: 'Intern', confidential: 'Fortrolig' },
  en: { public: 'Public', internal: 'Internal', confidential: 'Confidential' },
};

const statusNames: Record<Locale, Record<DocumentVersionStatus, string>> = {
  da: {
    draft: 'Udkast',
    in_review: 'Til godkendelse',
    approved: 'Godkendt',
    published: 'Offentliggjort',
    superseded: 'Afløst',
  },
  en: {
    draft: 'Draft',
    in_review: 'In review',
    approved: 'Approved',
    published: 'Published',
    superseded: 'Superseded',
  },
};

const labels: Record<Locale, ExportLabels> = {
  da: {
    revisionTable: 'Revisionshistorik',
    version: 'Version',
    date: 'Dato',
    author: 'Forfatter',
    changes: 'Ændringer',
    approvedBy: 'Godkendt af',
    reviewNoChange: 'Gennemgået uden ændringer',
    reviewChangesNeeded: 'Gennemgået – ændringer nødvendige',
    bodyInFile: (name) => `Dokumentets indhold findes i den vedhæftede fil "${name}".`,
    documentFacts: 'Om dokumentet',
    noRevisions: 'Ingen godkendte versioner endnu.',
  },
  en: {
    revisionTable: 'Revision history',
    version: 'Version',
    date: 'Date',
    author: 'Author',
    changes: 'Changes',
    approvedBy: 'Approved by',
    reviewNoChange: 'Reviewed, no changes',
    reviewChangesNeeded: 'Reviewed – changes needed',
    bodyInFile: (name) => `The content of this document is the attached file "${name}".`,
    documentFacts: 'About this document',
    noRevisions: 'No approved versions yet.',
  },
};

const factLabels: Record<Locale, Record<string, string>> = {
  da: {
    organisation: 'Organisation',
    kind: 'Type',
    classification: 'Klassifikation',
    version: 'Version',
    status: 'Status',
    approvedOn: 'Godkendt',
    approvedBy: 'Godkendt af',
    publishedAt: 'Offentliggjort',
    nextReview: 'Næste revision',
  },
  en: {
    organisation: 'Organisation',
    kind: 'Kind',
    classification: 'Classification',
    version: 'Version',
    status: 'Status',
    approvedOn: 'Approved',
    approvedBy: 'Approved by',
    publishedAt: 'Published',
    nextReview: 'Next review',
  },
};

const intlLocale = (locale: Locale) => (locale === 'da' ? 'da-DK' : 'en-GB');

export const formatDate = (date: string, locale: Locale) =>
  new Intl.DateTimeFormat(intlLocale(locale), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));

export const formatInstantDate = (instant: string, locale: Locale) =>
  new Intl.DateTimeFormat(intlLocale(locale), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: TIME_ZONE,
  }).format(new Date(instant));

/** The "changes" cell of a revision row: the summary, or what the review concluded. */
export function revisionText(row: RevisionRow, l: ExportLabels): string {
  if (row.kind === 'version') return row.changeSummary ?? '';
  const outcome = row.outcome === 'no_change' ? l.reviewNoChange : l.reviewChangesNeeded;
  return row.changeSummary ? `${outcome}. ${row.changeSummary}` : outcome;
}

export async function exportModel(
  db: Db,
  document: DocumentRow,
  version: VersionRow,
  locale: Locale,
): Promise<ExportModel> {
  const f = factLabels[locale];
  const facts = [
    { label: f.organisation as string, value: document.org_name },
    { label: f.kind as string, value: kindNames[locale][document.kind] },
    { label: f.classification as string, value: classificationNames[locale][document.classification] },
    { label: f.version as string, value: String(version.number) },
    { label: f.status as string, value: statusNames[locale][version.status] },
    ...(version.approved_on
      ? [{ label: f.approvedOn as string, value: formatDate(version.approved_on, locale) }]
      : []),
    ...(version.approved_by_name ? [{ label: f.approvedBy as string, value: version.approved_by_name }] : []),
    ...(version.published_at
      ? [{ label: f.publishedAt as string, value: formatInstantDate(version.published_at, locale) }]
      : []),
    ...(document.next_review_on && version.status === 'published'
      ? [{ label: f.nextReview as string, value: formatDate(document.next_review_on, locale) }]
      : []),
  ];
  return {
    locale,
    title: document.title,
    description: document.description,
    orgName: document.org_name,
    kind: kindNames[locale][document.kind],
    classification: classificationNames[locale][document.classification],
    versionNumber: version.number,
    status: statusNames[locale][version.status],
    facts,
    bodyHtml: version.body_file_id ? '' : version.body_html,
    blocks: version.body_file_id ? [] : toBlocks(version.body_html),
    bodyFileName: version.body_file_id ? (version.file_name ?? '') : null,
    revisions: await revisionRows(db, document),
    labels: labels[locale],
  };
}
