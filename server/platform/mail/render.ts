import type { z } from 'zod';
import type { Locale } from '../i18n.ts';
import { type MailContent, type TemplateName, templates } from './templates.ts';

export type RenderedMail = { subject: string; text: string; html: string };

const footer: Record<Locale, string> = {
  da: 'Denne e-mail er sendt automatisk af Skjold. Svar ikke på den.',
  en: 'This e-mail was sent automatically by Skjold. Please do not reply.',
};

const htmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => htmlEntities[c] ?? c);

/** A header must stay on one line: no CR/LF from a param can start another header. */
const oneLine = (value: string) => value.replace(/[\r\n]+/g, ' ').trim();

type AnyTemplate = {
  params: z.ZodType<unknown>;
  da: (params: unknown) => MailContent;
  en: (params: unknown) => MailContent;
};

/** Checks the params against the template and renders subject, plain text and HTML. */
export function renderMail(name: TemplateName, locale: Locale, params: unknown): RenderedMail {
  const template = templates[name] as unknown as AnyTemplate;
  const content = template[locale](template.params.parse(params));
  const subject = oneLine(content.subject);
  const textParts = [...content.paragraphs];
  if (content.action) textParts.push(`${content.action.label}: ${content.action.url}`);
  textParts.push(`-- \n${footer[locale]}`);
  const paragraphs = content.paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>\n')}</p>`);
  if (content.action) {
    const { label, url } = content.action;
    paragraphs.push(`<p><a href="${escapeHtml(url)}">${escapeHtml(label)}</a></p>`);
  }
  const html = [
    '<!doctype html>',
    `<html lang="${locale}">`,
    `<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; max-width: 40em;">',
    ...paragraphs,
    `<hr><p style="color: #555; font-size: small;">${escapeHtml(footer[locale])}</p>`,
    '</body>',
    '</html>',
  ].join('\n');
  return { subject, text: `${textParts.join('\n\n')}\n`, html };
}
