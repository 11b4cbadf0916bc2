import { expect, it } from 'vitest';
import { addDaysToDate, todayLocal } from '../../platform/clock.ts';
import { makeClinic, makeEvidence, makeRiskRow, patchEntry } from '../../test/controls-factories.ts';
import { makeTree, makeUser, type TestUser } from '../../test/factories.ts';
import { describeEachDb, type TestApp } from '../../test/harness.ts';
import type { Org } from '../orgs/index.ts';

type RequirementCoverage = {
  id: string;
  coverage: string;
  ownStatus: string | null;
  mappedCoverage: string | null;
  controls: { id: string; status: string | null; source: string }[];
};
type FrameworkCoverage = {
  frameworkId: string;
  inScope: boolean;
  totals: Record<string, number>;
  requirements: RequirementCoverage[];
};

async function coverageOf(t: TestApp, user: TestUser, org: Org) {
  const response = await t.request('GET', `/api/v1/orgs/${org.id}/coverage`, { as: user.session });
  expect(response.statusCode, response.body).toBe(200);
  const body = response.json();
  const requirement = (frameworkId: string, id: string) =>
    (body.frameworks as FrameworkCoverage[])
      .find((f) => f.frameworkId === frameworkId)
      ?.requirements.find((r) => r.id === id);
  return { ...body, requirement };
}

describeEachDb('controls: coverage', (get) => {
  it('shows which risks are treated by which controls, and the risks no control treats', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const ransomware = await makeRiskRow(t, org, 'Ransomware på klinisk netværk', 20);
    const phishing = await makeRiskRow(t, org, 'Phishing mod medarbejdere', 12);
    await makeRiskRow(t, org, 'Gammel lukket risiko', 25, 'closed');
    for (const control of ['A.8.13', 'A.8.7']) {
      await t.request('POST', `/api/v1/orgs/${org.id}/soa/${control}/risks`, {
        as: officer.session,
        body: { riskId: ransomware.id },
      });
    }
    await patchEntry(t, officer, org, 'A.8.13', { status: 'implemented' });
    const list = await t.request('GET', `/api/v1/orgs/${org.id}/coverage/risks`, { as: officer.session });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items).toMatchObject([
      {
        riskId: ransomware.id,
        score: 20,
        controls: expect.arrayContaining([
          expect.objectContaining({ id: 'A.8.13', status: 'implemented' }),
          expect.objectContaining({ id: 'A.8.7', status: 'not_started' }),
        ]),
      },
      { riskId: phishing.id, controls: [] },
    ]);
    const untreated = await t.request('GET', `/api/v1/orgs/${org.id}/coverage/risks?treated=false`, {
      as: officer.session,
    });
    expect(untreated.json().items.map((r: { riskId: string }) => r.riskId)).toEqual([phishing.id]);
    expect((await coverageOf(t, officer, org)).risks).toEqual({ total: 2, treated: 1, untreated: 1 });
  });

  it('lists applicable controls without valid evidence, leaving out those with valid evidence and those not applicable', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    await makeEvidence(t, officer, org, {
      requirementIds: ['A.5.1'],
      validUntil: addDaysToDate(todayLocal(), 100),
    });
    await makeEvidence(t, officer, org, {
      requirementIds: ['A.5.2'],
      validUntil: addDaysToDate(todayLocal(), -3),
    });
    await patchEntry(t, officer, org, 'A.8.4', { applicable: false, justification: 'Ingen egen kildekode.' });
    const gaps = (await coverageOf(t, officer, org)).evidenceGaps.map((g: { id: string }) => g.id);
    expect(gaps).not.toContain('A.5.1');
    expect(gaps).not.toContain('A.8.4');
    expect(gaps).toContain('A.5.2');
    expect(gaps).toHaveLength(93 - 2);
  });

  it('covers other frameworks through the mapped Annex A controls: all implemented, some, or none', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    await patchEntry(t, officer, org, 'A.8.24', { status: 'implemented' });
    let coverage = await coverageOf(t, officer, org);
    expect(coverage.requirement('nis2_art21', 'NIS2.h')).toMatchObject({
      coverage: 'covered',
      ownStatus: null,
      controls: [{ id: 'A.8.24', status: 'implemented', source: 'soa' }],
    });
    expect(coverage.requirement('gdpr_art32', 'GDPR32.1.a')?.coverage).toBe('partial');
    expect(coverage.requirement('nis2_art21', 'NIS2.f')?.coverage).toBe('not_covered');
    expect(coverage.requirement('iso27001_2022', 'A.8.24')).toMatchObject({
      coverage: 'covered',
      ownStatus: 'implemented',
    });
    await patchEntry(t, officer, org, 'A.8.11', {
      applicable: false,
      justification: 'Ingen testdata af patientdata.',
    });
    coverage = await coverageOf(t, officer, org);
    expect(coverage.requirement('gdpr_art32', 'GDPR32.1.a')?.coverage).toBe('covered');
    const nis2 = coverage.frameworks.find((f: FrameworkCoverage) => f.frameworkId === 'nis2_art21');
    expect(nis2).toMatchObject({
      inScope: false,
      totals: { covered: 1, partial: 0, not_covered: 9, not_applicable: 0 },
    });
  });

  it('derives a clinic’s coverage of other frameworks from its nine recommendations', async () => {
    const t = get();
    const clinic = await makeClinic(t);
    const owner = await makeUser(t, clinic, 'security_officer');
    await patchEntry(t, owner, clinic, 'CLINIC.6', { status: 'implemented' });
    const coverage = await coverageOf(t, owner, clinic);
    expect(coverage.requirement('clinic_nine', 'CLINIC.6')).toMatchObject({
      coverage: 'covered',
      ownStatus: 'implemented',
      mappedCoverage: 'covered',
    });
    expect(coverage.requirement('iso27001_2022', 'A.8.13')).toMatchObject({
      coverage: 'covered',
      mappedCoverage: 'covered',
    });
    const continuity = coverage.requirement('nis2_art21', 'NIS2.c');
    expect(continuity?.coverage).toBe('partial');
    expect(continuity?.controls).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'A.8.13', status: 'implemented', source: 'derived' }),
        expect.objectContaining({ id: 'A.8.14', status: null, source: 'none' }),
      ]),
    );
    expect(coverage.evidenceGaps.map((g: { id: string }) => g.id)).toHaveLength(9);
  });
});
