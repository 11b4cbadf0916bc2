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

type Catalog = Record<string, string>;

/** Messages of the API error envelope, by error code. `{name}` placeholders are filled from params. */
const messages: Record<Locale, Catalog> = {
  da: {
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
    cvr_invalid: 'CVR-nummeret skal være 8 cifre.',
    'kind.sector': 'sektorrod',
    'kind.group': 'koncern/region',
    'kind.organisation': 'organisation',
    'kind.unit': 'enhed',
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
    totp_not_pending: 'Start opsætningen af totrinsgodkendelse først.',
    totp_already_enabled: 'Totrinsgodkendelse er allerede slået til.',
    totp_not_enabled: 'Totrinsgodkendelse er ikke slået til.',
    recovery_code_invalid: 'Gendannelseskoden er forkert eller allerede brugt.',
    mfa_enrolment_required:
      'Din organisation kræver totrinsgodkendelse. Slå den til under din profil, før du fortsætter.',
    mfa_required_by_org: 'Din organisation kræver totrinsgodkendelse; den kan ikke slås fra.',
    session_required: 'Dette kræver, at du er logget ind i browseren; et API-token kan ikke bruges her.',
    token_invalid: 'API-tokenet er ugyldigt.',
    token_revoked: 'API-tokenet er tilbagekaldt.',
    token_expired: 'API-tokenet er udløbet.',
    lock_not_found: 'Spærringen findes ikke.',
    current_password_wrong: 'Den nuværende adgangskode er forkert.',
    version_conflict:
      'Posten er ændret af en anden, siden du hentede den. Hent den igen, og gentag ændringen.',
    org_cycle: 'En organisation kan ikke flyttes ind under sig selv eller en af sine underenheder.',
    org_parent_kind: 'En organisation af typen {kind} kan ikke placeres under typen {parentKind}.',
    org_root_exists: 'Der findes allerede en sektorrod.',
    org_has_children: 'Organisationen har underenheder og kan ikke slettes.',
    member_exists: 'Brugeren har allerede denne rolle i organisationen.',
    last_admin: 'Organisationen skal have mindst én administrator.',
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
  },
  en: {
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
    cvr_invalid: 'The CVR number must be 8 digits.',
    'kind.sector': 'sector root',
    'kind.group': 'group/region',
    'kind.organisation': 'organisation',
    'kind.unit': 'unit',
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
    totp_not_pending: 'Start the two-factor setup first.',
    totp_already_enabled: 'Two-factor authentication is already on.',
    totp_not_enabled: 'Two-factor authentication is not on.',
    recovery_code_invalid: 'The recovery code is wrong or already used.',
    mfa_enrolment_required:
      'Your organisation requires two-factor authentication. Turn it on in your profile before you continue.',
    mfa_required_by_org: 'Your organisation requires two-factor authentication; it cannot be turned off.',
    session_required: 'This needs a browser sign-in; an API token cannot be used here.',
    token_invalid: 'The API token is invalid.',
    token_revoked: 'The API token has been revoked.',
    token_expired: 'The API token has expired.',
    lock_not_found: 'The lock does not exist.',
    current_password_wrong: 'The current password is wrong.',
    version_conflict:
      'Someone else changed this record since you loaded it. Reload it and repeat your change.',
    org_cycle: 'An organisation cannot be moved under itself or one of its descendants.',
    org_parent_kind: 'An organisation of kind {kind} cannot be placed under kind {parentKind}.',
    org_root_exists: 'A sector root already exists.',
    org_has_children: 'The organisation has children and cannot be deleted.',
    member_exists: 'The user already has this role in the organisation.',
    last_admin: 'The organisation must keep at least one administrator.',
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
  },
};

export function hasMessage(code: string): boolean {
  return code in messages.en;
}

export function translate(
  locale: Locale,
  code: string,
  params: Record<string, string | number> = {},
): string {
  const template = messages[locale][code] ?? messages.en[code] ?? code;
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
