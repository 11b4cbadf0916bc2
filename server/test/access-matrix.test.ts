import { randomBytes, randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { grantRole } from '../modules/members/index.ts';
import type { Org } from '../modules/orgs/index.ts';
import type { Role } from '../platform/roles.ts';
import { makeTree, makeUser, TEST_PASSWORD, type TestUser } from './factories.ts';
import { describeEachDb, type TestApp } from './harness.ts';

/**
 * The access matrix (DESIGN.md section 4), through HTTP on both databases.
 *
 * Every role, placed at every position relative to a target organisation, calls every
 * endpoint on that organisation. The expectations below are written out from the design,
 * on purpose not imported from server/platform/access.ts: this test must disagree with the
 * implementation when the implementation drifts.
 *
 * Tree: sector root > group > target > unit, and a sibling organisation under the group.
 */

const roles = [
  'admin',
  'management',
  'security_officer',
  'dpo',
  'risk_owner',
  'contributor',
  'auditor',
  'supervisor',
  'employee',
] as const satisfies readonly Role[];

const everyone = roles;

type Endpoint =
  | 'GET org'
  | 'PATCH org (rename)'
  | 'POST child org'
  | 'GET members'
  | 'POST member'
  | 'PATCH member'
  | 'DELETE member'
  | 'GET audit-events'
  | 'GET audit-events.csv';

/**
 * endpoint → roles allowed. `here`: a role at the target or at an ancestor holding the subtree.
 * `sectorRoot`: a role at the sector root, which reaches the tree and, for the admin, the
 * structure (organisations and members), never the records (here: the audit log).
 */
const matrix: Record<
  Endpoint,
  { here: readonly Role[]; sectorRoot: readonly Role[]; success: 200 | 201 | 204 }
> = {
  'GET org': { here: everyone, sectorRoot: everyone, success: 200 },
  'PATCH org (rename)': { here: ['admin'], sectorRoot: ['admin'], success: 200 },
  'POST child org': { here: ['admin'], sectorRoot: ['admin'], success: 201 },
  'GET members': {
    here: ['admin', 'management', 'security_officer', 'dpo', 'auditor'],
    sectorRoot: ['admin'],
    success: 200,
  },
  'POST member': { here: ['admin'], sectorRoot: ['admin'], success: 201 },
  'PATCH member': { here: ['admin'], sectorRoot: ['admin'], success: 200 },
  'DELETE member': { here: ['admin'], sectorRoot: ['admin'], success: 204 },
  'GET audit-events': { here: ['admin', 'security_officer', 'auditor'], sectorRoot: [], success: 200 },
  'GET audit-events.csv': { here: ['admin', 'security_officer', 'auditor'], sectorRoot: [], success: 200 },
};

type Position = 'own' | 'parent' | 'parent without subtree' | 'child' | 'sibling' | 'sector root';
type Tree = Awaited<ReturnType<typeof makeTree>>;

/** Where the user's one membership sits. */
const positions: Record<Position, { at: keyof Tree; includeSubtree: boolean }> = {
  own: { at: 'org', includeSubtree: true },
  parent: { at: 'group', includeSubtree: true },
  'parent without subtree': { at: 'group', includeSubtree: false },
  child: { at: 'unit', includeSubtree: true },
  sibling: { at: 'sibling', includeSubtree: true },
  'sector root': { at: 'root', includeSubtree: true },
};

function expectedStatus(endpoint: Endpoint, role: Role, position: Position): number {
  const rule = matrix[endpoint];
  switch (position) {
    case 'own':
    case 'parent':
      return rule.here.includes(role) ? rule.success : 403;
    case 'sector root':
      return rule.sectorRoot.includes(role) ? rule.success : 403;
    case 'parent without subtree':
    case 'child':
    case 'sibling':
      return 404;
  }
}

/** Which organisations GET /orgs lists, by position (the same for every role). */
const listed: Record<Position, Record<'root' | 'group' | 'org' | 'unit' | 'sibling', boolean>> = {
  own: { root: false, group: false, org: true, unit: true, sibling: false },
  parent: { root: false, group: true, org: true, unit: true, sibling: true },
  'parent without subtree': { root: false, group: true, org: false, unit: false, sibling: false },
  child: { root: false, group: false, org: false, unit: true, sibling: false },
  sibling: { root: false, group: false, org: false, unit: false, sibling: true },
  'sector root': { root: true, group: true, org: true, unit: true, sibling: true },
};

const unique = () => randomBytes(4).toString('hex');

/** A member of `org` who is not signed in: the object of the member PATCH/DELETE calls. */
async function makeMember(t: TestApp, org: Org, role: Role = 'employee') {
  const { member } = await grantRole(
    t.system(),
    {
      orgId: org.id,
      email: `member-${unique()}@test.skjold.dk`,
      name: `Medlem ${unique()}`,
      role,
      password: TEST_PASSWORD,
    },
    'ignore',
  );
  if (!member) throw new Error('member not created');
  return member;
}

/**
 * A fingerprint of everything the endpoints can change. A refused request must leave it as it
 * was (every write is audited, and versions move on every update).
 */
/**
 * A fresh member of `memberOrg`, then an admin's PATCH (to admin) and DELETE of it through
 * `urlOrg`'s URL: the two status codes and the fingerprints before the requests and after.
 */
async function promoteAndRemoveMember(t: TestApp, admin: TestUser, memberOrg: Org, urlOrg: Org) {
  const member = await makeMember(t, memberOrg);
  const before = await fingerprint(t);
  const url = `/api/v1/orgs/${urlOrg.id}/members/${member.id}`;
  const patch = await t.request('PATCH', url, {
    as: admin.session,
    body: { version: member.version, role: 'admin' },
  });
  const del = await t.request('DELETE', url, { as: admin.session });
  return { statuses: [patch.statusCode, del.statusCode], before, after: await fingerprint(t) };
}

async function fingerprint(t: TestApp) {
  const { db } = t.database;
  const count = async (table: 'organisations' | 'memberships' | 'users' | 'audit_events') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const versions = async (table: 'organisations' | 'memberships') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.sum<number>('version').as('v'))
          .executeTakeFirstOrThrow()
      ).v,
    );
  return {
    organisations: await count('organisations'),
    organisationVersions: await versions('organisations'),
    memberships: await count('memberships'),
    membershipVersions: await versions('memberships'),
    users: await count('users'),
    auditEvents: await count('audit_events'),
  };
}

