import type { Db } from '../../db/database.ts';
import type { OrgKind } from '../../db/schema.ts';
import { descendantsOf, requireReadable } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { nowIso } from '../../platform/clock.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { danishKey } from '../../platform/danish-text.ts';
import { conflict, forbidden, invalid } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { findOrg } from '../../platform/org-tree.ts';
import { decodeCursor, encodeCursor, pageOf } from '../../platform/pagination.ts';
import * as acksRepo from './acknowledgements.repository.ts';
import type {
  AcknowledgeInput,
  AudiencePeopleQuery,
  MyDocument,
  MyDocumentsQuery,
} from './acknowledgements.schemas.ts';
import { actorInAudience, hasUnits, parseAudience } from './audience.rules.ts';
import { documentsPolicy } from './documents.policy.ts';
import * as repo from './documents.repository.ts';
import { audienceOrgOf, documentForReading, loadDocument } from './documents.service.ts';
import * as versionsRepo from './versions.repository.ts';

export type StaffOrg = { id: string; name: string; kind: OrgKind; parentId: string | null };

/**
 * The audience of a document resolved to organisation ids (see audience.ts for the rule),
 * with acknowledgements of its baseline version or later counting, and the organisations
 * where its staff sit (for the per-unit coverage).
 */
export async function audienceScopeOf(
  db: Db,
  document: Pick<
    repo.DocumentRow,
    | 'id'
    | 'org_id'
    | 'org_path'
    | 'org_kind'
    | 'org_name'
    | 'audience_all'
    | 'audience_unit_ids'
    | 'audience_roles'
  > & { ack_version_number: number | null },
): Promise<{ scope: acksRepo.AudienceScope; staffOrgs: StaffOrg[] }> {
  const audience = parseAudience(document);
  const org = audienceOrgOf(document);
  const below = hasUnits(org) ? await descendantsOf({ db }, org) : [];
  const parentOf = (path: string) => path.split('/').filter(Boolean).at(-2) ?? null;
  const staffOrgs: StaffOrg[] = [
    { id: org.id, name: document.org_name, kind: org.kind, parentId: parentOf(org.path) },
    ...below.map((unit) => ({ id: unit.id, name: unit.name, kind: unit.kind, parentId: unit.parent_id })),
  ];
  const unitOrgIds = below
    .filter((unit) => audience.unitIds.some((unitId) => unit.path.includes(`/${unitId}/`)))
    .map((unit) => unit.id);
  return {
    scope: {
      documentId: document.id,
      staffOrgIds: staffOrgs.map((o) => o.id),
      wholeOrganisation: audience.wholeOrganisation,
      unitOrgIds,
      roles: audience.roles,
      // Before the first publication nothing counts: no version number reaches the integer maximum.
      baselineNumber: document.ack_version_number ?? 2_147_483_647,
    },
    staffOrgs,
  };
}

/** A member of the audience confirms having read the published version. */
export async function acknowledge(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  documentId: string,
  input: AcknowledgeInput,
) {
  const { document } = await documentForReading(ctx, actor, orgId, documentId);
  if (!document.current_version_id || document.archived_at) throw conflict('document_not_published');
  if (!actorInAudience(actor.memberships, audienceOrgOf(document), parseAudience(document))) {
    throw forbidden('document_not_in_audience');
  }
  if (input.versionId !== document.current_version_id) {
    throw conflict('document_version_not_current');
  }
  const version = await versionsRepo.findVersion(ctx.db, document.id, input.versionId);
  if (!version) throw invalid('document_version_not_current');
  return ctx.db.transaction().execute(async (trx) => {
    const acknowledgement = {
      id: newId(),
      document_id: document.id,
      org_id: document.org_id,
      version_id: version.id,
      version_number: version.number,
      user_id: actor.id,
      acknowledged_at: nowIso(),
    };
    if (!(await acksRepo.insertAcknowledgement(trx, acknowledgement))) {
      throw conflict('document_already_acknowledged');
    }
    const result = {
      documentId: document.id,
      versionId: version.id,
      versionNumber: version.number,
      userId: actor.id,
      acknowledgedAt: acknowledgement.acknowledged_at,
    };
    await writeAudit(trx, ctx, {
      orgId: document.org_id,
      action: 'document.acknowledged',
      entityType: 'document',
      entityId: document.id,
      after: result,
    });
    return result;
  });
}

const counts = (inAudience: number, acknowledged: number) => ({
  inAudience,
  acknowledged,
  pending: inAudience - acknowledged,
  percent: inAudience === 0 ? 0 : Math.round((acknowledged / inAudience) * 1000) / 10,
});

/** The owner and the readers of the ISMS records see the coverage; the owner may hold any role. */
async function documentForCoverage(ctx: RequestContext, actor: Actor, orgId: string, documentId: string) {
  const found = await findOrg(ctx.db, orgId);
  const document = found ? await repo.findDocument(ctx.db, found.id, documentId) : undefined;
  if (document && document.owner_user_id === actor.id) {
    return { org: audienceOrgOf(document), document, owner: true };
  }
  const org = await requireReadable(ctx, actor, orgId, 'documents.read');
  return { org, document: await loadDocument(ctx.db, org.id, documentId), owner: false };
}

