import { defineMessages } from '../../platform/i18n.ts';

/** Error and notification texts of the documents module, Danish and English. */
export const documentsMessages = defineMessages(
  {
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
    document_review_before_approval: 'Gennemgangen kan ikke ligge før godkendelsen af den gældende version.',
    document_template_org_kind: 'Kun en koncern eller region kan udgive skabeloner til sine organisationer.',
    document_template_source:
      'Vælg én skabelon: enten en af Skjolds skabeloner eller en skabelon fra koncernen.',
    document_template_unavailable:
      'Skabelonen findes ikke, er ikke offentliggjort, eller hører ikke til en koncern over organisationen.',
    document_template_not_adoptable: 'Skabelonen er en vedhæftet fil og kan ikke overtages som tekst.',
  },
  {
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
    document_review_before_approval: 'A review cannot be dated before the approval of the version in force.',
    document_template_org_kind: 'Only a group or region can publish templates for its organisations.',
    document_template_source: "Choose one template: one of Skjold's templates or a template from the group.",
    document_template_unavailable:
      'The template does not exist, is not published, or does not belong to a group above the organisation.',
    document_template_not_adoptable: 'The template is an attached file and cannot be adopted as text.',
  },
);

declare module '../../platform/i18n.ts' {
  interface MessageKeys extends Record<keyof typeof documentsMessages.da, true> {}
}
