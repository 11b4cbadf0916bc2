import { policyTemplateByKey, policyTemplates } from '../../catalog/policy-templates/index.ts';
import { requireOrg, requireReadable } from '../../platform/access.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { conflict, invalid, notFound } from '../../platform/errors.ts';
import { documentsPolicy } from './documents.policy.ts';
import * as repo from './documents.repository.ts';
import { insertDocumentWithDraft, loadDocument, presentOne } from './documents.service.ts';
import type { FromTemplateInput } from './templates.schemas.ts';
import { diffHtml } from './text-diff.rules.ts';
import { presentVersionSummary } from './versions.presenter.ts';
import * as versionsRepo from './versions.repository.ts';

/** Ancestors of an organisation that publish templates: groups and the sector root. */
const ancestorIds = (path: string, selfId: string) => path.split('/').filter((id) => id && id !== selfId);

export async function listTemplates(ctx: RequestContext, actor: Actor, orgId: string) {
  const org = await requireOrg(ctx, actor, orgId, 'documents.read');
  documentsPolicy.write(actor, org);
  const groupTemplates = await repo.publishedTemplatesOf(ctx.db, ancestorIds(org.path, org.id));
  const versions = await versionsRepo.liveVersionsOf(
    ctx.db,
    groupTemplates.map((t) => t.id),
  );
  return {
    catalog: policyTemplates.map((t) => ({
      key: t.key,
      kind: t.kind,
      classification: t.classification,
      reviewIntervalMonths: t.reviewIntervalMonths,
      title: { da: t.da.title, en: t.en.title },
      description: { da: t.da.description, en: t.en.description },
    })),
    group: groupTemplates.flatMap((t) => {
      const current = versions.find((v) => v.id === t.current_version_id);
      return current
        ? [
            {
              documentId: t.id,
              orgId: t.org_id,
              orgName: t.org_name,
              kind: t.kind,
              title: t.title,
              description: t.description,
              versionId: current.id,
              versionNumber: current.number,
              publishedAt: current.published_at,
            },
          ]
        : [];
    }),
  };
}

/**
 * A new document whose first draft is a copy of a template: one of Skjold's starter texts, or
 * the published version of a template from a group above the organisation (adopted: the group
 * then sees how the organisation's text deviates from it).
 */
export async function createFromTemplate(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  input: FromTemplateInput,
) {
  const org = await requireOrg(ctx, actor, orgId, 'documents.read');
  documentsPolicy.write(actor, org);
  if (Boolean(input.catalogKey) === Boolean(input.templateDocumentId)) {
    throw invalid('document_template_source', [{ path: 'catalogKey', code: 'document_template_source' }]);
  }
  return ctx.db.transaction().execute(async (trx) => {
    let id: string;
    if (input.catalogKey) {
      const template = policyTemplateByKey(input.catalogKey);
      if (!template) throw invalid('invalid_request', [{ path: 'catalogKey', code: 'invalid_value' }]);
      const text = template[input.locale ?? 'da'];
      id = await insertDocumentWithDraft(
        trx,
        ctx,
        actor,
        org,
        {
          kind: template.kind,
          title: input.title ?? text.title,
          description: text.description,
          ownerUserId: input.ownerUserId,
          classification: input.classification ?? template.classification,
          audience: input.audience,
          reviewIntervalMonths: template.reviewIntervalMonths,
          bodyHtml: text.bodyHtml,
        },
        { catalogKey: template.key },
      );
    } else {
      const template = await repo.findDocumentById(trx, input.templateDocumentId as string);
      const fromAbove = template && ancestorIds(org.path, org.id).includes(template.org_id);
      if (
        !template ||
        !fromAbove ||
        !template.is_template ||
        !template.current_version_id ||
        template.archived_at
      ) {
        throw invalid('document_template_unavailable', [
          { path: 'templateDocumentId', code: 'document_template_unavailable' },
        ]);
      }
      const version = await versionsRepo.findVersion(trx, template.id, template.current_version_id);
      if (!version || version.body_file_id) throw conflict('document_template_not_adoptable');
      id = await insertDocumentWithDraft(
        trx,
        ctx,
        actor,
        org,
        {
          kind: template.kind,
          title: input.title ?? template.title,
          description: template.description,
          ownerUserId: input.ownerUserId,
          classification: input.classification ?? template.classification,
          audience: input.audience,
          reviewIntervalMonths: template.review_interval_months,
          bodyHtml: version.body_html,
        },
        { templateDocumentId: template.id, templateVersionId: version.id },
      );
    }
    return presentOne(trx, actor, await loadDocument(trx, org.id, id));
  });
}