/** Coverage per unit: how many in the audience, how many acknowledged the version in force, how many pending. */
export async function coverage(ctx: RequestContext, actor: Actor, orgId: string, documentId: string) {
  const { document } = await documentForCoverage(ctx, actor, orgId, documentId);
  const current = document.current_version_id
    ? await versionsRepo.findVersion(ctx.db, document.id, document.current_version_id)
    : undefined;
  const { scope, staffOrgs } = await audienceScopeOf(ctx.db, document);
  const total = await acksRepo.coverageTotal(ctx.db, scope);
  const byOrg = new Map((await acksRepo.coverageByUnit(ctx.db, scope)).map((row) => [row.orgId, row]));
  return {
    documentId: document.id,
    acknowledgementVersionNumber: document.ack_version_number,
    currentVersionNumber: current?.number ?? null,
    total: counts(total.inAudience, total.acknowledged),
    units: staffOrgs.flatMap((org) => {
      const row = byOrg.get(org.id);
      return row
        ? [
            {
              orgId: org.id,
              name: org.name,
              kind: org.kind,
              parentId: org.parentId,
              ...counts(row.inAudience, row.acknowledged),
            },
          ]
        : [];
    }),
  };
}

/** Names of the people who have (not yet) acknowledged, for the owner and the security officer. */
export async function audiencePeople(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  documentId: string,
  query: AudiencePeopleQuery,
) {
  const { org, document, owner } = await documentForCoverage(ctx, actor, orgId, documentId);
  if (!owner) documentsPolicy.readPeople(actor, org);
  const { scope, staffOrgs } = await audienceScopeOf(ctx.db, document);
  let orgIds: string[] | undefined;
  if (query.unitId) {
    const unit = staffOrgs.find((org) => org.id === query.unitId);
    if (!unit) {
      throw invalid('document_audience_unit_invalid', [
        { path: 'unitId', code: 'document_audience_unit_invalid' },
      ]);
    }
    const below = await descendantsOf(ctx, audienceOrgOf(document));
    orgIds = [
      unit.id,
      ...below.filter((o) => o.path.includes(`/${unit.id}/`) && o.id !== unit.id).map((o) => o.id),
    ];
  }
  const rows = await acksRepo.audiencePeople(ctx.db, scope, {
    status: query.status,
    orgIds,
    direction: query.direction,
    cursor: query.cursor ? decodeCursor(query.cursor, 2) : undefined,
    limit: query.limit,
  });
  const page = pageOf(rows, query.limit, (row) => [row.name_key, row.id]);
  return {
    items: page.items.map((row) => ({
      userId: row.id,
      name: row.name,
      email: row.email,
      acknowledgedAt: row.acknowledged_at === null ? null : String(row.acknowledged_at),
      acknowledgedVersionNumber: row.acknowledged_version === null ? null : Number(row.acknowledged_version),
    })),
    nextCursor: page.nextCursor,
  };
}

/**
 * The organisations whose documents can be meant for the actor: where they hold a role, and
 * for a role at a unit, the units and the organisation above it.
 */
async function candidateOrgIds(db: Db, actor: Actor): Promise<string[]> {
  const ids = new Set<string>();
  const ancestorIds = new Set<string>();
  for (const membership of actor.memberships) {
    ids.add(membership.orgId);
    if (membership.orgKind === 'unit') {
      for (const id of membership.orgPath.split('/').filter(Boolean)) ancestorIds.add(id);
    }
  }
  for (const org of await repo.organisationsByIds(db, [...ancestorIds])) {
    if (org.kind === 'organisation' || org.kind === 'unit') ids.add(org.id);
  }
  return [...ids];
}

/**
 * The published documents meant for me, with whether I have acknowledged them. New staff see
 * everything that applies to them from the moment they get their role: pending work is
 * computed from the audience rule, not copied at joining, so it is never out of date.
 */
export async function myDocuments(ctx: RequestContext, actor: Actor, query: MyDocumentsQuery) {
  const candidates = await repo.publishedDocumentsOf(ctx.db, await candidateOrgIds(ctx.db, actor));
  const mine = candidates.filter((doc) =>
    actorInAudience(actor.memberships, audienceOrgOf(doc), parseAudience(doc)),
  );
  const acks = await acksRepo.latestAcknowledgementsOf(
    ctx.db,
    actor.id,
    mine.map((doc) => doc.id),
  );
  const versions = await versionsRepo.liveVersionsOf(
    ctx.db,
    mine.map((doc) => doc.id),
  );
  let items: (MyDocument & { key: string })[] = mine.flatMap((doc) => {
    const current = versions.find((v) => v.id === doc.current_version_id);
    if (!current) return [];
    const ack = acks.get(doc.id);
    const pending = doc.ack_version_number !== null && (ack?.number ?? 0) < doc.ack_version_number;
    return [
      {
        id: doc.id,
        orgId: doc.org_id,
        orgName: doc.org_name,
        kind: doc.kind,
        title: doc.title,
        description: doc.description,
        classification: doc.classification,
        currentVersionId: current.id,
        currentVersionNumber: current.number,
        publishedAt: current.published_at,
        acknowledgementRequired: doc.ack_version_number !== null,
        acknowledgedVersionNumber: ack?.number ?? null,
        acknowledgedAt: ack?.at ?? null,
        pending,
        key: danishKey(doc.title),
      },
    ];
  });
  if (query.pending !== undefined) items = items.filter((item) => item.pending === query.pending);
  items.sort((a, b) => (a.key === b.key ? a.id.localeCompare(b.id) : a.key < b.key ? -1 : 1));
  if (query.cursor) {
    const [key, id] = decodeCursor(query.cursor, 2).map(String) as [string, string];
    items = items.filter((item) => item.key > key || (item.key === key && item.id > id));
  }
  const page = items.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ key: _key, ...item }) => item),
    nextCursor: items.length > query.limit && last ? encodeCursor([last.key, last.id]) : null,
  };
}
