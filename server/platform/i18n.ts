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
    owner_not_member: 'Ejeren skal være en aktiv bruger med adgang til posten i organisationen.',
    asset_name_taken: 'Der findes allerede et aktiv med navnet "{name}" i organisationen.',
    asset_not_found: 'Aktivet findes ikke i organisationen.',
    asset_dependency_self: 'Et aktiv kan ikke afhænge af sig selv.',
    asset_dependency_cycle: 'Afhængigheden ville danne en cirkel: {cycle}.',
    asset_dependency_exists: 'Afhængigheden findes allerede.',
    asset_health_data_personal: 'Helbredsoplysninger er personoplysninger: markér også personoplysninger.',
    asset_critical_process_kind: 'Kun en proces kan markeres som kritisk klinisk proces.',
    asset_critical_order_mismatch: 'Rækkefølgen skal indeholde hver kritisk klinisk proces præcis én gang.',
    asset_import_file_type: 'Importen læser CSV- eller XLSX-filer. Upload filen i et af de formater.',
    asset_import_missing_name_column:
      'Filen mangler kolonnen "Navn". Første række skal være kolonneoverskrifter.',
    asset_import_empty: 'Filen indeholder ingen aktiver under overskriftsrækken.',
    asset_import_too_many_rows: 'Filen har for mange rækker. Importér højst {max} aktiver ad gangen.',
    asset_import_invalid:
      'Importen er afvist, og intet er importeret: {count} fejl. Første fejl: række {row}, kolonnen "{column}".',
    asset_import_row_error: 'Række {row}, kolonnen "{column}": {message}',
    asset_import_invalid_kind:
      'Ukendt type "{value}". Brug System, Proces, Information, Medicinsk udstyr/IoT, Tjeneste eller Lokation.',
    asset_import_invalid_email: 'Skriv ejerens e-mailadresse.',
    asset_import_invalid_rating: 'Skriv et tal fra 1 til 4 (eller lav, middel, høj, kritisk).',
    asset_import_invalid_boolean: 'Skriv ja eller nej.',
    asset_import_invalid_date: 'Skriv en dato som ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ.',
    asset_import_invalid_hosting:
      'Ukendt driftsform "{value}". Brug Egen drift, Driftsfællesskab, Leverandørdrift, Cloud eller Ingen.',
    asset_import_invalid_rank: 'Rangen skal være et helt tal fra 1 og op.',
    asset_import_too_long: 'Teksten er for lang (højst {max} tegn).',
    asset_import_duplicate_name: 'Navnet står allerede i række {first}.',
    asset_import_unknown_owner:
      'Ingen aktiv bruger med e-mailen "{value}" har adgang til organisationens aktiver.',
    asset_import_unknown_dependency: 'Aktivet "{value}" findes hverken i filen eller i registret.',
    asset_import_dependency_cycle: 'Afhængighederne danner en cirkel: {cycle}.',
    risk_matrix_invalid: 'Risikomatricen er ugyldig. Ret de markerede felter.',
    risk_matrix_mapping_required:
      'Antallet af niveauer er ændret: angiv for hvert gammelt niveau, hvilket nyt niveau eksisterende risici skal flyttes til.',
    risk_matrix_level_order: 'Niveauerne skal være nummereret 1, 2, 3 … i rækkefølge.',
    risk_matrix_band_order: 'Intervallerne skal stige: hver øvre grænse skal være højere end den forrige.',
    risk_matrix_band_end: 'Det sidste interval skal slutte ved matricens højeste score.',
    risk_matrix_tolerance_range: 'Tolerancen skal ligge mellem 0 og matricens højeste score.',
    risk_matrix_mapping_missing: 'Angiv hvilket nyt niveau dette gamle niveau skal flyttes til.',
    risk_matrix_mapping_range: 'Det nye niveau findes ikke i den nye skala.',
    risk_matrix_mapping_unknown_level: 'Niveauet findes ikke i den nuværende skala.',
    risk_matrix_colour: 'Farven skal skrives som #rrggbb.',
    risk_level_out_of_range: 'Niveauet findes ikke i organisationens risikomatrix.',
    risk_consequence_required:
      'Vurdér konsekvensen for mindst én af organisationen, patientsikkerheden eller den registrerede.',
    risk_residual_likelihood_required: 'En restrisiko skal have både sandsynlighed og konsekvens.',
    risk_owner_required: 'En risiko i registret skal have en risikoejer.',
    risk_status_transition: 'Statusskiftet er ikke tilladt. Brug risikoaccept for at acceptere en risiko.',
    risk_not_live: 'Kun en åben eller accepteret risiko kan gennemgås.',
    risk_review_date_past: 'Næste gennemgang skal ligge efter i dag.',
    risk_delete_not_draft: 'Kun kladder kan slettes. Luk risikoen i stedet, så den forbliver sporbar.',
    risk_not_acceptable: 'Kun en åben eller accepteret risiko kan accepteres.',
    risk_acceptance_requires_management:
      'Risikoen ligger over organisationens risikotolerance og skal accepteres af ledelsen.',
    risk_acceptance_expiry: 'Udløbsdatoen skal ligge efter i dag og højst {months} måneder frem.',
    risk_no_acceptance: 'Risikoen har ingen gældende accept.',
    threat_not_found: 'Truslen findes ikke i trusselskataloget for organisationen.',
    threat_in_use: 'Truslen bruges i {count} risikoscenarier. Fjern den fra dem først.',
    risk_assessment_date_future: 'En risikovurdering kan ikke dateres i fremtiden.',
    risk_assessment_decided: 'Risikovurderingen er allerede godkendt eller afvist og kan ikke ændres.',
    risk_assessment_rejection_note: 'Skriv hvorfor risikovurderingen afvises.',
    'risk_assessment.default_title': 'Risikovurdering {year}',
    'task.risk_review': 'Gennemgå risiko: {title}',
    'task.risk_review_description':
      'Vurdér om sandsynlighed, konsekvens, kontroller og behandling stadig er rigtige, og registrér gennemgangen på risikoen.',
    'task.risk_acceptance_expired': 'Risikoaccept udløbet: {title}',
    'task.risk_acceptance_expired_description':
      'Accepten udløb {expiresOn}. Risikoen er åben igen: forny accepten, eller behandl risikoen.',
    'task.risk_assessment_approval': 'Godkend risikovurdering: {title}',
    'task.risk_assessment_approval_description':
      'Risikoregistret er frosset som årets risikovurdering. Ledelsen skal godkende eller afvise den.',
    soa_justification_required: 'Angiv en begrundelse, når en kontrol ikke er relevant for organisationen.',
    soa_deviation_justification_required:
      'Beslutningen afviger fra baselinen fra {group}. Angiv en begrundelse for afvigelsen.',
    soa_framework_not_in_scope:
      'Rammeværket {framework} er ikke valgt for organisationen. Tilføj det under organisationens rammeværker først.',
    soa_risk_not_found: 'Risikoen findes ikke i organisationens risikoregister.',
    soa_risk_link_exists: 'Kontrollen er allerede knyttet til denne risiko.',
    soa_baseline_group_only: 'Kun en koncern eller region kan fastsætte en baseline for sine organisationer.',
    controls_owner_not_member: 'Den ansvarlige skal have adgang til organisationens anvendelseserklæring.',
    controls_framework_duplicate: 'Hvert rammeværk må kun vælges én gang.',
    invalid_requirement_id: 'Kravets nummer er ugyldigt (fx A.5.1, NIS2.a eller CLINIC.4).',
    evidence_requirement_invalid:
      'Kravet findes ikke, eller dets rammeværk er ikke valgt for organisationen.',
    evidence_url_required: 'Et link som dokumentation skal have en adresse (https://…).',
    evidence_note_required: 'Skriv notatet i beskrivelsen.',
    evidence_file_required: 'Upload filen først, og angiv dens id (fileId).',
    evidence_file_not_found: 'Filen findes ikke i organisationens filer.',
    'framework.iso27001_2022': 'ISO/IEC 27001:2022 bilag A',
    'framework.nis2_art21': 'NIS2 art. 21',
    'framework.gdpr_art32': 'GDPR art. 32',
    'framework.clinic_nine': 'de ni anbefalinger til klinikker',
    'framework.cyberforsvar': 'Cyberforsvar der virker',
    incident_cpr_found:
      'Teksten ser ud til at indeholde {count} CPR-nummer/-numre. Fjern dem, eller bekræft at de skal med.',
    cpr_number_found: 'Feltet ser ud til at indeholde et CPR-nummer.',
    time_in_future: 'Tidspunktet kan ikke ligge i fremtiden.',
    incident_awareness_reason_required: 'Angiv hvorfor tidspunktet for kendskab til hændelsen ændres.',
    incident_breach_reasoning_required:
      'Når bruddet vurderes usandsynligt at medføre en risiko for de registrerede, skal begrundelsen registreres i stedet for en anmeldelse.',
    incident_breach_not_confirmed:
      'Risikovurdering og registrerede kræver, at hændelsen er vurderet som et brud på persondatasikkerheden.',
    incident_lessons_learned_required:
      'En hændelse kan først lukkes, når erfaringerne (lessons learned) er beskrevet.',
    incident_dismiss_reason_required: 'Angiv hvorfor anmeldelsen afvises.',
    incident_reopen_reason_required: 'Angiv hvorfor hændelsen genåbnes.',
    incident_status_transition: 'En hændelse med status "{from}" kan ikke skifte til "{to}".',
    'incident_status.reported': 'anmeldt',
    'incident_status.in_progress': 'under behandling',
    'incident_status.resolved': 'håndteret',
    'incident_status.closed': 'lukket',
    'incident_status.dismissed': 'afvist',
    incident_notification_stage_invalid: 'Trinnet passer ikke til modtageren.',
    incident_notification_delay_reason_required:
      'Underretningen er sendt efter fristen ({due}). Angiv begrundelsen for forsinkelsen.',
    incident_file_not_found: 'Filen findes ikke i organisationen.',
    incident_link_target_not_found: 'Posten findes ikke i organisationens register.',
    incident_link_exists: 'Hændelsen er allerede knyttet til denne post.',
    statistics_range_invalid:
      'Perioden er ugyldig: fra-måneden må ikke ligge efter til-måneden, og perioden må højst være 36 måneder.',
    vulnerability_report_decided: 'Henvendelsen er allerede behandlet.',
    vulnerability_report_reason_required: 'Angiv hvorfor henvendelsen afvises.',
    too_many_requests: 'For mange henvendelser fra din adresse. Prøv igen senere.',
    document_approval_role:
      'Informationssikkerhedspolitikken skal godkendes af topledelsen (rollen ledelse).',
    document_version_locked:
      'Versionen er godkendt og kan ikke ændres. Opret en ny kladde ud fra den, og send den til godkendelse.',
    document_version_wrong_status: 'Det kan ikke lade sig gøre, mens versionen har status "{status}".',
    'document_status.draft': 'kladde',
    'document_status.in_review': 'til godkendelse',
    'document_status.approved': 'godkendt',
    'document_status.published': 'offentliggjort',
    'document_status.superseded': 'afløst',
    document_version_open:
      'Version {number} er allerede under arbejde. Gør den færdig eller slet kladden, før du opretter en ny.',
    document_version_only: 'Dokumentets eneste version kan ikke slettes. Slet dokumentet i stedet.',
    document_archived: 'Dokumentet er arkiveret. Genåbn det først.',
    document_has_history: 'Dokumentet har godkendte versioner og kan ikke slettes. Arkivér det i stedet.',
    document_not_published: 'Dokumentet er ikke offentliggjort endnu.',
    document_version_not_current: 'Du kan kun bekræfte den version, der gælder nu. Genindlæs dokumentet.',
    document_already_acknowledged: 'Du har allerede bekræftet, at du har læst denne version.',
    document_not_in_audience: 'Dokumentet er ikke rettet mod dig, så du skal ikke bekræfte det.',
    document_body_empty:
      'Skriv dokumentets tekst, eller vedhæft en PDF- eller Word-fil, før det sendes til godkendelse.',
    document_body_both: 'Vælg enten tekst eller en vedhæftet fil som dokumentets indhold, ikke begge dele.',
    document_body_file_invalid:
      'Indholdet skal være en PDF- eller Word-fil (.docx), der er uploadet til organisationen.',
    document_change_summary_required: 'Beskriv kort, hvad der er ændret i denne version.',
    document_audience_empty: 'Vælg hvem dokumentet er til: hele organisationen, enheder eller roller.',
    document_audience_unit_invalid: 'Enheden findes ikke under organisationen.',
    document_owner_not_member: 'Ejeren skal være en aktiv bruger med en rolle i organisationen.',
    document_review_before_approval: 'Gennemgangen kan ikke ligge før godkendelsen af den gældende version.',
    document_template_org_kind: 'Kun en koncern eller region kan udgive skabeloner til sine organisationer.',
    document_template_source:
      'Vælg én skabelon: enten en af Skjolds skabeloner eller en skabelon fra koncernen.',
    document_template_unavailable:
      'Skabelonen findes ikke, er ikke offentliggjort, eller hører ikke til en koncern over organisationen.',
    document_template_not_adoptable: 'Skabelonen er en vedhæftet fil og kan ikke overtages som tekst.',
    date_in_future: 'Datoen kan ikke ligge i fremtiden.',
    annual_months_invalid:
      'Månederne passer ikke til hyppigheden: én måned om året, to med seks måneders mellemrum, fire med tre måneders mellemrum.',
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
    owner_not_member: 'The owner must be an active user with access to the record in the organisation.',
    asset_name_taken: 'An asset named "{name}" already exists in the organisation.',
    asset_not_found: 'The asset does not exist in the organisation.',
    asset_dependency_self: 'An asset cannot depend on itself.',
    asset_dependency_cycle: 'The dependency would close a cycle: {cycle}.',
    asset_dependency_exists: 'The dependency already exists.',
    asset_health_data_personal: 'Health data is personal data: mark personal data too.',
    asset_critical_process_kind: 'Only a process can be marked as a critical clinical process.',
    asset_critical_order_mismatch: 'The order must list every critical clinical process exactly once.',
    asset_import_file_type: 'The import reads CSV or XLSX files. Upload the file in one of those formats.',
    asset_import_missing_name_column:
      'The file has no "Name" column. The first row must hold the column headers.',
    asset_import_empty: 'The file holds no assets below the header row.',
    asset_import_too_many_rows: 'The file has too many rows. Import at most {max} assets at a time.',
    asset_import_invalid:
      'The import was refused and nothing was imported: {count} errors. First error: row {row}, column "{column}".',
    asset_import_row_error: 'Row {row}, column "{column}": {message}',
    asset_import_invalid_kind:
      'Unknown kind "{value}". Use System, Process, Information, Medical device/IoT, Service or Location.',
    asset_import_invalid_email: 'Write the owner’s e-mail address.',
    asset_import_invalid_rating: 'Write a number from 1 to 4 (or low, medium, high, critical).',
    asset_import_invalid_boolean: 'Write yes or no.',
    asset_import_invalid_date: 'Write a date as YYYY-MM-DD or DD-MM-YYYY.',
    asset_import_invalid_hosting:
      'Unknown hosting "{value}". Use On premises, Shared operations, Supplier hosted, Cloud or None.',
    asset_import_invalid_rank: 'The rank must be a whole number from 1 up.',
    asset_import_too_long: 'The text is too long (at most {max} characters).',
    asset_import_duplicate_name: 'The name already appears in row {first}.',
    asset_import_unknown_owner:
      'No active user with the e-mail "{value}" has access to the organisation’s assets.',
    asset_import_unknown_dependency: 'The asset "{value}" is neither in the file nor in the register.',
    asset_import_dependency_cycle: 'The dependencies form a cycle: {cycle}.',
    risk_matrix_invalid: 'The risk matrix is invalid. Correct the marked fields.',
    risk_matrix_mapping_required:
      'The number of levels changed: for every old level, say which new level existing risks move to.',
    risk_matrix_level_order: 'The levels must be numbered 1, 2, 3 … in order.',
    risk_matrix_band_order: 'The bands must rise: each upper bound must be higher than the one before.',
    risk_matrix_band_end: 'The last band must end at the matrix’s highest score.',
    risk_matrix_tolerance_range: 'The tolerance must lie between 0 and the matrix’s highest score.',
    risk_matrix_mapping_missing: 'Say which new level this old level moves to.',
    risk_matrix_mapping_range: 'The new level does not exist on the new scale.',
    risk_matrix_mapping_unknown_level: 'The level does not exist on the current scale.',
    risk_matrix_colour: 'Write the colour as #rrggbb.',
    risk_level_out_of_range: 'The level does not exist in the organisation’s risk matrix.',
    risk_consequence_required:
      'Assess the consequence for at least one of the organisation, patient safety or the data subject.',
    risk_residual_likelihood_required: 'A residual risk needs both a likelihood and a consequence.',
    risk_owner_required: 'A risk in the register must have a risk owner.',
    risk_status_transition: 'This status change is not allowed. Use risk acceptance to accept a risk.',
    risk_not_live: 'Only an open or accepted risk can be reviewed.',
    risk_review_date_past: 'The next review must be after today.',
    risk_delete_not_draft: 'Only drafts can be deleted. Close the risk instead, so it stays traceable.',
    risk_not_acceptable: 'Only an open or accepted risk can be accepted.',
    risk_acceptance_requires_management:
      'The risk is above the organisation’s risk tolerance and must be accepted by management.',
    risk_acceptance_expiry: 'The expiry date must be after today and at most {months} months ahead.',
    risk_no_acceptance: 'The risk has no acceptance in force.',
    threat_not_found: 'The threat is not in the organisation’s threat catalogue.',
    threat_in_use: 'The threat is used by {count} risk scenarios. Remove it from them first.',
    risk_assessment_date_future: 'A risk assessment cannot be dated in the future.',
    risk_assessment_decided: 'The risk assessment has already been approved or rejected and cannot change.',
    risk_assessment_rejection_note: 'Write why the risk assessment is rejected.',
    'risk_assessment.default_title': 'Risk assessment {year}',
    'task.risk_review': 'Review risk: {title}',
    'task.risk_review_description':
      'Check that likelihood, consequence, controls and treatment still hold, and record the review on the risk.',
    'task.risk_acceptance_expired': 'Risk acceptance expired: {title}',
    'task.risk_acceptance_expired_description':
      'The acceptance expired on {expiresOn}. The risk is open again: renew the acceptance or treat the risk.',
    'task.risk_assessment_approval': 'Approve risk assessment: {title}',
    'task.risk_assessment_approval_description':
      'The risk register has been frozen as this year’s risk assessment. Management must approve or reject it.',
    soa_justification_required: 'Give a justification when a control is not applicable to the organisation.',
    soa_deviation_justification_required:
      'This decision deviates from the baseline set by {group}. Give a justification for the deviation.',
    soa_framework_not_in_scope:
      'The framework {framework} is not chosen for the organisation. Add it to the organisation’s frameworks first.',
    soa_risk_not_found: 'The risk does not exist in the organisation’s risk register.',
    soa_risk_link_exists: 'The control is already linked to this risk.',
    soa_baseline_group_only: 'Only a group or region can set a baseline for its organisations.',
    controls_owner_not_member: 'The owner must have access to the organisation’s Statement of Applicability.',
    controls_framework_duplicate: 'Choose each framework only once.',
    invalid_requirement_id: 'The requirement number is invalid (e.g. A.5.1, NIS2.a or CLINIC.4).',
    evidence_requirement_invalid:
      'The requirement does not exist, or its framework is not chosen for the organisation.',
    evidence_url_required: 'Link evidence needs an address (https://…).',
    evidence_note_required: 'Write the note in the description.',
    evidence_file_required: 'Upload the file first and give its id (fileId).',
    evidence_file_not_found: 'The file does not exist in the organisation’s files.',
    'framework.iso27001_2022': 'ISO/IEC 27001:2022 Annex A',
    'framework.nis2_art21': 'NIS2 Art. 21',
    'framework.gdpr_art32': 'GDPR Art. 32',
    'framework.clinic_nine': 'the nine clinic recommendations',
    'framework.cyberforsvar': 'Cyber defence that works',
    incident_cpr_found:
      'The text appears to contain {count} CPR number(s). Remove them, or confirm that they must be included.',
    cpr_number_found: 'This field appears to contain a CPR number.',
    time_in_future: 'The time cannot be in the future.',
    incident_awareness_reason_required:
      'Give the reason for changing the time the organisation became aware.',
    incident_breach_reasoning_required:
      'When the breach is judged unlikely to result in a risk to data subjects, record the reasoning instead of a notification.',
    incident_breach_not_confirmed:
      'Risk assessment and data subjects require the incident to be assessed as a personal-data breach.',
    incident_lessons_learned_required:
      'An incident can only be closed once the lessons learned are described.',
    incident_dismiss_reason_required: 'Give the reason for dismissing the report.',
    incident_reopen_reason_required: 'Give the reason for reopening the incident.',
    incident_status_transition: 'An incident with status "{from}" cannot change to "{to}".',
    'incident_status.reported': 'reported',
    'incident_status.in_progress': 'in progress',
    'incident_status.resolved': 'resolved',
    'incident_status.closed': 'closed',
    'incident_status.dismissed': 'dismissed',
    incident_notification_stage_invalid: 'The stage does not fit the recipient.',
    incident_notification_delay_reason_required:
      'The notification was sent after the deadline ({due}). Give the reason for the delay.',
    incident_file_not_found: 'The file does not exist in this organisation.',
    incident_link_target_not_found: 'The record does not exist in the organisation’s register.',
    incident_link_exists: 'The incident is already linked to this record.',
    statistics_range_invalid:
      'Invalid period: the from month must not be after the to month, and the period may be at most 36 months.',
    vulnerability_report_decided: 'The report has already been decided.',
    vulnerability_report_reason_required: 'Give the reason for rejecting the report.',
    too_many_requests: 'Too many requests from your address. Try again later.',
    document_approval_role:
      'The information security policy must be approved by top management (the management role).',
    document_version_locked:
      'This version is approved and cannot change. Create a new draft from it and send that for approval.',
    document_version_wrong_status: 'This is not possible while the version is "{status}".',
    'document_status.draft': 'draft',
    'document_status.in_review': 'in review',
    'document_status.approved': 'approved',
    'document_status.published': 'published',
    'document_status.superseded': 'superseded',
    document_version_open:
      'Version {number} is already being worked on. Finish it or delete the draft first.',
    document_version_only: 'The only version of a document cannot be deleted. Delete the document instead.',
    document_archived: 'The document is archived. Reopen it first.',
    document_has_history: 'The document has approved versions and cannot be deleted. Archive it instead.',
    document_not_published: 'The document has not been published yet.',
    document_version_not_current: 'You can only confirm the version in force. Reload the document.',
    document_already_acknowledged: 'You have already confirmed that you read this version.',
    document_not_in_audience: 'This document is not meant for you, so you do not confirm it.',
    document_body_empty:
      'Write the text of the document, or attach a PDF or Word file, before sending it for approval.',
    document_body_both: 'Choose either text or an attached file as the content, not both.',
    document_body_file_invalid:
      'The content must be a PDF or Word (.docx) file uploaded to the organisation.',
    document_change_summary_required: 'Describe briefly what changed in this version.',
    document_audience_empty: 'Choose who the document is for: the whole organisation, units or roles.',
    document_audience_unit_invalid: 'The unit does not exist below the organisation.',
    document_owner_not_member: 'The owner must be an active user with a role in the organisation.',
    document_review_before_approval: 'A review cannot be dated before the approval of the version in force.',
    document_template_org_kind: 'Only a group or region can publish templates for its organisations.',
    document_template_source: "Choose one template: one of Skjold's templates or a template from the group.",
    document_template_unavailable:
      'The template does not exist, is not published, or does not belong to a group above the organisation.',
    document_template_not_adoptable: 'The template is an attached file and cannot be adopted as text.',
    date_in_future: 'The date cannot be in the future.',
    annual_months_invalid:
      'The months do not fit the frequency: one month a year, two six months apart, or four three months apart.',
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
