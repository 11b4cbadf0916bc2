import type { DocumentKind, DocumentVersionStatus } from '../../db/schema.ts';
import {
  assertNotOwnWork,
  authorize,
  type Can,
  can,
  canFrom,
  type OrgRef,
  rolesAt,
} from '../../platform/access.ts';
import type { Actor } from '../../platform/context.ts';
import { conflict, forbidden, notFound } from '../../platform/errors.ts';
import { type Audience, type AudienceOrg, actorInAudience } from './audience.rules.ts';

type VersionAuthors = {
  created_by: string | null;
  last_edited_by: string | null;
  submitted_by: string | null;
};

/** The people who wrote a version: its creator, its last editor and whoever sent it for approval. */
const authorsOf = (version: VersionAuthors) => [
  version.created_by,
  version.last_edited_by,
  version.submitted_by,
];

export type DocumentAccess = 'full' | 'audience';

/** What the rules need to know about a document. */
export type DocumentState = {
  org: AudienceOrg;
  kind: DocumentKind;
  published: boolean;
  archived: boolean;
  audience: Audience;
  /** An approved version exists (approved, published or superseded): the document is kept, not deleted. */
  hasApprovedVersion: boolean;
  /** A draft, a version in review or an approved version not yet published. */
  hasOpenVersion: boolean;
};

const assertApprover = (actor: Actor, org: OrgRef, kind: DocumentKind) => {
  authorize(actor, 'documents.approve', org);
  if (kind === 'policy' && !rolesAt(actor.memberships, org).has('management')) {
    throw forbidden('document_approval_role');
  }
};

export const documentsPolicy = {
  list: (actor: Actor, org: OrgRef) => authorize(actor, 'documents.read', org),
  write: (actor: Actor, org: OrgRef) => authorize(actor, 'documents.write', org),
  publish: (actor: Actor, org: OrgRef) => authorize(actor, 'documents.publish', org),

  /**
   * Readers of the ISMS records see every version; anyone else sees the published version of
   * a document they are in the audience of (employees read the policies meant for them). For
   * everyone else the document does not exist: 404, exactly as for a random id.
   */
  read: (
    actor: Actor,
    org: AudienceOrg,
    document: { published: boolean; archived: boolean; audience: Audience },
  ): DocumentAccess => {
    if (can(actor, 'documents.read', org)) return 'full';
    if (
      document.published &&
      !document.archived &&
      actorInAudience(actor.memberships, org, document.audience)
    ) {
      return 'audience';
    }
    throw notFound();
  },

  /** Only a document that never had an approved version is deleted; the rest are archived. */
  delete: (actor: Actor, document: DocumentState) => {
    authorize(actor, 'documents.write', document.org);
    if (document.hasApprovedVersion) throw conflict('document_has_history');
  },

  /** A new draft: one version under way at a time, never on an archived document. */
  createDraft: (actor: Actor, document: DocumentState) => {
    authorize(actor, 'documents.write', document.org);
    if (document.archived) throw conflict('document_archived');
    if (document.hasOpenVersion) throw conflict('document_version_open');
  },

  /** The periodic review of the published text is recorded by a publisher. */
  recordReview: (actor: Actor, document: DocumentState) => {
    authorize(actor, 'documents.publish', document.org);
    if (!document.published) throw conflict('document_not_published');
    if (document.archived) throw conflict('document_archived');
  },

  /** Staff in the audience confirm reading the published version. */
  acknowledge: (actor: Actor, document: DocumentState) => {
    if (!document.published || document.archived) throw conflict('document_not_published');
    if (!actorInAudience(actor.memberships, document.org, document.audience)) {
      throw forbidden('document_not_in_audience');
    }
  },

  /**
   * The top policy (kind policy) is approved by top management; the other kinds by management
   * or the security officer. Never by someone who wrote the version.
   */
  approve: (actor: Actor, org: OrgRef, kind: DocumentKind, version: VersionAuthors) => {
    assertApprover(actor, org, kind);
    assertNotOwnWork(actor, authorsOf(version));
  },

  /** Sending back for changes: an approver, or the author withdrawing their own request. */
  returnToDraft: (actor: Actor, org: OrgRef, kind: DocumentKind, version: VersionAuthors) => {
    if (can(actor, 'documents.write', org) && authorsOf(version).includes(actor.id)) return;
    assertApprover(actor, org, kind);
  },

  /** The role the approval is recorded under, for the revision table. */
  approverRole: (actor: Actor, org: OrgRef): 'management' | 'security_officer' =>
    rolesAt(actor.memberships, org).has('management') ? 'management' : 'security_officer',

  /** Coverage lists name people: the readers of ISMS records, not the supervisor (counts only). */
  readPeople: (actor: Actor, org: OrgRef) => {
    authorize(actor, 'documents.read', org);
    if ([...rolesAt(actor.memberships, org)].every((role) => role === 'supervisor')) throw forbidden();
  },
};

export const documentActions = [
  'update',
  'delete',
  'archive',
  'createDraft',
  'recordReview',
  'acknowledge',
] as const;
export type DocumentCan = Can<(typeof documentActions)[number]>;

/**
 * The actions on a document the web may offer the actor. `update` is changing the settings;
 * changing the audience or classification of a published document also takes `archive`
 * (the publisher's call).
 */
export function documentCan(actor: Actor, document: DocumentState): DocumentCan {
  return canFrom({
    update: () => documentsPolicy.write(actor, document.org),
    delete: () => documentsPolicy.delete(actor, document),
    archive: () => documentsPolicy.publish(actor, document.org),
    createDraft: () => documentsPolicy.createDraft(actor, document),
    recordReview: () => documentsPolicy.recordReview(actor, document),
    acknowledge: () => documentsPolicy.acknowledge(actor, document),
  });
}

export const versionActions = ['update', 'delete', 'submit', 'approve', 'returnToDraft', 'publish'] as const;
export type VersionCan = Can<(typeof versionActions)[number]>;

const assertStatus = (status: DocumentVersionStatus, expected: DocumentVersionStatus) => {
  if (status !== expected) throw conflict('document_version_wrong_status');
};

/** The actions on a version: drafts are edited and sent, versions in review decided, approved ones published. */
export function versionCan(
  actor: Actor,
  document: Pick<DocumentState, 'org' | 'kind' | 'archived'>,
  version: VersionAuthors & { status: DocumentVersionStatus },
): VersionCan {
  const draftWork = () => {
    documentsPolicy.write(actor, document.org);
    assertStatus(version.status, 'draft');
  };
  return canFrom({
    update: draftWork,
    delete: draftWork,
    submit: draftWork,
    approve: () => {
      documentsPolicy.approve(actor, document.org, document.kind, version);
      assertStatus(version.status, 'in_review');
    },
    returnToDraft: () => {
      documentsPolicy.returnToDraft(actor, document.org, document.kind, version);
      assertStatus(version.status, 'in_review');
    },
    publish: () => {
      documentsPolicy.publish(actor, document.org);
      assertStatus(version.status, 'approved');
      if (document.archived) throw conflict('document_archived');
    },
  });
}
