import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { Org } from '../modules/orgs/index.ts';
import type { Risk } from '../modules/risks/index.ts';
import type { TestUser } from './factories.ts';
import type { TestApp } from './harness.ts';

const unique = () => randomBytes(3).toString('hex');

/** A valid open risk recorded through the API by `as` (a security officer unless the test says otherwise). */
export async function makeRisk(
  t: TestApp,
  org: Pick<Org, 'id'>,
  as: TestUser,
  overrides: Record<string, unknown> = {},
): Promise<Risk> {
  const response = await t.request('POST', `/api/v1/orgs/${org.id}/risks`, {
    as: as.session,
    body: {
      title: `Risiko ${unique()}`,
      ownerUserId: as.id,
      threatIds: ['ransomware'],
      likelihood: 3,
      consequenceOrganisation: 3,
      ...overrides,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Risk;
}
