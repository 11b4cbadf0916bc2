import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { Asset } from '../modules/assets/index.ts';
import type { Org } from '../modules/orgs/index.ts';
import type { TestUser } from './factories.ts';
import type { TestApp } from './harness.ts';

const unique = () => randomBytes(3).toString('hex');

/** A valid asset registered through the API by `as` (a security officer unless the test says otherwise). */
export async function makeAsset(
  t: TestApp,
  org: Pick<Org, 'id'>,
  as: TestUser,
  overrides: Record<string, unknown> = {},
): Promise<Asset> {
  const response = await t.request('POST', `/api/v1/orgs/${org.id}/assets`, {
    as: as.session,
    body: {
      name: `Aktiv ${unique()}`,
      kind: 'system',
      criticality: 3,
      confidentiality: 3,
      integrity: 3,
      availability: 3,
      ...overrides,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Asset;
}
