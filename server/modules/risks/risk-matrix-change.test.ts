import { expect, it } from 'vitest';
import { makeTree, makeUser, type TestUser } from '../../test/factories.ts';
import { describeEachDb, type TestApp } from '../../test/harness.ts';
import { makeRisk } from '../../test/risks-factories.ts';
import type { RiskMatrix } from './risk-matrix.presenter.ts';

const levels = (labels: string[]) => labels.map((label, index) => ({ level: index + 1, label }));

async function matrixOf(t: TestApp, orgId: string, as: TestUser): Promise<RiskMatrix> {
  return (await t.request('GET', `/api/v1/orgs/${orgId}/risk-matrix`, { as: as.session })).json();
}

describeEachDb('risk matrix changes', (get) => {
  it('starts every organisation on the default 5×5 matrix with Danish labels', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const dpo = await makeUser(t, org, 'dpo');
    const matrix = await matrixOf(t, org.id, dpo);
    expect(matrix).toMatchObject({ isDefault: true, version: 0, tolerance: 9, maxScore: 25 });
    expect(matrix.likelihoodLevels.map((l) => l.label)).toEqual([
      'Meget lav',
      'Lav',
      'Middel',
      'Høj',
      'Meget høj',
    ]);
    expect(matrix.consequenceLevels.map((l) => l.label)).toEqual([
      'Ubetydelig',
      'Mindre',
      'Moderat',
      'Alvorlig',
      'Katastrofal',
    ]);
  });

  it('re-scores existing risks when labels, colours and the tolerance change, and audits the change', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const risk = await makeRisk(t, org, officer, { likelihood: 2, consequenceOrganisation: 4 });
    expect(risk).toMatchObject({ score: 8, level: { label: 'Middel' }, aboveTolerance: false });
    const current = await matrixOf(t, org.id, officer);
    const change = await t.request('PUT', `/api/v1/orgs/${org.id}/risk-matrix`, {
      as: officer.session,
      body: {
        version: current.version,
        likelihoodLevels: current.likelihoodLevels,
        consequenceLevels: current.consequenceLevels,
        bands: [
          { maxScore: 3, label: 'Grøn', colour: '#1b5e20' },
          { maxScore: 7, label: 'Gul', colour: '#fbc02d' },
          { maxScore: 25, label: 'Rød', colour: '#b71c1c' },
        ],
        tolerance: 6,
      },
    });
    expect(change.statusCode, change.body).toBe(200);
    expect(change.json().rescored).toEqual({
      risks: 1,
      scoresChanged: 0,
      levelsChanged: 1,
      toleranceCrossed: 1,
      acceptancesLapsed: 0,
    });
    const after = (
      await t.request('GET', `/api/v1/orgs/${org.id}/risks/${risk.id}`, { as: officer.session })
    ).json();
    expect(after).toMatchObject({
      score: 8,
      level: { label: 'Rød', colour: '#b71c1c', rank: 3 },
      aboveTolerance: true,
    });
    const log = await t.request('GET', `/api/v1/orgs/${org.id}/audit-events?action=risk_matrix.updated`, {
      as: officer.session,
    });
    const [event] = log.json().items;
    expect(event.before.tolerance).toBe(9);
    expect(event.after).toMatchObject({ tolerance: 6, rescored: { toleranceCrossed: 1 } });
    const stale = await t.request('PUT', `/api/v1/orgs/${org.id}/risk-matrix`, {
      as: officer.session,
      body: { ...current, tolerance: 8 },
    });
    expect(stale.statusCode).toBe(409);
  });

  it('refuses a new number of levels without a mapping for every old level, naming each missing one', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const risk = await makeRisk(t, org, officer, { likelihood: 5, consequencePatientSafety: 5 });
    const current = await matrixOf(t, org.id, officer);
    const body = {
      version: current.version,
      likelihoodLevels: levels(['Lav', 'Middel', 'Høj']),
      consequenceLevels: current.consequenceLevels,
      bands: [
        { maxScore: 5, label: 'Lav', colour: '#2e7d32' },
        { maxScore: 15, label: 'Høj', colour: '#c62828' },
      ],
      tolerance: 5,
    };
    const missing = await t.request('PUT', `/api/v1/orgs/${org.id}/risk-matrix`, {
      as: officer.session,
      body,
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.code).toBe('risk_matrix_mapping_required');
    expect(missing.json().error.details.fields.map((f: { path: string }) => f.path)).toEqual([
      'likelihoodMapping.1',
      'likelihoodMapping.2',
      'likelihoodMapping.3',
      'likelihoodMapping.4',
      'likelihoodMapping.5',
    ]);
    const partial = await t.request('PUT', `/api/v1/orgs/${org.id}/risk-matrix`, {
      as: officer.session,
      body: { ...body, likelihoodMapping: { '1': 1, '2': 1, '3': 2, '4': 3 } },
    });
    expect(partial.statusCode).toBe(400);
    expect(partial.json().error.details.fields).toEqual([
      expect.objectContaining({ path: 'likelihoodMapping.5', code: 'risk_matrix_mapping_missing' }),
    ]);
    const unchanged = (
      await t.request('GET', `/api/v1/orgs/${org.id}/risks/${risk.id}`, { as: officer.session })
    ).json();
    expect(unchanged).toMatchObject({ likelihood: 5, score: 25, version: risk.version });
    expect((await matrixOf(t, org.id, officer)).isDefault).toBe(true);
  });

  it('applies the mapping to every risk of the organisation in one change, and to no other organisation', async () => {
    const t = get();
    const { org, sibling } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const siblingOfficer = await makeUser(t, sibling, 'security_officer');
    const high = await makeRisk(t, org, officer, {
      likelihood: 5,
      consequencePatientSafety: 4,
      residualLikelihood: 3,
      residualConsequencePatientSafety: 2,
    });
    const low = await makeRisk(t, org, officer, {
      likelihood: 1,
      consequenceOrganisation: 5,
      status: 'draft',
    });
    const other = await makeRisk(t, sibling, siblingOfficer, { likelihood: 5, consequenceOrganisation: 5 });
    const current = await matrixOf(t, org.id, officer);
    const change = await t.request('PUT', `/api/v1/orgs/${org.id}/risk-matrix`, {
      as: officer.session,
      body: {
        version: current.version,
        likelihoodLevels: levels(['Sjælden', 'Mulig', 'Sandsynlig']),
        consequenceLevels: levels(['Lille', 'Betydelig', 'Alvorlig', 'Kritisk']),
        bands: [
          { maxScore: 2, label: 'Lav', colour: '#2e7d32' },
          { maxScore: 6, label: 'Middel', colour: '#f9a825' },
          { maxScore: 12, label: 'Høj', colour: '#c62828' },
        ],
        tolerance: 4,
        likelihoodMapping: { '1': 1, '2': 1, '3': 2, '4': 3, '5': 3 },
        consequenceMapping: { '1': 1, '2': 2, '3': 2, '4': 3, '5': 4 },
      },
    });
    expect(change.statusCode, change.body).toBe(200);
    expect(change.json().rescored).toMatchObject({ risks: 2, scoresChanged: 2 });
    expect(change.json().matrix).toMatchObject({ isDefault: false, version: 1, maxScore: 12 });
    const read = async (id: string, as = officer, orgId = org.id) =>
      (await t.request('GET', `/api/v1/orgs/${orgId}/risks/${id}`, { as: as.session })).json();
    expect(await read(high.id)).toMatchObject({
      likelihood: 3,
      consequencePatientSafety: 3,
      inherentScore: 9,
      residualLikelihood: 2,
      residualConsequencePatientSafety: 2,
      residualScore: 4,
      score: 4,
      level: { label: 'Middel' },
      aboveTolerance: false,
      version: high.version + 1,
    });
    expect(await read(low.id)).toMatchObject({
      likelihood: 1,
      consequenceOrganisation: 4,
      inherentScore: 4,
      status: 'draft',
    });
    expect(await read(other.id, siblingOfficer, sibling.id)).toMatchObject({ likelihood: 5, score: 25 });
    const rescoredEvents = await t.request(
      'GET',
      `/api/v1/orgs/${org.id}/audit-events?action=risk.rescored`,
      {
        as: officer.session,
      },
    );
    expect(rescoredEvents.json().items).toHaveLength(2);
    const tooHigh = await t.request('POST', `/api/v1/orgs/${org.id}/risks`, {
      as: officer.session,
      body: { title: 'På gammel skala', ownerUserId: officer.id, likelihood: 4, consequenceOrganisation: 1 },
    });
    expect(tooHigh.json().error.details.fields[0]).toMatchObject({
      path: 'likelihood',
      code: 'risk_level_out_of_range',
    });
  });

  it('lets only the security officer change the matrix', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const management = await makeUser(t, org, 'management');
    const current = await matrixOf(t, org.id, management);
    const refused = await t.request('PUT', `/api/v1/orgs/${org.id}/risk-matrix`, {
      as: management.session,
      body: { ...current },
    });
    expect(refused.statusCode).toBe(403);
  });
});
