import { defineMessages } from '../../platform/i18n.ts';

/** Error and notification texts of the assets module, Danish and English. */
export const assetsMessages = defineMessages(
  {
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
  },
  {
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
  },
);

declare module '../../platform/i18n.ts' {
  interface MessageKeys extends Record<keyof typeof assetsMessages.da, true> {}
}
