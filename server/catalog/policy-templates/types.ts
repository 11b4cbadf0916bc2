/** One language's version of a starter template: the title, a one-line purpose and the body as HTML. */
export type TemplateText = {
  title: string;
  description: string;
  /** Allowed rich-text HTML only (it passes through the same sanitiser as editor input). */
  bodyHtml: string;
};

/**
 * A starter document we ship. Text in square brackets marks what the organisation fills in.
 * Written by us for Skjold, in our own words, after the sector's published policies and the
 * clinic recommendations (../shared/seeds); nothing is copied from them.
 */
export type PolicyTemplate = {
  key: string;
  /**
   * The kinds and classifications a shipped template may have: a subset of the documents
   * module's `DocumentKind` and `DocumentClassification`, which the compiler checks where the
   * documents module copies a template into a document (the catalog imports no code).
   */
  kind: 'policy' | 'procedure' | 'instruction' | 'plan';
  classification: 'public' | 'internal' | 'confidential';
  reviewIntervalMonths: number;
  da: TemplateText;
  en: TemplateText;
};
