import { randomBytes, randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { makeOrg, makeRoot, makeTree, makeUser } from '../../test/factories.ts';
import { describeEachDb, type Session, type TestApp } from '../../test/harness.ts';
import type { Member } from './members.schemas.ts';

const unique = () => randomBytes(4).toString('hex');

type MemberList = { items: Member[]; nextCursor: string | null };

/** Follows nextCursor to the end and returns every member in the order served. */
async function listAll(t: TestApp, session: Session, orgId: string, query: string): Promise<Member[]> {
  const items: Member[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 100; page += 1) {
    const url: string = `/api/v1/orgs/${orgId}/members?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const response = await t.request('GET', url, { as: session });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as MemberList;
    items.push(...body.items);
    cursor = body.nextCursor;
    if (!cursor) return items;
  }
  throw new Error('paging did not end');
}

async function addMember(
  t: TestApp,
  session: Session,
  orgId: string,
  body: { email: string; name: string; role: string; includeSubtree?: boolean },
) {
  return t.request('POST', `/api/v1/orgs/${orgId}/members`, { as: session, body });
}

/** The membership row of a user at an organisation, as the members list presents it. */
async function membershipOf(t: TestApp, session: Session, orgId: string, userId: string, role = 'admin') {
  const items = await listAll(t, session, orgId, 'limit=500');
  const member = items.find((m) => m.userId === userId && m.role === role);
  if (!member) throw new Error(`no ${role} membership for ${userId}`);
  return member;
}

async function auditActions(
  t: TestApp,
  session: Session,
  orgId: string,
  entityId: string,
): Promise<string[]> {
  const response = await t.request(
    'GET',
    `/api/v1/orgs/${orgId}/audit-events?entityType=membership&limit=500`,
    {
      as: session,
    },
  );
  expect(response.statusCode, response.body).toBe(200);
  return (response.json().items as { action: string; entityId: string }[])
    .filter((event) => event.entityId === entityId)
    .map((event) => event.action)
    .reverse();
}

describeEachDb('members', (get) => {
  it('adds an unknown e-mail as a new user with a one-time password, shown once; a second role gets none', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const admin = await makeUser(t, org, 'admin');
    const email = `ny-${unique()}@test.skjold.dk`;
    const first = await addMember(t, admin.session, org.id, { email, name: 'Ny Kollega', role: 'employee' });
    expect(first.statusCode).toBe(201);
    const { member, oneTimePassword } = first.json() as { member: Member; oneTimePassword: string | null };
    expect(member).toMatchObject({
      email,
      name: 'Ny Kollega',
      role: 'employee',
      includeSubtree: true,
      version: 1,
    });
    expect(oneTimePassword).toEqual(expect.any(String));
    expect(oneTimePassword?.length).toBeGreaterThanOrEqual(16);

    const second = await addMember(t, admin.session, org.id, {
      email: email.toUpperCase(),
      name: 'Ignoreret Navn',
      role: 'contributor',
      includeSubtree: false,
    });
    expect(second.statusCode).toBe(201);
    expect(second.json().oneTimePassword).toBeNull();
    expect(second.json().member).toMatchObject({
      userId: member.userId,
      email,
      name: 'Ny Kollega',
      role: 'contributor',
      includeSubtree: false,
    });

    // The password is never stored in the audit log, and the user can sign in with it once.
    const audit = await t.request('GET', `/api/v1/orgs/${org.id}/audit-events?limit=500`, {
      as: admin.session,
    });
    expect(audit.body).not.toContain(oneTimePassword as string);
    await t.login(email, oneTimePassword as string);
  });

  it('refuses giving a user a role they already hold here (409 member_exists)', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const admin = await makeUser(t, org, 'admin');
    const email = `dobbelt-${unique()}@test.skjold.dk`;
    expect(
      (await addMember(t, admin.session, org.id, { email, name: 'Dobbelt', role: 'dpo' })).statusCode,
    ).toBe(201);
    const again = await addMember(t, admin.session, org.id, { email, name: 'Dobbelt', role: 'dpo' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('member_exists');
    const roles = (await listAll(t, admin.session, org.id, 'limit=500')).filter((m) => m.email === email);
    expect(roles).toHaveLength(1);
  });

  it('changes a role with the current version; a stale version is 409 version_conflict; an existing role 409 member_exists', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const admin = await makeUser(t, org, 'admin');
    const email = `rolle-${unique()}@test.skjold.dk`;
    const added = (
      await addMember(t, admin.session, org.id, { email, name: 'Rolle Skift', role: 'employee' })
    ).json();
    await addMember(t, admin.session, org.id, { email, name: 'Rolle Skift', role: 'auditor' });
    const memberId = added.member.id as string;

    const changed = await t.request('PATCH', `/api/v1/orgs/${org.id}/members/${memberId}`, {
      as: admin.session,
      body: { version: 1, role: 'risk_owner', includeSubtree: false },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      id: memberId,
      role: 'risk_owner',
      includeSubtree: false,
      version: 2,
    });

    const stale = await t.request('PATCH', `/api/v1/orgs/${org.id}/members/${memberId}`, {
      as: admin.session,
      body: { version: 1, role: 'contributor' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');

    const clash = await t.request('PATCH', `/api/v1/orgs/${org.id}/members/${memberId}`, {
      as: admin.session,
      body: { version: 2, role: 'auditor' },
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.code).toBe('member_exists');
  });

  it('removes a membership (204); the user loses access and a second removal is 404', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const admin = await makeUser(t, org, 'admin');
    const leaving = await makeUser(t, org, 'employee');
    const membership = await membershipOf(t, admin.session, org.id, leaving.id, 'employee');
    const removed = await t.request('DELETE', `/api/v1/orgs/${org.id}/members/${membership.id}`, {
      as: admin.session,
    });
    expect(removed.statusCode).toBe(204);
    expect(removed.body).toBe('');
    const ids = (await listAll(t, admin.session, org.id, 'limit=500')).map((m) => m.id);
    expect(ids).not.toContain(membership.id);
    expect((await t.request('GET', `/api/v1/orgs/${org.id}`, { as: leaving.session })).statusCode).toBe(404);
    const again = await t.request('DELETE', `/api/v1/orgs/${org.id}/members/${membership.id}`, {
      as: admin.session,
    });
    expect(again.statusCode).toBe(404);
  });

  it('refuses member management to non-admins (403) and to members of other organisations (404)', async () => {
    const t = get();
    const { org, sibling } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const outsider = await makeUser(t, sibling, 'admin');
    const body = { email: `x-${unique()}@test.skjold.dk`, name: 'X', role: 'employee' };
    expect((await addMember(t, officer.session, org.id, body)).statusCode).toBe(403);
    expect((await addMember(t, outsider.session, org.id, body)).statusCode).toBe(404);
    expect(
      (await t.request('GET', `/api/v1/orgs/${org.id}/members`, { as: outsider.session })).statusCode,
    ).toBe(404);
    const employee = await makeUser(t, org, 'employee');
    expect(
      (await t.request('GET', `/api/v1/orgs/${org.id}/members`, { as: employee.session })).statusCode,
    ).toBe(403);
  });

  it('does not let an admin change, remove or add to their own roles (403 segregation_of_duties)', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const admin = await makeUser(t, org, 'admin');
    await makeUser(t, org, 'admin');
    const own = await membershipOf(t, admin.session, org.id, admin.id);

    const change = await t.request('PATCH', `/api/v1/orgs/${org.id}/members/${own.id}`, {
      as: admin.session,
      body: { version: own.version, role: 'management' },
    });
    expect(change.statusCode).toBe(403);
    expect(change.json().error.code).toBe('segregation_of_duties');
    const remove = await t.request('DELETE', `/api/v1/orgs/${org.id}/members/${own.id}`, {
      as: admin.session,
    });
    expect(remove.statusCode).toBe(403);
    expect(remove.json().error.code).toBe('segregation_of_duties');
    const grant = await addMember(t, admin.session, org.id, {
      email: admin.email,
      name: admin.name,
      role: 'management',
    });
    expect(grant.statusCode).toBe(403);
    expect(grant.json().error.code).toBe('segregation_of_duties');

    expect(await membershipOf(t, admin.session, org.id, admin.id)).toEqual(own);
  });

  it('keeps the last admin of an organisation (409 last_admin on removal and demotion) unless an ancestor admin with subtree exists', async () => {
    const t = get();
    const root = await makeRoot(t);
    const group = await makeOrg(t, root, 'group', `Region ${unique()}`);
    const org = await makeOrg(t, group, 'organisation', `Hospital ${unique()}`);
    // The sector admin manages the structure but is not an administrator of the organisation's records.
    const sectorAdmin = await makeUser(t, root, 'admin');
    const orgAdmin = await makeUser(t, org, 'admin');
    const membership = await membershipOf(t, sectorAdmin.session, org.id, orgAdmin.id);

    const demote = await t.request('PATCH', `/api/v1/orgs/${org.id}/members/${membership.id}`, {
      as: sectorAdmin.session,
      body: { version: membership.version, role: 'security_officer' },
    });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().error.code).toBe('last_admin');
    const remove = await t.request('DELETE', `/api/v1/orgs/${org.id}/members/${membership.id}`, {
      as: sectorAdmin.session,
    });
    expect(remove.statusCode).toBe(409);
    expect(remove.json().error.code).toBe('last_admin');
    expect(await membershipOf(t, sectorAdmin.session, org.id, orgAdmin.id)).toEqual(membership);

    // An admin of the group without the subtree does not reach the organisation.
    await makeUser(t, group, 'admin', { includeSubtree: false });
    const stillRefused = await t.request('DELETE', `/api/v1/orgs/${org.id}/members/${membership.id}`, {
      as: sectorAdmin.session,
    });
    expect(stillRefused.json().error.code).toBe('last_admin');

    // Removing someone who is not an admin never trips the rule.
    const employee = await makeUser(t, org, 'employee');
    const employeeMembership = await membershipOf(t, sectorAdmin.session, org.id, employee.id, 'employee');
    const employeeRemoved = await t.request(
      'DELETE',
      `/api/v1/orgs/${org.id}/members/${employeeMembership.id}`,
      {
        as: sectorAdmin.session,
      },
    );
    expect(employeeRemoved.statusCode).toBe(204);

    await makeUser(t, group, 'admin', { includeSubtree: true });
    const demoted = await t.request('PATCH', `/api/v1/orgs/${org.id}/members/${membership.id}`, {
      as: sectorAdmin.session,
      body: { version: membership.version, role: 'security_officer' },
    });
    expect(demoted.statusCode).toBe(200);
    const removed = await t.request('DELETE', `/api/v1/orgs/${org.id}/members/${membership.id}`, {
      as: sectorAdmin.session,
    });
    expect(removed.statusCode).toBe(204);
  });

  it('lets one of two admins of an organisation remove the other', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const first = await makeUser(t, org, 'admin', { includeSubtree: false });
    const second = await makeUser(t, org, 'admin', { includeSubtree: false });
    const membership = await membershipOf(t, first.session, org.id, second.id);
    const removed = await t.request('DELETE', `/api/v1/orgs/${org.id}/members/${membership.id}`, {
      as: first.session,
    });
    expect(removed.statusCode).toBe(204);
  });

  it('writes member.added, member.updated and member.removed audit events, visible in the organisation’s audit log', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const admin = await makeUser(t, org, 'admin');
    const email = `revision-${unique()}@test.skjold.dk`;
    const added = (
      await addMember(t, admin.session, org.id, { email, name: 'Revideret', role: 'employee' })
    ).json();
    const memberId = added.member.id as string;
    await t.request('PATCH', `/api/v1/orgs/${org.id}/members/${memberId}`, {
      as: admin.session,
      body: { version: 1, role: 'contributor' },
    });
    await t.request('DELETE', `/api/v1/orgs/${org.id}/members/${memberId}`, { as: admin.session });

    expect(await auditActions(t, admin.session, org.id, memberId)).toEqual([
      'member.added',
      'member.updated',
      'member.removed',
    ]);
    const events = await t.request('GET', `/api/v1/orgs/${org.id}/audit-events?action=member.updated`, {
      as: admin.session,
    });
    expect(events.json().items).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        entityId: memberId,
        before: expect.objectContaining({ role: 'employee' }),
        after: expect.objectContaining({ role: 'contributor' }),
      }),
    ]);
    const created = await t.request('GET', `/api/v1/orgs/${org.id}/audit-events?action=user.created`, {
      as: admin.session,
    });
    const newUser = (created.json().items as { entityId: string }[]).filter(
      (e) => e.entityId === added.member.userId,
    );
    expect(newUser).toHaveLength(1);
  });

  it('sorts members by name in Danish order (æ, ø, å after z) and by e-mail, both directions, across pages', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const admin = await makeUser(t, org, 'admin');
    const people = [
      { name: 'Åse Holm', email: 'a-aase' },
      { name: 'Øjvind Lund', email: 'b-oejvind' },
      { name: 'Zakarias Berg', email: 'c-zakarias' },
      { name: 'ægir dahl', email: 'd-aegir' },
      { name: 'Aage Storm', email: 'e-aage' },
      { name: 'Émile Roux', email: 'f-emile' },
      { name: 'Ølstykke Olsen', email: 'g-oel' },
    ];
    const domain = `@medlem-${unique()}.dk`;
    for (const p of people) {
      expect(
        (
          await addMember(t, admin.session, org.id, {
            email: `${p.email}${domain}`,
            name: p.name,
            role: 'employee',
          })
        ).statusCode,
      ).toBe(201);
    }
    const ours = (items: Member[]) => items.filter((m) => m.email.endsWith(domain));
    const byName = [
      'Aage Storm',
      'Émile Roux',
      'Zakarias Berg',
      'ægir dahl',
      'Øjvind Lund',
      'Ølstykke Olsen',
      'Åse Holm',
    ];
    const byEmail = people.map((p) => p.name);

    for (const limit of [1, 3, 500]) {
      const names = async (sort: string) =>
        ours(await listAll(t, admin.session, org.id, `limit=${limit}${sort}`)).map((m) => m.name);
      expect(await names(''), `limit ${limit}`).toEqual(byName);
      expect(await names('&sort=name')).toEqual(byName);
      expect(await names('&sort=-name')).toEqual([...byName].reverse());
      expect(await names('&sort=email')).toEqual(byEmail);
      expect(await names('&sort=-email')).toEqual([...byEmail].reverse());
    }
  });

  it('searches members by part of the name (case-insensitive, æ/ø/å) or of the e-mail, with % and _ taken literally', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const admin = await makeUser(t, org, 'admin');
    const domain = `@soeg-${unique()}.dk`;
    const people = [
      { name: 'Ærø Jensen', email: `first_person${domain}` },
      { name: 'Søren Århus', email: `firstxperson${domain}` },
      { name: 'Aase Nielsen', email: `tredje${domain}` },
    ];
    for (const p of people) await addMember(t, admin.session, org.id, { ...p, role: 'employee' });
    const search = async (q: string) =>
      (await listAll(t, admin.session, org.id, `limit=500&q=${encodeURIComponent(q)}`)).map((m) => m.name);

    expect(await search('ÆRØ')).toEqual(['Ærø Jensen']);
    expect(await search('århus')).toEqual(['Søren Århus']);
    expect(await search('SØREN')).toEqual(['Søren Århus']);
    expect(await search('aase')).toEqual(['Aase Nielsen']);
    expect(await search(domain.toUpperCase())).toEqual(['Aase Nielsen', 'Søren Århus', 'Ærø Jensen']);
    expect(await search('tredje@')).toEqual(['Aase Nielsen']);
    expect(await search('first_')).toEqual(['Ærø Jensen']);
    expect(await search('t_p')).toEqual(['Ærø Jensen']);
  });

  it('answers a malformed members cursor with 400 invalid_cursor and an unknown sort with 400 invalid_sort', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const admin = await makeUser(t, org, 'admin');
    const cursor = await t.request('GET', `/api/v1/orgs/${org.id}/members?cursor=%%%`, { as: admin.session });
    expect(cursor.statusCode).toBe(400);
    const badCursor = await t.request('GET', `/api/v1/orgs/${org.id}/members?cursor=bm9wZQ`, {
      as: admin.session,
    });
    expect(badCursor.statusCode).toBe(400);
    expect(badCursor.json().error.code).toBe('invalid_cursor');
    const sort = await t.request('GET', `/api/v1/orgs/${org.id}/members?sort=role`, { as: admin.session });
    expect(sort.statusCode).toBe(400);
    expect(sort.json().error.code).toBe('invalid_sort');
  });

  it('presents can per membership: the admin may change others but not their own, a security officer nothing', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const admin = await makeUser(t, org, 'admin');
    const officer = await makeUser(t, org, 'security_officer');
    const list = async (session: typeof admin.session) =>
      (await t.request('GET', `/api/v1/orgs/${org.id}/members?limit=500`, { as: session })).json().items as {
        userId: string;
        can: { update: boolean; delete: boolean };
      }[];
    const byAdmin = await list(admin.session);
    expect(byAdmin.find((m) => m.userId === officer.id)?.can).toEqual({ update: true, delete: true });
    expect(byAdmin.find((m) => m.userId === admin.id)?.can).toEqual({ update: false, delete: false });
    for (const m of await list(officer.session)) expect(m.can).toEqual({ update: false, delete: false });
  });

  it('answers an employee the same for a real member id as for a random one (refused before the lookup)', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const employee = await makeUser(t, org, 'employee');
    const other = await makeUser(t, org, 'contributor');
    const row = await t.database.db
      .selectFrom('memberships')
      .select(['id', 'version'])
      .where('user_id', '=', other.id)
      .executeTakeFirstOrThrow();
    const statuses = [];
    for (const id of [row.id, randomUUID()]) {
      const url = `/api/v1/orgs/${org.id}/members/${id}`;
      const patch = await t.request('PATCH', url, { as: employee.session, body: { version: row.version } });
      const del = await t.request('DELETE', url, { as: employee.session });
      statuses.push([patch.statusCode, del.statusCode]);
    }
    expect(statuses).toEqual([
      [403, 403],
      [403, 403],
    ]);
  });
});