async function currentVersion(t: TestApp, orgId: string): Promise<number> {
  const row = await t.database.db
    .selectFrom('organisations')
    .select('version')
    .where('id', '=', orgId)
    .executeTakeFirstOrThrow();
  return row.version;
}

/** One request on the target, prepared (any record it needs is seeded), with what a success must contain. */
type Prepared = {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  body?: unknown;
  check: (response: LightMyRequestResponse) => void | Promise<void>;
};

const calls: Record<Endpoint, (t: TestApp, tree: Tree, label: string) => Promise<Prepared>> = {
  'GET org': async (_t, tree) => ({
    method: 'GET',
    url: `/api/v1/orgs/${tree.org.id}`,
    check: (r) => expect(r.json()).toMatchObject({ id: tree.org.id, kind: 'organisation' }),
  }),
  'PATCH org (rename)': async (t, tree, label) => {
    const name = `Hospital (${label})`;
    const version = await currentVersion(t, tree.org.id);
    return {
      method: 'PATCH',
      url: `/api/v1/orgs/${tree.org.id}`,
      body: { version, name },
      check: (r) => expect(r.json()).toMatchObject({ id: tree.org.id, name, version: version + 1 }),
    };
  },
  'POST child org': async (_t, tree, label) => {
    const name = `Afdeling (${label}) ${unique()}`;
    return {
      method: 'POST',
      url: '/api/v1/orgs',
      body: { parentId: tree.org.id, kind: 'unit', name },
      check: (r) => expect(r.json()).toMatchObject({ parentId: tree.org.id, kind: 'unit', name }),
    };
  },
  'GET members': async (_t, tree) => ({
    method: 'GET',
    url: `/api/v1/orgs/${tree.org.id}/members?limit=500`,
    check: (r) => expect(r.json().items.length).toBeGreaterThan(0),
  }),
  'POST member': async (_t, tree) => {
    const email = `ny-${unique()}@test.skjold.dk`;
    return {
      method: 'POST',
      url: `/api/v1/orgs/${tree.org.id}/members`,
      body: { email, name: 'Ny Kollega', role: 'contributor' },
      check: (r) => expect(r.json().member).toMatchObject({ email, role: 'contributor' }),
    };
  },
  'PATCH member': async (t, tree) => {
    const member = await makeMember(t, tree.org);
    return {
      method: 'PATCH',
      url: `/api/v1/orgs/${tree.org.id}/members/${member.id}`,
      body: { version: member.version, role: 'contributor' },
      check: (r) =>
        expect(r.json()).toMatchObject({ id: member.id, role: 'contributor', version: member.version + 1 }),
    };
  },
  'DELETE member': async (t, tree) => {
    const member = await makeMember(t, tree.org);
    return {
      method: 'DELETE',
      url: `/api/v1/orgs/${tree.org.id}/members/${member.id}`,
      check: async () => {
        const row = await t.database.db
          .selectFrom('memberships')
          .select('id')
          .where('id', '=', member.id)
          .executeTakeFirst();
        expect(row).toBeUndefined();
      },
    };
  },
  'GET audit-events': async (_t, tree) => ({
    method: 'GET',
    url: `/api/v1/orgs/${tree.org.id}/audit-events`,
    check: (r) => expect(r.json().items.length).toBeGreaterThan(0),
  }),
  'GET audit-events.csv': async (_t, tree) => ({
    method: 'GET',
    url: `/api/v1/orgs/${tree.org.id}/audit-events.csv`,
    check: (r) => {
      expect(r.headers['content-type']).toMatch(/^text\/csv/);
      expect(r.body.startsWith('\uFEFF')).toBe(true);
    },
  }),
};

