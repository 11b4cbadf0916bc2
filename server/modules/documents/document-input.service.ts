import type { Db } from '../../db/database.ts';
import type { OrganisationRow } from '../../db/schema.ts';
import { invalid } from '../../platform/errors.ts';
import * as filesRepo from '../../platform/files/files.repository.ts';
import type { Audience } from './audience.rules.ts';
import * as repo from './documents.repository.ts';
import { hasText, sanitizeRichText } from './rich-text.rules.ts';

/** Checks of document and version input that need the database; each answers 400 with the field. */

export const bodyFileTypes: readonly string[] = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
];

/** Units must lie below the organisation; an audience that is not everyone names someone. */
export async function checkAudience(
  db: Db,
  org: Pick<OrganisationRow, 'id' | 'path'>,
  audience: Audience,
): Promise<Audience> {
  const unitIds = [...new Set(audience.unitIds)];
  const roles = [...new Set(audience.roles)];
  if (!audience.wholeOrganisation && unitIds.length === 0 && roles.length === 0) {
    throw invalid('document_audience_empty', [{ path: 'audience', code: 'document_audience_empty' }]);
  }
  const units = await repo.organisationsByIds(db, unitIds);
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  unitIds.forEach((id, index) => {
    const unit = byId.get(id);
    if (unit?.kind !== 'unit' || !unit.path.startsWith(org.path) || unit.id === org.id) {
      throw invalid('document_audience_unit_invalid', [
        { path: `audience.unitIds.${index}`, code: 'document_audience_unit_invalid' },
      ]);
    }
  });
  return { wholeOrganisation: audience.wholeOrganisation, unitIds, roles };
}

/** A body file is a PDF or DOCX uploaded to the same organisation. */
export async function checkBodyFile(db: Db, orgId: string, fileId: string) {
  const file = await filesRepo.findFile(db, orgId, fileId);
  if (!file || !bodyFileTypes.includes(file.content_type)) {
    throw invalid('document_body_file_invalid', [{ path: 'bodyFileId', code: 'document_body_file_invalid' }]);
  }
  return file;
}

/** Sanitised HTML, and a rule: a body is rich text or a file, not both. */
export function checkBody(bodyHtml: string, bodyFileId: string | null): string {
  const clean = sanitizeRichText(bodyHtml);
  if (bodyFileId && hasText(clean)) {
    throw invalid('document_body_both', [{ path: 'bodyHtml', code: 'document_body_both' }]);
  }
  return bodyFileId ? '' : clean;
}

export function assertTemplateOrg(org: Pick<OrganisationRow, 'kind'>) {
  if (org.kind !== 'group' && org.kind !== 'sector') {
    throw invalid('document_template_org_kind', [{ path: 'isTemplate', code: 'document_template_org_kind' }]);
  }
}
