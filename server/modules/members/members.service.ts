import type { Db } from '../../db/database.ts';
import { requireOrg } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { nowIso } from '../../platform/clock.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { danishKey } from '../../platform/danish-text.ts';
import { conflict, notFound, versionConflict } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { decodeCursor, pageOf } from '../../platform/pagination.ts';
import { hashPassword, oneTimePassword } from '../../platform/password.ts';
import type { Role } from '../../platform/roles.ts';
import { membersPolicy } from './members.policy.ts';
import { memberRecord, presentMember } from './members.presenter.ts';
import * as repo from './members.repository.ts';
import type { AddMemberInput, MemberListQuery, UpdateMemberInput } from './members.schemas.ts';

export async function listMembers(ctx: RequestContext, actor: Actor, orgId: string, query: MemberListQuery) {
  const org = await requireOrg(ctx, actor, orgId);
  membersPolicy.list(actor, org);
  const sortColumn = query.field === 'email' ? 'u.email' : 'u.name_key';
  const rows = await repo.listMembers(ctx.db, org.id, {
    q: query.q,
    sortColumn,
    direction: query.direction,
    cursor: query.cursor ? decodeCursor(query.cursor, 2) : undefined,
    limit: query.limit,
  });
  const page = pageOf(rows, query.limit, (row) => [
    query.field === 'email' ? row.email : row.name_key,
    row.id,
  ]);
  return { items: page.items.map((row) => presentMember(row, actor, org)), nextCursor: page.nextCursor };
}

/**
 * Adds a role at the organisation. An unknown e-mail becomes a new user with a one-time
 * password, returned once to the admin, who hands it over; the user must replace it at first login.
 */
export async function addMember(ctx: RequestContext, actor: Actor, orgId: string, input: AddMemberInput) {
  const org = await requireOrg(ctx, actor, orgId);
  membersPolicy.add(actor, org);
  const existing = await repo.findUserByEmail(ctx.db, normaliseEmail(input.email));
  if (existing) membersPolicy.change(actor, org, existing.id);
  const { memberRow, oneTimePassword } = await grantRole(ctx, { ...input, orgId: org.id }, 'fail');
  return { member: presentMember(memberRow as repo.MemberRow, actor, org), oneTimePassword };
}

/**
 * The access check of every write to one membership (change, remove, reset its second factor):
 * readers of the member list get 404 for an id that is not a member here, then only those who
 * manage members, never for their own memberships.
 */
export async function requireChangeableMember(
  ctx: { db: Db },
  actor: Actor,
  orgId: string,
  memberId: string,
) {
  const org = await requireOrg(ctx, actor, orgId);
  membersPolicy.list(actor, org);
  const member = await repo.findMember(ctx.db, org.id, memberId);
  if (!member) throw notFound();
  membersPolicy.change(actor, org, member.user_id);
  return { org, member };
}

/**
 * The organisation must keep an administrator, here or through an ancestor. Checked after the
 * change, inside its transaction, and only when the change takes an admin role away: an
 * organisation run by the sector admin alone may still lose its other members.
 */
async function assertAdminRemains(db: Db, org: { id: string; path: string }) {
  if ((await repo.countAdminsReaching(db, org.id, org.path)) === 0) throw conflict('last_admin');
}

export async function updateMember(
  ctx: RequestContext,
  actor: Actor,
  orgId: string,
  memberId: string,
  input: UpdateMemberInput,
) {
  const { org, member } = await requireChangeableMember(ctx, actor, orgId, memberId);
  return ctx.db.transaction().execute(async (trx) => {
    if (
      input.role &&
      input.role !== member.role &&
      (await repo.membershipExists(trx, member.user_id, org.id, input.role))
    ) {
      throw conflict('member_exists');
    }
    const changed = await repo.updateMembership(trx, member.id, input.version, {
      ...(input.role ? { role: input.role } : {}),
      ...(input.includeSubtree !== undefined ? { include_subtree: input.includeSubtree } : {}),
      updated_at: nowIso(),
    });
    if (!changed) throw versionConflict();
    const losesAdmin = member.role === 'admin' && input.role !== undefined && input.role !== 'admin';
    if (losesAdmin) await assertAdminRemains(trx, org);
    const updated = (await repo.findMember(trx, org.id, member.id)) as repo.MemberRow;
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'member.updated',
      entityType: 'membership',
      entityId: member.id,
      before: memberRecord(member),
      after: memberRecord(updated),
    });
    return presentMember(updated, actor, org);
  });
}

export async function removeMember(ctx: RequestContext, actor: Actor, orgId: string, memberId: string) {
  const { org, member } = await requireChangeableMember(ctx, actor, orgId, memberId);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.deleteMembership(trx, member.id);
    if (member.role === 'admin') await assertAdminRemains(trx, org);
    await writeAudit(trx, ctx, {
      orgId: org.id,
      action: 'member.removed',
      entityType: 'membership',
      entityId: member.id,
      before: memberRecord(member),
    });
  });
}

export type GrantInput = {
  orgId: string;
  email: string;
  name: string;
  role: Role;
  includeSubtree?: boolean;
  /** Set for the demo and for `cli create-user --password`; otherwise a new user gets a one-time password. */
  password?: string;
};

const normaliseEmail = (email: string) => email.trim().toLowerCase();

/**
 * Creates the user when the e-mail is new and grants the role, in one transaction with its
 * audit events. No policy check here: addMember checks the actor; the admin CLI and the demo
 * seed call it directly on behalf of the operator (audited as `system`).
 */
export async function grantRole(ctx: RequestContext, input: GrantInput, ifExists: 'fail' | 'ignore') {
  const email = normaliseEmail(input.email);
  const existing = await repo.findUserByEmail(ctx.db, email);
  const password = existing ? null : (input.password ?? oneTimePassword());
  const passwordHash = password ? await hashPassword(password, ctx.config.argon2) : null;
  return ctx.db.transaction().execute(async (trx) => {
    const now = nowIso();
    let userId = existing?.id;
    if (!userId) {
      userId = newId();
      await repo.insertUser(trx, {
        id: userId,
        email,
        name: input.name,
        name_key: danishKey(input.name),
        password_hash: passwordHash as string,
        locale: 'da',
        must_change_password: input.password === undefined,
        disabled_at: null,
        version: 1,
        created_at: now,
        updated_at: now,
      });
      await writeAudit(trx, ctx, {
        orgId: input.orgId,
        action: 'user.created',
        entityType: 'user',
        entityId: userId,
        after: { id: userId, email, name: input.name },
      });
    }
    if (await repo.membershipExists(trx, userId, input.orgId, input.role)) {
      if (ifExists === 'fail') throw conflict('member_exists');
      return { userId, member: null, memberRow: null, oneTimePassword: null };
    }
    const id = newId();
    await repo.insertMembership(trx, {
      id,
      user_id: userId,
      org_id: input.orgId,
      role: input.role,
      include_subtree: input.includeSubtree ?? true,
      version: 1,
      created_at: now,
      updated_at: now,
    });
    const memberRow = (await repo.findMember(trx, input.orgId, id)) as repo.MemberRow;
    const member = memberRecord(memberRow);
    await writeAudit(trx, ctx, {
      orgId: input.orgId,
      action: 'member.added',
      entityType: 'membership',
      entityId: id,
      after: member,
    });
    return { userId, member, memberRow, oneTimePassword: input.password === undefined ? password : null };
  });
}