const endpoints = Object.keys(matrix) as Endpoint[];
const positionNames = Object.keys(positions) as Position[];

describeEachDb('access matrix', (get) => {
  let tree: Tree;
  /** users[position][role]: one signed-in user per cell, holding only that membership. */
  const users = {} as Record<Position, Record<Role, TestUser>>;

  beforeAll(async () => {
    const t = get();
    tree = await makeTree(t);
    for (const position of positionNames) {
      const { at, includeSubtree } = positions[position];
      users[position] = {} as Record<Role, TestUser>;
      for (const role of roles) {
        users[position][role] = await makeUser(t, tree[at], role, { includeSubtree });
      }
    }
  });

  for (const position of positionNames) {
    for (const role of roles) {
      describe(`${role} at ${position}`, () => {
        for (const endpoint of endpoints) {
          const status = expectedStatus(endpoint, role, position);
          it(`${role} at ${position}: ${endpoint} → ${status}`, async () => {
            const t = get();
            const prepared = await calls[endpoint](t, tree, `${role} at ${position}`);
            const before = await fingerprint(t);
            const response = await t.request(prepared.method, prepared.url, {
              as: users[position][role].session,
              body: prepared.body,
            });
            expect(response.statusCode, response.body).toBe(status);
            if (status < 300) {
              await prepared.check(response);
              return;
            }
            // A refused request changes nothing (every write is audited and moves a version).
            expect(response.json().error.code).toBe(status === 404 ? 'not_found' : 'forbidden');
            expect(await fingerprint(t)).toEqual(before);
          });
        }

        const shown = listed[position];
        it(`${role} at ${position}: GET /orgs lists ${
          (Object.keys(shown) as (keyof typeof shown)[]).filter((k) => shown[k]).join(', ') || 'nothing'
        } and nothing else of the tree`, async () => {
          const t = get();
          const response = await t.request('GET', '/api/v1/orgs?limit=500', {
            as: users[position][role].session,
          });
          expect(response.statusCode).toBe(200);
          const ids = new Set((response.json().items as { id: string }[]).map((item) => item.id));
          for (const key of Object.keys(shown) as (keyof typeof shown)[]) {
            expect(ids.has(tree[key].id), `${key} listed`).toBe(shown[key]);
          }
          // The list and GET on one organisation agree: listed exactly when readable.
          expect(shown.org).toBe(expectedStatus('GET org', role, position) === 200);
        });
      });
    }
  }

  describe('siblings never see each other', () => {
    it('answers 404 to every sibling role on made-up member ids of the target', async () => {
      const t = get();
      const url = `/api/v1/orgs/${tree.org.id}/members/${randomUUID()}`;
      const before = await fingerprint(t);
      for (const role of roles) {
        const { session } = users.sibling[role];
        const patch = await t.request('PATCH', url, { as: session, body: { version: 1, role: 'employee' } });
        const del = await t.request('DELETE', url, { as: session });
        expect([patch.statusCode, del.statusCode], role).toEqual([404, 404]);
      }
      expect(await fingerprint(t)).toEqual(before);
    });

    it('answers 404 to a sibling admin reaching a target member through its own organisation’s URL', async () => {
      const { statuses, before, after } = await promoteAndRemoveMember(
        get(),
        users.sibling.admin,
        tree.org,
        tree.sibling,
      );
      expect(statuses).toEqual([404, 404]);
      expect(after).toEqual(before);
    });

    it('answers 404 to a target admin reaching a sibling member through the target’s URL', async () => {
      const { statuses, before, after } = await promoteAndRemoveMember(
        get(),
        users.own.admin,
        tree.sibling,
        tree.org,
      );
      expect(statuses).toEqual([404, 404]);
      expect(after).toEqual(before);
    });

    it('answers 404 to a sibling admin moving its organisation under the target, or the target under itself', async () => {
      const t = get();
      const admin = users.sibling.admin;
      const before = await fingerprint(t);
      const moveOwn = await t.request('PATCH', `/api/v1/orgs/${tree.sibling.id}`, {
        as: admin.session,
        body: { version: await currentVersion(t, tree.sibling.id), parentId: tree.org.id },
      });
      const moveTarget = await t.request('PATCH', `/api/v1/orgs/${tree.org.id}`, {
        as: admin.session,
        body: { version: await currentVersion(t, tree.org.id), parentId: tree.sibling.id },
      });
      expect([moveOwn.statusCode, moveTarget.statusCode]).toEqual([404, 404]);
      expect(await fingerprint(t)).toEqual(before);
    });

    it('answers an invisible organisation exactly like one that does not exist', async () => {
      const t = get();
      const admin = users.sibling.admin;
      const invisible = await t.request('GET', `/api/v1/orgs/${tree.org.id}/members`, { as: admin.session });
      const missing = await t.request('GET', `/api/v1/orgs/${randomUUID()}/members`, { as: admin.session });
      expect(invisible.statusCode).toBe(404);
      expect(invisible.json()).toEqual(missing.json());
    });

    it('keeps the target’s events out of the sibling’s audit log', async () => {
      const t = get();
      const response = await t.request('GET', `/api/v1/orgs/${tree.sibling.id}/audit-events?limit=500`, {
        as: users.sibling.admin.session,
      });
      expect(response.statusCode).toBe(200);
      const events = response.json().items as { orgId: string }[];
      expect(events.length).toBeGreaterThan(0);
      expect(events.every((event) => event.orgId === tree.sibling.id)).toBe(true);
    });
  });

  describe('made-up ids', () => {
    it('answers 404 to the target admin on a made-up member id', async () => {
      const t = get();
      const url = `/api/v1/orgs/${tree.org.id}/members/${randomUUID()}`;
      const admin = users.own.admin;
      const patch = await t.request('PATCH', url, {
        as: admin.session,
        body: { version: 1, role: 'employee' },
      });
      const del = await t.request('DELETE', url, { as: admin.session });
      expect([patch.statusCode, del.statusCode]).toEqual([404, 404]);
    });
  });

  describe('segregation of duties on roles', () => {
    it('refuses an admin granting, changing or removing a role of their own (segregation_of_duties)', async () => {
      const t = get();
      const admin = users.own.admin;
      const before = await fingerprint(t);
      const grant = await t.request('POST', `/api/v1/orgs/${tree.org.id}/members`, {
        as: admin.session,
        body: { email: admin.email.toUpperCase(), name: admin.name, role: 'management' },
      });
      const members = await t.request('GET', `/api/v1/orgs/${tree.org.id}/members?limit=500`, {
        as: admin.session,
      });
      const own = (members.json().items as { id: string; userId: string; version: number }[]).find(
        (member) => member.userId === admin.id,
      );
      if (!own) throw new Error('own membership not listed');
      const url = `/api/v1/orgs/${tree.org.id}/members/${own.id}`;
      const change = await t.request('PATCH', url, {
        as: admin.session,
        body: { version: own.version, role: 'management' },
      });
      const remove = await t.request('DELETE', url, { as: admin.session });
      for (const response of [grant, change, remove]) {
        expect(response.statusCode).toBe(403);
        expect(response.json().error.code).toBe('segregation_of_duties');
      }
      expect(await fingerprint(t)).toEqual(before);
    });

    it('refuses the sector admin a role of their own below the root too', async () => {
      const t = get();
      const admin = users['sector root'].admin;
      const before = await fingerprint(t);
      const grant = await t.request('POST', `/api/v1/orgs/${tree.org.id}/members`, {
        as: admin.session,
        body: { email: admin.email, name: admin.name, role: 'security_officer' },
      });
      expect(grant.statusCode).toBe(403);
      expect(grant.json().error.code).toBe('segregation_of_duties');
      expect(await fingerprint(t)).toEqual(before);
    });
  });
});
