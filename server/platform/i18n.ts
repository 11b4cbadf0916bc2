import { z } from 'zod';
import type { $ZodIssue, $ZodRawIssue } from 'zod/v4/core';

export type Locale = 'da' | 'en';
export const locales: readonly Locale[] = ['da', 'en'];

/** Picks the first supported language of an Accept-Language header; Danish by default. */
export function localeFromHeader(header: string | undefined): Locale {
  if (!header) return 'da';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const base = tag.split('-')[0];
    if (base === 'da' || base === 'nb' || base === 'nn' || base === 'no') return 'da';
    if (base === 'en') return 'en';
  }
  return 'da';
}

/** A module's texts by key in both languages; `defineMessages` makes the two key sets equal. */
export type MessageCatalog = { da: Readonly<Record<string, string>>; en: Readonly<Record<string, string>> };

/**
 * Declares a catalog: English must hold exactly the keys of Danish. Each module's
 * `<module>.messages.ts` declares one and adds its keys to `MessageKeys`, so `MessageKey` is the
 * typed union of every code and label the server can answer with.
 */
export function defineMessages<const K extends string>(
  da: Record<K, string>,
  en: NoInfer<Record<K, string>>,
): { da: Record<K, string>; en: Record<K, string> } {
  return { da, en };
}

/** Keys that modules add (declaration merging in each `<module>.messages.ts`). */
// biome-ignore lint/suspicious/noEmptyInterface: filled by module augmentation
export interface MessageKeys {}

