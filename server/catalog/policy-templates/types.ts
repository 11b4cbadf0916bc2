import type { DocumentClassification, DocumentKind } from '../../db/schema.ts';

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
  kind: DocumentKind;
  classification: DocumentClassification;
  reviewIntervalMonths: number;
  da: TemplateText;
  en: TemplateText;
};
