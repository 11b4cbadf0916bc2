import type { DocumentKind } from '../../db/schema.ts';
import { assertNotOwnWork, authorize, can, type OrgRef, rolesAt } from '../../platform/access.ts';
import type { Actor } from '../../platform/context.ts';
import { forbidden } from '../../platform/errors.ts';
import { type Audience, type AudienceOrg, actorInAudience } from './audience.ts';

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

export const documentsPolicy = {
  list: (actor: Actor, org: OrgRef) => authorize(actor, 'documents.read', org),
  write: (actor: Actor, org: OrgRef) => authorize(actor, 'documents.write', org),
  publish: (actor: Actor, org: OrgRef) => authorize(actor, 'documents.publish', org),

  /**
   * Readers of the ISMS records see every version; anyone else sees the published version of
   * a document they are in the audience of (employees read the policies meant for them).
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
    authorize(actor, 'documents.read', org);
    throw forbidden();
  },

  /**
   * The top policy (kind policy) is approved by top management; the other kinds by management
   * or the security officer. Never by someone who wrote the version.
   */
  approve: (actor: Actor, org: OrgRef, kind: DocumentKind, version: VersionAuthors) => {
    authorize(actor, 'documents.approve', org);
    if (kind === 'policy' && !rolesAt(actor.memberships, org).has('management')) {
      throw forbidden('document_approval_role');
    }
    assertNotOwnWork(actor, authorsOf(version));
  },

  /** Sending back for changes: an approver, or the author withdrawing their own request. */
  returnToDraft: (actor: Actor, org: OrgRef, kind: DocumentKind, version: VersionAuthors) => {
    if (can(actor, 'documents.write', org) && authorsOf(version).includes(actor.id)) return;
    authorize(actor, 'documents.approve', org);
    if (kind === 'policy' && !rolesAt(actor.memberships, org).has('management')) {
      throw forbidden('document_approval_role');
    }
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