/** Messages of the API error envelope and the platform's labels. `{name}` placeholders are filled from params. */
export const platformMessages = defineMessages(
  {
    invalid_request: 'Forespørgslen er ugyldig. Ret de markerede felter.',
    invalid_json: 'Forespørgslens indhold er ikke gyldig JSON.',
    required: 'Feltet skal udfyldes.',
    unsupported_media_type: 'Indholdstypen understøttes ikke. Send JSON.',
    payload_too_large: 'Forespørgslen er for stor.',
    not_found: 'Siden eller posten findes ikke, eller du har ikke adgang til den.',
    route_not_found: 'Adressen findes ikke i API’et.',
    method_not_allowed: 'Metoden er ikke tilladt her.',
    forbidden: 'Du har ikke rettighed til at gøre dette.',
    segregation_of_duties:
      'Adskillelse af funktioner: du kan ikke godkende eller underskrive noget, du selv har udarbejdet eller ejer, og du kan ikke ændre dine egne roller.',
    conflict: 'Posten blev ændret samtidig af en anden forespørgsel. Prøv igen.',
    unauthenticated: 'Du er ikke logget ind.',
    session_expired: 'Din session er udløbet. Log ind igen.',
    csrf_token_invalid: 'Sikkerhedstjek mislykkedes (CSRF). Genindlæs siden og prøv igen.',
    invalid_credentials: 'Forkert e-mail eller adgangskode.',
    password_change_required: 'Du skal skifte din engangsadgangskode, før du kan fortsætte.',
    password_too_short: 'Adgangskoden skal være mindst {min} tegn. Brug gerne en sætning af flere ord.',
    password_too_long: 'Adgangskoden må højst være {max} tegn.',
    password_common:
      'Adgangskoden er for almindelig eller findes i lister over lækkede adgangskoder. Vælg en anden.',
    password_personal: 'Adgangskoden må ikke være dit navn eller din e-mailadresse.',
    too_many_attempts: 'For mange mislykkede forsøg. Prøv igen om lidt.',
    totp_required: 'Indtast koden fra din godkendelsesapp.',
    totp_invalid: 'Koden fra godkendelsesappen er forkert.',
    totp_reused: 'Koden er allerede brugt. Vent på den næste kode.',
    recovery_code_invalid: 'Gendannelseskoden er forkert eller allerede brugt.',
    mfa_enrolment_required:
      'Din organisation kræver totrinsgodkendelse. Slå den til under din profil, før du fortsætter.',
    session_required: 'Dette kræver, at du er logget ind i browseren; et API-token kan ikke bruges her.',
    token_invalid: 'API-tokenet er ugyldigt.',
    token_revoked: 'API-tokenet er tilbagekaldt.',
    token_expired: 'API-tokenet er udløbet.',
    lock_not_found: 'Spærringen findes ikke.',
    current_password_wrong: 'Den nuværende adgangskode er forkert.',
    version_conflict:
      'Posten er ændret af en anden, siden du hentede den. Hent den igen, og gentag ændringen.',
    invalid_cursor: 'Pagineringsmarkøren er ugyldig.',
    invalid_sort: 'Sorteringsfeltet understøttes ikke.',
    internal_error: 'Der opstod en uventet fejl. Prøv igen senere.',
    service_unavailable: 'Tjenesten er midlertidigt utilgængelig.',
    audit_missing: 'Ændringen blev ikke skrevet i revisionsloggen og er rullet tilbage.',
    job_not_dead: 'Kun et job, der har opgivet efter sidste forsøg, kan sættes i kø igen.',
    file_too_large: 'Filen er for stor. Den største tilladte størrelse er {limit}.',
    file_type_not_allowed:
      'Filtypen er ikke tilladt, eller filnavnets endelse passer ikke til indholdet. Tilladt: PDF, PNG, JPEG, GIF, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), OpenDocument (.odt, .ods), tekst (.txt) og CSV (.csv).',
    multipart_required: 'Send filen som multipart/form-data med feltet "file".',
    file_missing: 'Vedhæft en fil i feltet "file".',
    file_empty: 'Filen er tom.',
    file_upload_invalid: 'Upload-forespørgslen er ugyldig. Send præcis én fil i feltet "file".',
    file_link_target_unknown: 'Filer kan ikke knyttes til denne type post.',
    file_link_target_not_found: 'Posten, filen skal knyttes til, findes ikke i organisationen.',
    file_link_exists: 'Filen er allerede knyttet til denne post.',
    owner_not_member: 'Ejeren skal være en aktiv bruger med adgang til posten i organisationen.',
    time_in_future: 'Tidspunktet kan ikke ligge i fremtiden.',
    date_in_future: 'Datoen kan ikke ligge i fremtiden.',
    date_in_past: 'Datoen skal ligge efter i dag.',
    invalid_value: 'Værdien er ikke en af de mulige.',
    invalid_format: 'Værdien har ikke det rigtige format.',
  },
  {
    invalid_request: 'The request is invalid. Correct the marked fields.',
    invalid_json: 'The request body is not valid JSON.',
    required: 'This field is required.',
    unsupported_media_type: 'Unsupported content type. Send JSON.',
    payload_too_large: 'The request is too large.',
    not_found: 'The page or record does not exist, or you do not have access to it.',
    route_not_found: 'This address does not exist in the API.',
    method_not_allowed: 'The method is not allowed here.',
    forbidden: 'You are not allowed to do this.',
    segregation_of_duties:
      'Segregation of duties: you cannot approve or sign off something you authored or own, nor change your own roles.',
    conflict: 'The record was changed at the same time by another request. Try again.',
    unauthenticated: 'You are not signed in.',
    session_expired: 'Your session has expired. Please sign in again.',
    csrf_token_invalid: 'Security check failed (CSRF). Reload the page and try again.',
    invalid_credentials: 'Wrong e-mail or password.',
    password_change_required: 'You must change your one-time password before you continue.',
    password_too_short:
      'The password must be at least {min} characters. A sentence of several words works well.',
    password_too_long: 'The password must be at most {max} characters.',
    password_common: 'This password is too common or appears in lists of leaked passwords. Choose another.',
    password_personal: 'The password must not be your name or e-mail address.',
    too_many_attempts: 'Too many failed attempts. Try again shortly.',
    totp_required: 'Enter the code from your authenticator app.',
    totp_invalid: 'The authenticator code is wrong.',
    totp_reused: 'This code has already been used. Wait for the next code.',
    recovery_code_invalid: 'The recovery code is wrong or already used.',
    mfa_enrolment_required:
      'Your organisation requires two-factor authentication. Turn it on in your profile before you continue.',
    session_required: 'This needs a browser sign-in; an API token cannot be used here.',
    token_invalid: 'The API token is invalid.',
    token_revoked: 'The API token has been revoked.',
    token_expired: 'The API token has expired.',
    lock_not_found: 'The lock does not exist.',
    current_password_wrong: 'The current password is wrong.',
    version_conflict:
      'Someone else changed this record since you loaded it. Reload it and repeat your change.',
    invalid_cursor: 'The pagination cursor is invalid.',
    invalid_sort: 'This sort field is not supported.',
    internal_error: 'An unexpected error occurred. Please try again later.',
    service_unavailable: 'The service is temporarily unavailable.',
    audit_missing: 'The change was not written to the audit log and has been rolled back.',
    job_not_dead: 'Only a job that gave up after its last attempt can be queued again.',
    file_too_large: 'The file is too large. The largest allowed size is {limit}.',
    file_type_not_allowed:
      'This file type is not allowed, or the file name extension does not match the content. Allowed: PDF, PNG, JPEG, GIF, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), OpenDocument (.odt, .ods), text (.txt) and CSV (.csv).',
    multipart_required: 'Send the file as multipart/form-data in the field "file".',
    file_missing: 'Attach a file in the field "file".',
    file_empty: 'The file is empty.',
    file_upload_invalid: 'The upload request is invalid. Send exactly one file in the field "file".',
    file_link_target_unknown: 'Files cannot be linked to this type of record.',
    file_link_target_not_found: 'The record to link the file to does not exist in this organisation.',
    file_link_exists: 'The file is already linked to this record.',
    owner_not_member: 'The owner must be an active user with access to the record in the organisation.',
    time_in_future: 'The time cannot be in the future.',
    date_in_future: 'The date cannot be in the future.',
    date_in_past: 'The date must be after today.',
    invalid_value: 'The value is not one of the possible ones.',
    invalid_format: 'The value does not have the right format.',
  },
);

