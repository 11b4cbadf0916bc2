import { expect, it } from 'vitest';
import { addDaysToDate, addMonthsToDate, todayLocal } from '../../platform/clock.ts';
import { makeTree, makeUser, type TestUser } from '../../test/factories.ts';
import { describeEachDb, type TestApp } from '../../test/harness.ts';
import { makeRisk } from '../../test/risks-factories.ts';
import { runRiskDaily } from './risks.jobs.ts';
import type { Risk } from './risks.presenter.ts';

const accept = (t: TestApp, orgId: string, risk: Risk, as: TestUser, body: Record<string, unknown> = {}) =>
  t.request('POST', `/api/v1/orgs/${orgId}/risks/${risk.id}/acceptance`, {
    as: as.session,
    body: {
      version: risk.version,
      reason: 'Restrisikoen er forsvarlig med de indførte kontroller.',
      ...body,
    },
  });

const appContext = (t: TestApp) => ({
  config: t.config,
  db: t.database.db,
  dialect: t.dialect,
  logger: t.app.log as never,
});

/** Time passes: the acceptance's expiry date moves into the past. */
async function expire(t: TestApp, riskId: string, daysAgo = 1) {
  await t.database.db
    .updateTable('risk_acceptances')
    .set({ expires_on: addDaysToDate(todayLocal(), -daysAgo) })
    .where('risk_id', '=', riskId)
    .where('ended_at', 'is', null)
    .execute();
}

/** An organisation with a security officer and a risk owner, and a risk the officer recorded for the owner. */
async function ownedRisk(t: TestApp, overrides: Record<string, unknown> = {}) {
  const { org } = await makeTree(t);
  const officer = await makeUser(t, org, 'security_officer');
  const owner = await makeUser(t, org, 'risk_owner');
  const risk = await makeRisk(t, org, officer, { ownerUserId: owner.id, ...overrides });
  return { org, officer, owner, risk };
}

