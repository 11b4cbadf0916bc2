import { randomBytes } from 'node:crypto';
import type { OrganisationRow } from '../db/schema.ts';
import { grantRole } from '../modules/members/index.ts';
import { createChildAsSystem, createRoot, type Org, orgRecord } from '../modules/orgs/index.ts';
import { findOrg } from '../platform/org-tree.ts';
import type { Role } from '../platform/roles.ts';
import type { Session, TestApp } from './harness.ts';

export type { Org };

export const TEST_PASSWORD = 'correct horse battery staple';

const unique = () => randomBytes(4).toString('hex');

/** The sector root of the suite's database, created on first use. */
export async function makeRoot(t: TestApp, name = 'Sektorcentret'): Promise<Org> {
  const existing = await t.database.db
    .selectFrom('organisations')
    .select('id')
    .where('parent_id', 'is', null)
    .executeTakeFirst();
  if (existing) return orgRecord((await findOrg(t.database.db, existing.id)) as OrganisationRow);
  return createRoot(t.system(), name);
}

export async function makeOrg(
  t: TestApp,
  parent: Org,
  kind: 'group' | 'organisation' | 'unit' = 'organisation',
  name = `Organisation ${unique()}`,
): Promise<Org> {
  return createChildAsSystem(t.system(), parent.id, { kind, name });
}

export type TestUser = { id: string; email: string; name: string; session: Session };

/** A user holding `role` at `org` (subtree included unless said otherwise), signed in. */
export async function makeUser(
  t: TestApp,
  org: Org,
  role: Role,
  options: { name?: string; email?: string; includeSubtree?: boolean } = {},
): Promise<TestUser> {
  const name = options.name ?? `${role} ${unique()}`;
  const email = options.email ?? `${role}-${unique()}@test.skjold.dk`;
  const { userId } = await grantRole(
    t.system(),
    {
      orgId: org.id,
      email,
      name,
      role,
      includeSubtree: options.includeSubtree ?? true,
      password: TEST_PASSWORD,
    },
    'ignore',
  );
  return { id: userId, email, name, session: await t.login(email, TEST_PASSWORD) };
}

/** The tree most access tests need: root > group > (org > unit, sibling org). */
export async function makeTree(t: TestApp) {
  const root = await makeRoot(t);
  const group = await makeOrg(t, root, 'group', `Region ${unique()}`);
  const org = await makeOrg(t, group, 'organisation', `Hospital ${unique()}`);
  const unit = await makeOrg(t, org, 'unit', `Afdeling ${unique()}`);
  const sibling = await makeOrg(t, group, 'organisation', `Søsterhospital ${unique()}`);
  return { root, group, org, unit, sibling };
}
