import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { makeOrg, makeRoot, makeTree, makeUser } from '../../test/factories.ts';
import { describeEachDb, type Session, type TestApp } from '../../test/harness.ts';
import type { Org } from './orgs.presenter.ts';

const unique = () => randomBytes(4).toString('hex');

type OrgList = { items: Org[]; nextCursor: string | null };

/** Follows nextCursor until the last page and returns every item in the order served. */
async function listAll(t: TestApp, session: Session, query: string): Promise<Org[]> {
  const items: Org[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 100; page += 1) {
    const url: string = `/api/v1/orgs?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const response = await t.request('GET', url, { as: session });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as OrgList;
    items.push(...body.items);
    cursor = body.nextCursor;
    if (!cursor) return items;
  }
  throw new Error('paging did not end');
}

/** The names of the children of `parentId` in the order GET /orgs returns them. */
async function childNames(t: TestApp, session: Session, parentId: string, query = ''): Promise<string[]> {
  const items = await listAll(t, session, `limit=500${query}`);
  return items.filter((org) => org.parentId === parentId).map((org) => org.name);
}

describeEachDb('organisations', (get) => {
  it('creates a child organisation: 201 with the record, and an org.created audit event', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const admin = await makeUser(t, org, 'admin');
    const created = await t.request('POST', '/api/v1/orgs', {
      as: admin.session,
      body: { parentId: org.id, kind: 'unit', name: 'Akutmodtagelsen', cvr: '12345678' },
    });
    expect(created.statusCode).toBe(201);
    const body = created.json() as Org;
    expect(body).toMatchObject({
      parentId: org.id,
      kind: 'unit',
      name: 'Akutmodtagelsen',
      cvr: '12345678',
      version: 1,
    });
    expect(body.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);

    const fetched = await t.request('GET', `/api/v1/orgs/${body.id}`, { as: admin.session });
    expect(fetched.json()).toEqual(body);

    const audit = await t.request('GET', `/api/v1/orgs/${body.id}/audit-events?action=org.created`, {
      as: admin.session,
    });
    expect(audit.statusCode).toBe(200);
    expect(audit.json().items).toEqual([
      expect.objectContaining({
        action: 'org.created',
        entityType: 'organisation',
        entityId: body.id,
        actorId: admin.id,
      }),
    ]);
  });

  it('refuses creating a child for someone who is not admin of the parent (403), and hides unseen parents (404)', async () => {
    const t = get();
    const { org, sibling } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const body = { parentId: org.id, kind: 'unit', name: 'Skyggeafdeling' };
    const refused = await t.request('POST', '/api/v1/orgs', { as: officer.session, body });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('forbidden');
    const hidden = await t.request('POST', '/api/v1/orgs', {
      as: officer.session,
      body: { ...body, parentId: sibling.id },
    });
    expect(hidden.statusCode).toBe(404);
  });

  it('refuses a unit directly under a group (400 org_parent_kind on parentId)', async () => {
    const t = get();
    const { group } = await makeTree(t);
    const admin = await makeUser(t, group, 'admin');
    const response = await t.request('POST', '/api/v1/orgs', {
      as: admin.session,
      body: { parentId: group.id, kind: 'unit', name: 'Løs afdeling' },
      headers: { 'accept-language': 'en' },
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('org_parent_kind');
    expect(error.message).toBe('An organisation of kind unit cannot be placed under kind group/region.');
    const danish = await t.request('POST', '/api/v1/orgs', {
      as: admin.session,
      body: { parentId: group.id, kind: 'unit', name: 'Løs afdeling' },
    });
    expect(danish.json().error.message).toBe(
      'En organisation af typen enhed kan ikke placeres under typen koncern/region.',
    );
    expect(error.details.fields).toEqual([
      expect.objectContaining({ path: 'parentId', code: 'org_parent_kind' }),
    ]);
  });

  it('allows a group under the sector and an organisation under a group, but no group under an organisation', async () => {
    const t = get();
    const root = await makeRoot(t);
    const sectorAdmin = await makeUser(t, root, 'admin');
    const group = await t.request('POST', '/api/v1/orgs', {
      as: sectorAdmin.session,
      body: { parentId: root.id, kind: 'group', name: `Region ${unique()}` },
    });
    expect(group.statusCode).toBe(201);
    const organisation = await t.request('POST', '/api/v1/orgs', {
      as: sectorAdmin.session,
      body: { parentId: group.json().id, kind: 'organisation', name: `Kommune ${unique()}` },
    });
    expect(organisation.statusCode).toBe(201);
    expect(organisation.json()).toMatchObject({ kind: 'organisation', parentId: group.json().id });
    const wrong = await t.request('POST', '/api/v1/orgs', {
      as: sectorAdmin.session,
      body: { parentId: organisation.json().id, kind: 'group', name: 'Gruppe under kommune' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('org_parent_kind');
  });

  it('never creates a second sector root through the API (kind sector is not accepted)', async () => {
    const t = get();
    const root = await makeRoot(t);
    const sectorAdmin = await makeUser(t, root, 'admin');
    const response = await t.request('POST', '/api/v1/orgs', {
      as: sectorAdmin.session,
      body: { parentId: root.id, kind: 'sector', name: 'Endnu en sektor' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.fields[0].path).toBe('kind');
  });

  it('requires a CVR number of exactly 8 digits (400 on the cvr field), on create and on change', async () => {
    const t = get();
    const { group, org } = await makeTree(t);
    const admin = await makeUser(t, group, 'admin');
    for (const cvr of ['1234567', '123456789', '1234567a', '12 345 678']) {
      const response = await t.request('POST', '/api/v1/orgs', {
        as: admin.session,
        body: { parentId: group.id, kind: 'organisation', name: 'Klinik', cvr },
      });
      expect(response.statusCode, cvr).toBe(400);
      expect(response.json().error.code).toBe('invalid_request');
      expect(response.json().error.details.fields.map((f: { path: string }) => f.path)).toEqual(['cvr']);
    }
    const patchBad = await t.request('PATCH', `/api/v1/orgs/${org.id}`, {
      as: admin.session,
      body: { version: org.version, cvr: '1234' },
    });
    expect(patchBad.statusCode).toBe(400);
    expect(patchBad.json().error.details.fields[0].path).toBe('cvr');
    const patchGood = await t.request('PATCH', `/api/v1/orgs/${org.id}`, {
      as: admin.session,
      body: { version: org.version, cvr: '29190909' },
    });
    expect(patchGood.statusCode).toBe(200);
    expect(patchGood.json().cvr).toBe('29190909');
    const cleared = await t.request('PATCH', `/api/v1/orgs/${org.id}`, {
      as: admin.session,
      body: { version: patchGood.json().version, cvr: null },
    });
    expect(cleared.json().cvr).toBeNull();
  });

  it('renames with the current version and answers a stale version with 409 version_conflict', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const admin = await makeUser(t, org, 'admin');
    const renamed = await t.request('PATCH', `/api/v1/orgs/${org.id}`, {
      as: admin.session,
      body: { version: 1, name: 'Nyt Hospital' },
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ id: org.id, name: 'Nyt Hospital', version: 2 });

    const stale = await t.request('PATCH', `/api/v1/orgs/${org.id}`, {
      as: admin.session,
      body: { version: 1, name: 'Gammelt Hospital' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    const current = await t.request('GET', `/api/v1/orgs/${org.id}`, { as: admin.session });
    expect(current.json()).toMatchObject({ name: 'Nyt Hospital', version: 2 });

    const audit = await t.request('GET', `/api/v1/orgs/${org.id}/audit-events?action=org.updated`, {
      as: admin.session,
    });
    expect(audit.json().items).toEqual([
      expect.objectContaining({
        before: expect.objectContaining({ name: org.name }),
        after: expect.objectContaining({ name: 'Nyt Hospital' }),
      }),
    ]);
  });

  it('refuses a rename by a member who may read but not manage the organisation (403)', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const response = await t.request('PATCH', `/api/v1/orgs/${org.id}`, {
      as: officer.session,
      body: { version: 1, name: 'Ikke tilladt' },
    });
    expect(response.statusCode).toBe(403);
  });

  it('moves an organisation with its subtree: the new parent’s members see its unit, the old parent’s no longer do', async () => {
    const t = get();
    const { root, group, org, unit } = await makeTree(t);
    const otherGroup = await makeOrg(t, root, 'group', `Region ${unique()}`);
    const sectorAdmin = await makeUser(t, root, 'admin');
    const oldMember = await makeUser(t, group, 'security_officer');
    const newMember = await makeUser(t, otherGroup, 'security_officer');
    const newMemberWithoutSubtree = await makeUser(t, otherGroup, 'security_officer', {
      includeSubtree: false,
    });

    expect((await t.request('GET', `/api/v1/orgs/${unit.id}`, { as: oldMember.session })).statusCode).toBe(
      200,
    );
    expect((await t.request('GET', `/api/v1/orgs/${unit.id}`, { as: newMember.session })).statusCode).toBe(
      404,
    );

    const moved = await t.request('PATCH', `/api/v1/orgs/${org.id}`, {
      as: sectorAdmin.session,
      body: { version: org.version, parentId: otherGroup.id },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ id: org.id, parentId: otherGroup.id, version: org.version + 1 });

    for (const id of [org.id, unit.id]) {
      expect((await t.request('GET', `/api/v1/orgs/${id}`, { as: newMember.session })).statusCode).toBe(200);
      expect((await t.request('GET', `/api/v1/orgs/${id}`, { as: oldMember.session })).statusCode).toBe(404);
      expect(
        (await t.request('GET', `/api/v1/orgs/${id}`, { as: newMemberWithoutSubtree.session })).statusCode,
      ).toBe(404);
    }
    const newList = (await listAll(t, newMember.session, 'limit=500')).map((o) => o.id);
    expect(newList).toEqual(expect.arrayContaining([otherGroup.id, org.id, unit.id]));
    const oldList = (await listAll(t, oldMember.session, 'limit=500')).map((o) => o.id);
    expect(oldList).not.toContain(org.id);
    expect(oldList).not.toContain(unit.id);

    const audit = await t.request('GET', `/api/v1/orgs/${org.id}/audit-events?action=org.moved`, {
      as: await makeUser(t, org, 'auditor').then((u) => u.session),
    });
    expect(audit.json().items).toEqual([
      expect.objectContaining({
        before: expect.objectContaining({ parentId: group.id }),
        after: expect.objectContaining({ parentId: otherGroup.id }),
      }),
    ]);
  });

  it('refuses a move that needs rights the actor lacks over the new parent (404 when it cannot see it)', async () => {
    const t = get();
    const { root, org } = await makeTree(t);
    const otherGroup = await makeOrg(t, root, 'group', `Region ${unique()}`);
    const orgAdmin = await makeUser(t, org, 'admin');
    const response = await t.request('PATCH', `/api/v1/orgs/${org.id}`, {
      as: orgAdmin.session,
      body: { version: org.version, parentId: otherGroup.id },
    });
    // An organisation's admin does not reach another group, so it does not even learn that it exists.
    expect(response.statusCode).toBe(404);
    const unchanged = await t.request('GET', `/api/v1/orgs/${org.id}`, { as: orgAdmin.session });
    expect(unchanged.json()).toMatchObject({ parentId: org.parentId, version: org.version });
  });

  it('refuses moving an organisation under itself or under its own unit (400 org_cycle)', async () => {
    const t = get();
    const { root, org, unit } = await makeTree(t);
    const subUnit = await makeOrg(t, unit, 'unit', `Sektion ${unique()}`);
    const sectorAdmin = await makeUser(t, root, 'admin');
    const cases = [
      { id: org.id, parentId: org.id },
      { id: org.id, parentId: unit.id },
      // A unit may sit under a unit, so only the cycle rule stops this one.
      { id: unit.id, parentId: subUnit.id },
      { id: root.id, parentId: org.id },
    ];
    for (const { id, parentId } of cases) {
      const response = await t.request('PATCH', `/api/v1/orgs/${id}`, {
        as: sectorAdmin.session,
        body: { version: 1, parentId },
      });
      expect(response.statusCode, `${id} under ${parentId}`).toBe(400);
      expect(response.json().error.code).toBe('org_cycle');
      expect(response.json().error.details.fields[0].path).toBe('parentId');
    }
    const unitNow = await t.request('GET', `/api/v1/orgs/${unit.id}`, { as: sectorAdmin.session });
    expect(unitNow.json()).toMatchObject({ parentId: org.id, version: 1 });
  });

  it('applies the kind rules to a move too: a unit cannot move directly under a group (400 org_parent_kind)', async () => {
    const t = get();
    const { root, group, unit } = await makeTree(t);
    const sectorAdmin = await makeUser(t, root, 'admin');
    const response = await t.request('PATCH', `/api/v1/orgs/${unit.id}`, {
      as: sectorAdmin.session,
      body: { version: unit.version, parentId: group.id },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('org_parent_kind');
    expect(response.json().error.details.fields[0].path).toBe('parentId');
  });

  it('lists with q and limit, following nextCursor, returning each matching organisation exactly once', async () => {
    const t = get();
    const root = await makeRoot(t);
    const group = await makeOrg(t, root, 'group', `Paginering ${unique()}`);
    const token = `pagx${unique()}`;
    // Duplicate names make the id the tie-breaker of the keyset.
    const names = [
      'Klinik A',
      'Klinik B',
      'Klinik B',
      'Klinik B',
      'Klinik C',
      'Klinik Æ',
      'Klinik Ø',
      'Klinik Å',
    ];
    const created: Org[] = [];
    for (const name of names) created.push(await makeOrg(t, group, 'organisation', `${name} ${token}`));
    await makeOrg(t, group, 'organisation', `Uden søgeord ${unique()}`);
    const member = await makeUser(t, group, 'employee');

    for (const sort of ['', '&sort=name', '&sort=-name']) {
      for (const limit of [1, 2, 3, 500]) {
        const items = await listAll(t, member.session, `q=${token.toUpperCase()}&limit=${limit}${sort}`);
        const ids = items.map((o) => o.id);
        expect(new Set(ids).size, `limit ${limit}${sort}`).toBe(ids.length);
        expect(new Set(ids)).toEqual(new Set(created.map((o) => o.id)));
        const expectedNames = names.map((n) => `${n} ${token}`);
        expect(items.map((o) => o.name)).toEqual(
          sort === '&sort=-name' ? [...expectedNames].reverse() : expectedNames,
        );
      }
    }
    const first = await t.request('GET', `/api/v1/orgs?q=${token}&limit=8`, { as: member.session });
    expect(first.json().nextCursor).toBeNull();
  });

  it('shows a member only the organisations their memberships reach: siblings never see each other', async () => {
    const t = get();
    const { group, org, unit, sibling } = await makeTree(t);
    const member = await makeUser(t, org, 'employee');
    const ids = (await listAll(t, member.session, 'limit=500')).map((o) => o.id);
    expect(ids.sort()).toEqual([org.id, unit.id].sort());
    expect((await t.request('GET', `/api/v1/orgs/${sibling.id}`, { as: member.session })).statusCode).toBe(
      404,
    );
    expect((await t.request('GET', `/api/v1/orgs/${group.id}`, { as: member.session })).statusCode).toBe(404);
  });

  it('sorts organisation names in Danish order (æ, ø, å after z; aa is not å), the same on every database', async () => {
    const t = get();
    const root = await makeRoot(t);
    const group = await makeOrg(t, root, 'group', `Danske navne ${unique()}`);
    const names = [
      'Zealand',
      'Ærø',
      'Østerbro',
      'Århus',
      'Aabenraa',
      'Ebeltoft',
      'ølstykke',
      'ÆRØ Kommune',
      'Émilies Klinik',
    ];
    for (const name of names) await makeOrg(t, group, 'organisation', name);
    const member = await makeUser(t, group, 'employee');
    const expected = [
      'Aabenraa',
      'Ebeltoft',
      'Émilies Klinik',
      'Zealand',
      'Ærø',
      'ÆRØ Kommune',
      'ølstykke',
      'Østerbro',
      'Århus',
    ];
    expect(await childNames(t, member.session, group.id)).toEqual(expected);
    expect(await childNames(t, member.session, group.id, '&sort=-name')).toEqual([...expected].reverse());
    // Paging one at a time keeps the Danish order across page boundaries.
    const paged = (await listAll(t, member.session, 'limit=1'))
      .filter((o) => o.parentId === group.id)
      .map((o) => o.name);
    expect(paged).toEqual(expected);
  });

  it('searches organisation names case-insensitively with æ, ø, å (q=ærø finds ÆRØ Kommune, q=ÅRHUS finds Århus)', async () => {
    const t = get();
    const root = await makeRoot(t);
    const group = await makeOrg(t, root, 'group', `Søgning ${unique()}`);
    for (const name of ['ÆRØ Kommune', 'Århus', 'Aabenraa', 'Østerbro', 'ølstykke', 'Café Øst']) {
      await makeOrg(t, group, 'organisation', name);
    }
    const member = await makeUser(t, group, 'employee');
    const search = (q: string) => childNames(t, member.session, group.id, `&q=${encodeURIComponent(q)}`);
    expect(await search('ærø')).toEqual(['ÆRØ Kommune']);
    expect(await search('ÅRHUS')).toEqual(['Århus']);
    expect(await search('år')).toEqual(['Århus']);
    expect(await search('aa')).toEqual(['Aabenraa']);
    expect(await search('ØST')).toEqual(['Café Øst', 'Østerbro']);
    expect(await search('CAFE')).toEqual(['Café Øst']);
    expect(await search('Ø')).toEqual(['Café Øst', 'ÆRØ Kommune', 'ølstykke', 'Østerbro']);
  });

  it('matches % and _ in q literally, not as LIKE wildcards', async () => {
    const t = get();
    const root = await makeRoot(t);
    const group = await makeOrg(t, root, 'group', `Jokertegn ${unique()}`);
    for (const name of [
      'Rabat 50% Klinik',
      'Rabat 500 Klinik',
      'a_b Klinik',
      'axb Klinik',
      'Back\\slash Klinik',
    ]) {
      await makeOrg(t, group, 'organisation', name);
    }
    const member = await makeUser(t, group, 'employee');
    const search = (q: string) => childNames(t, member.session, group.id, `&q=${encodeURIComponent(q)}`);
    expect(await search('50%')).toEqual(['Rabat 50% Klinik']);
    expect(await search('%')).toEqual(['Rabat 50% Klinik']);
    expect(await search('a_b')).toEqual(['a_b Klinik']);
    expect(await search('_')).toEqual(['a_b Klinik']);
    expect(await search('k\\s')).toEqual(['Back\\slash Klinik']);
  });

  it('answers a malformed cursor with 400 invalid_cursor and an unknown sort field with 400 invalid_sort', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const member = await makeUser(t, org, 'employee');
    const badCursor = await t.request('GET', '/api/v1/orgs?cursor=not-a-cursor', { as: member.session });
    expect(badCursor.statusCode).toBe(400);
    expect(badCursor.json().error.code).toBe('invalid_cursor');
    expect(badCursor.json().error.details.fields[0].path).toBe('cursor');
    const wrongShape = Buffer.from(JSON.stringify(['only-one'])).toString('base64url');
    const short = await t.request('GET', `/api/v1/orgs?cursor=${wrongShape}`, { as: member.session });
    expect(short.json().error.code).toBe('invalid_cursor');
    const badSort = await t.request('GET', '/api/v1/orgs?sort=cvr', { as: member.session });
    expect(badSort.statusCode).toBe(400);
    expect(badSort.json().error.code).toBe('invalid_sort');
    expect(badSort.json().error.details.fields[0].path).toBe('sort');
  });
});