describeEachDb('risk acceptance', (get) => {
  it('lets only management accept a risk above the tolerance, and records who, when, why and a one-year expiry', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const owner = await makeUser(t, org, 'risk_owner');
    const management = await makeUser(t, org, 'management');
    const risk = await makeRisk(t, org, officer, {
      ownerUserId: owner.id,
      likelihood: 4,
      consequencePatientSafety: 4,
    });
    expect(risk.aboveTolerance).toBe(true);
    const byOfficer = await accept(t, org.id, risk, officer);
    expect(byOfficer.statusCode).toBe(403);
    expect(byOfficer.json().error.code).toBe('risk_acceptance_requires_management');
    const byManagement = await accept(t, org.id, risk, management);
    expect(byManagement.statusCode, byManagement.body).toBe(200);
    const accepted = byManagement.json() as Risk;
    expect(accepted.status).toBe('accepted');
    expect(accepted.acceptance).toMatchObject({
      acceptedBy: management.id,
      acceptedByName: management.name,
      role: 'management',
      reason: 'Restrisikoen er forsvarlig med de indførte kontroller.',
      score: 16,
      tolerance: 9,
      aboveTolerance: true,
      expiresOn: addMonthsToDate(todayLocal(), 12),
      state: 'active',
    });
    expect(Date.parse(accepted.acceptance?.acceptedAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
  });

  it('lets the security officer accept at or below the tolerance, and refuses other roles', async () => {
    const t = get();
    const { org, officer, risk } = await ownedRisk(t, { likelihood: 3, consequenceOrganisation: 3 });
    expect(risk).toMatchObject({ score: 9, aboveTolerance: false });
    for (const role of ['risk_owner', 'contributor', 'auditor', 'dpo', 'admin'] as const) {
      const other = await makeUser(t, org, role);
      expect((await accept(t, org.id, risk, other)).statusCode, role).toBe(403);
    }
    const byOfficer = await accept(t, org.id, risk, officer);
    expect(byOfficer.statusCode).toBe(200);
    expect(byOfficer.json().acceptance).toMatchObject({
      role: 'security_officer',
      aboveTolerance: false,
      score: 9,
    });
  });

  it('never lets the risk’s own owner accept it, whatever their role', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const management = await makeUser(t, org, 'management');
    const high = await makeRisk(t, org, officer, {
      ownerUserId: management.id,
      likelihood: 5,
      consequenceOrganisation: 5,
    });
    const refused = await accept(t, org.id, high, management);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('segregation_of_duties');
    const low = await makeRisk(t, org, officer, { likelihood: 1, consequenceOrganisation: 2 });
    expect(low.ownerUserId).toBe(officer.id);
    expect((await accept(t, org.id, low, officer)).json().error.code).toBe('segregation_of_duties');
  });

  it('refuses an expiry in the past or more than three years ahead, and accepts a chosen one', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const management = await makeUser(t, org, 'management');
    const risk = await makeRisk(t, org, officer);
    const past = await accept(t, org.id, risk, management, { expiresOn: todayLocal() });
    expect(past.json().error.details.fields[0]).toMatchObject({
      path: 'expiresOn',
      code: 'risk_acceptance_expiry',
    });
    const far = await accept(t, org.id, risk, management, { expiresOn: addMonthsToDate(todayLocal(), 37) });
    expect(far.statusCode).toBe(400);
    const chosen = await accept(t, org.id, risk, management, { expiresOn: addMonthsToDate(todayLocal(), 6) });
    expect(chosen.json().acceptance.expiresOn).toBe(addMonthsToDate(todayLocal(), 6));
  });

  it('turns an expired acceptance into an overdue task for the owner and reopens the risk, once, from the daily job', async () => {
    const t = get();
    const { org, officer, owner, risk } = await ownedRisk(t, { title: 'Forældet røntgenudstyr' });
    await accept(t, org.id, risk, officer);
    await expire(t, risk.id, 2);
    const before = (
      await t.request('GET', `/api/v1/orgs/${org.id}/risks/${risk.id}`, { as: officer.session })
    ).json();
    expect(before.acceptance.state).toBe('expired');
    const first = await runRiskDaily(appContext(t), 'test-job');
    expect(first.expired).toBeGreaterThanOrEqual(1);
    const again = await runRiskDaily(appContext(t), 'test-job');
    expect(again.expired).toBe(0);
    const mine = (await t.request('GET', '/api/v1/me/tasks?overdue=true', { as: owner.session })).json()
      .items;
    expect(mine).toEqual([
      expect.objectContaining({
        title: 'Risikoaccept udløbet: Forældet røntgenudstyr',
        entityId: risk.id,
        dueDate: addDaysToDate(todayLocal(), -2),
        overdue: true,
        priority: 'high',
      }),
    ]);
    const after = (
      await t.request('GET', `/api/v1/orgs/${org.id}/risks/${risk.id}`, { as: officer.session })
    ).json();
    expect(after).toMatchObject({ status: 'open', acceptance: { state: 'expired' } });
    const log = await t.request('GET', `/api/v1/orgs/${org.id}/audit-events?action=risk.acceptance_expired`, {
      as: officer.session,
    });
    expect(log.json().items).toEqual([expect.objectContaining({ actorName: 'system', entityId: risk.id })]);
  });

  it('surfaces an expired acceptance when the risk list is read, before the job has run', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const risk = await makeRisk(t, org, officer, { ownerUserId: null, status: 'draft' });
    const opened = await t.request('PATCH', `/api/v1/orgs/${org.id}/risks/${risk.id}`, {
      as: officer.session,
      body: { version: risk.version, status: 'open', ownerUserId: (await makeUser(t, org, 'risk_owner')).id },
    });
    const management = await makeUser(t, org, 'management');
    await accept(t, org.id, opened.json(), management);
    await expire(t, risk.id);
    const list = (await t.request('GET', `/api/v1/orgs/${org.id}/risks`, { as: management.session })).json();
    expect(list.items.find((r: Risk) => r.id === risk.id)).toMatchObject({ status: 'open' });
    const tasks = (
      await t.request('GET', `/api/v1/orgs/${org.id}/tasks?source=risk_acceptance_expired`, {
        as: officer.session,
      })
    ).json().items;
    expect(tasks).toEqual([expect.objectContaining({ entityId: risk.id, overdue: true })]);
  });

  it('supersedes the previous acceptance on renewal and closes its expiry task', async () => {
    const t = get();
    const { org, officer, risk } = await ownedRisk(t);
    await accept(t, org.id, risk, officer);
    await expire(t, risk.id);
    await runRiskDaily(appContext(t), 'test-job');
    const reopened = (
      await t.request('GET', `/api/v1/orgs/${org.id}/risks/${risk.id}`, { as: officer.session })
    ).json();
    const renewed = await accept(t, org.id, reopened, officer, { reason: 'Fornyet efter gennemgang.' });
    expect(renewed.json()).toMatchObject({
      status: 'accepted',
      acceptance: { state: 'active', reason: 'Fornyet efter gennemgang.' },
    });
    const history = (
      await t.request('GET', `/api/v1/orgs/${org.id}/risks/${risk.id}/acceptances`, { as: officer.session })
    ).json().items;
    expect(history.map((a: { state: string }) => a.state)).toEqual(['active', 'superseded']);
    const task = (
      await t.request('GET', `/api/v1/orgs/${org.id}/tasks?source=risk_acceptance_expired&status=done`, {
        as: officer.session,
      })
    ).json().items;
    expect(task).toEqual([expect.objectContaining({ entityId: risk.id, status: 'done' })]);
  });

  it('revokes an acceptance with a note and lapses it when the accepted score rises', async () => {
    const t = get();
    const { org, officer, owner, risk } = await ownedRisk(t, { likelihood: 2, consequenceOrganisation: 2 });
    const accepted = (await accept(t, org.id, risk, officer)).json();
    const raised = await t.request('PATCH', `/api/v1/orgs/${org.id}/risks/${risk.id}`, {
      as: owner.session,
      body: { version: accepted.version, likelihood: 3 },
    });
    expect(raised.json()).toMatchObject({ status: 'open', score: 6, acceptance: { state: 'lapsed' } });
    const again = (await accept(t, org.id, raised.json(), officer)).json();
    const revoked = await t.request('POST', `/api/v1/orgs/${org.id}/risks/${risk.id}/acceptance/revoke`, {
      as: officer.session,
      body: { version: again.version, note: 'Leverandøren har meldt supporten ophørt.' },
    });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ status: 'open', acceptance: null });
    const none = await t.request('POST', `/api/v1/orgs/${org.id}/risks/${risk.id}/acceptance/revoke`, {
      as: officer.session,
      body: { version: revoked.json().version, note: 'Igen' },
    });
    expect(none.statusCode).toBe(409);
  });

  it('lapses a security officer’s acceptance when a lower tolerance puts the risk above it', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const owner = await makeUser(t, org, 'risk_owner');
    const management = await makeUser(t, org, 'management');
    const byOfficer = await makeRisk(t, org, officer, {
      ownerUserId: owner.id,
      likelihood: 2,
      consequenceOrganisation: 4,
    });
    const byManagement = await makeRisk(t, org, officer, {
      ownerUserId: owner.id,
      likelihood: 2,
      consequenceOrganisation: 4,
    });
    await accept(t, org.id, byOfficer, officer);
    await accept(t, org.id, byManagement, management);
    const matrix = (
      await t.request('GET', `/api/v1/orgs/${org.id}/risk-matrix`, { as: officer.session })
    ).json();
    const change = await t.request('PUT', `/api/v1/orgs/${org.id}/risk-matrix`, {
      as: officer.session,
      body: { ...matrix, tolerance: 6 },
    });
    expect(change.json().rescored).toMatchObject({ acceptancesLapsed: 1 });
    const read = async (id: string) =>
      (await t.request('GET', `/api/v1/orgs/${org.id}/risks/${id}`, { as: officer.session })).json();
    expect(await read(byOfficer.id)).toMatchObject({
      status: 'open',
      aboveTolerance: true,
      acceptance: { state: 'lapsed' },
    });
    expect(await read(byManagement.id)).toMatchObject({
      status: 'accepted',
      acceptance: { state: 'active' },
    });
  });
});