/** A template of the group, for its readers; anything else is not found. */
async function loadTemplate(ctx: RequestContext, actor: Actor, orgId: string, templateId: string) {
  const org = await requireReadable(ctx, actor, orgId, 'documents.read');
  const template = await loadDocument(ctx.db, org.id, templateId);
  if (!template.is_template) throw notFound();
  return template;
}

/** The version of an adopted document a deviation is measured on: published, else the latest. */
async function comparedVersionOf(ctx: RequestContext, adopted: repo.DocumentRow) {
  return adopted.current_version_id
    ? versionsRepo.findVersion(ctx.db, adopted.id, adopted.current_version_id)
    : versionsRepo.latestVersion(ctx.db, adopted.id);
}

/**
 * The organisations that adopted the template and how far their text deviates from the
 * template version they adopted. Adopting shares that comparison with the group.
 */
export async function listAdoptions(ctx: RequestContext, actor: Actor, orgId: string, templateId: string) {
  const template = await loadTemplate(ctx, actor, orgId, templateId);
  const templateVersions = await versionsRepo.listVersions(ctx.db, template.id);
  const current = templateVersions.find((v) => v.id === template.current_version_id);
  const adoptions = (await repo.adoptionsOf(ctx.db, template.id)).filter((doc) =>
    doc.org_path.startsWith(template.org_path),
  );
  const items = [];
  for (const adopted of adoptions) {
    const from = templateVersions.find((v) => v.id === adopted.template_version_id);
    const compared = await comparedVersionOf(ctx, adopted);
    const comparable = Boolean(from && compared && !from.body_file_id && !compared.body_file_id);
    const deviation =
      comparable && from && compared
        ? diffHtml(from.body_html, compared.body_html).stats
        : { unchanged: 0, changed: 0, added: 0, removed: 0 };
    items.push({
      documentId: adopted.id,
      orgId: adopted.org_id,
      orgName: adopted.org_name,
      title: adopted.title,
      adoptedFromVersionId: adopted.template_version_id,
      adoptedFromVersionNumber: from?.number ?? null,
      templateCurrentVersionNumber: current?.number ?? null,
      upToDate: Boolean(from && current && from.id === current.id),
      comparedVersion: compared
        ? { id: compared.id, number: compared.number, status: compared.status }
        : null,
      comparable,
      deviation,
      archived: adopted.archived_at !== null,
    });
  }
  return { items, nextCursor: null };
}

/** Side-by-side diff: the template version adopted from (or the current one) against the adopter's text. */
export async function adoptionDiff(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  templateId: string,
  adoptedId: string,
  against: 'adopted' | 'current',
) {
  const template = await loadTemplate(ctx, actor, orgId, templateId);
  const adopted = await repo.findDocumentById(ctx.db, adoptedId);
  if (
    !adopted ||
    adopted.template_document_id !== template.id ||
    !adopted.org_path.startsWith(template.org_path)
  ) {
    throw notFound();
  }
  const templateVersionId = against === 'current' ? template.current_version_id : adopted.template_version_id;
  const from = templateVersionId
    ? await versionsRepo.findVersion(ctx.db, template.id, templateVersionId)
    : undefined;
  const to = await comparedVersionOf(ctx, adopted);
  if (!from || !to) throw notFound();
  const comparable = !from.body_file_id && !to.body_file_id;
  const { rows, stats } = comparable
    ? diffHtml(from.body_html, to.body_html)
    : { rows: [], stats: { unchanged: 0, changed: 0, added: 0, removed: 0 } };
  return {
    documentId: adopted.id,
    from: presentVersionSummary(from),
    to: presentVersionSummary(to),
    comparable,
    rows,
    stats,
  };
}