export type MessageKey = keyof typeof platformMessages.da | keyof MessageKeys;

const catalogs: Record<Locale, Map<string, string>> = { da: new Map(), en: new Map() };

/** Adds a module's catalog (done by installModules); a key defined twice with other text is a bug. */
export function registerMessages(catalog: MessageCatalog): void {
  for (const locale of locales) {
    for (const [key, text] of Object.entries(catalog[locale])) {
      const existing = catalogs[locale].get(key);
      if (existing !== undefined && existing !== text) throw new Error(`Message "${key}" is defined twice`);
      catalogs[locale].set(key, text);
    }
  }
}

registerMessages(platformMessages);

/** Every registered key with its text in each language, for the test that no code lacks a message. */
export const registeredMessages = (): { key: string; da: string | undefined; en: string | undefined }[] =>
  [...new Set([...catalogs.da.keys(), ...catalogs.en.keys()])].map((key) => ({
    key,
    da: catalogs.da.get(key),
    en: catalogs.en.get(key),
  }));

export function hasMessage(code: string): boolean {
  return catalogs.en.has(code);
}

export function translate(
  locale: Locale,
  code: string,
  params: Record<string, string | number> = {},
): string {
  const template = catalogs[locale].get(code) ?? catalogs.en.get(code) ?? code;
  // A parameter written `@code` is itself translated, e.g. `@kind.unit` -> "enhed".
  const value = (key: string) => {
    const param = params[key];
    if (param === undefined) return `{${key}}`;
    return typeof param === 'string' && param.startsWith('@')
      ? translate(locale, param.slice(1))
      : String(param);
  };
  return template.replace(/\{(\w+)\}/g, (_, key: string) => value(key));
}

const zodLocales = { da: z.locales.da(), en: z.locales.en() };

/** Field-level message of a zod issue in the request's language. */
export function translateIssue(locale: Locale, issue: $ZodIssue): string {
  // Schemas may name a catalog code as their message: `.regex(re, 'cvr_invalid')`.
  if (hasMessage(issue.message)) return translate(locale, issue.message);
  const { localeError } = zodLocales[locale];
  const result = localeError?.(issue as unknown as $ZodRawIssue);
  if (typeof result === 'string') return result;
  return result?.message ?? issue.message;
}
