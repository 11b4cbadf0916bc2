import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { todayLocal } from '../../platform/clock.ts';
import { makeTree, makeUser } from '../../test/factories.ts';
import { describeEachDb, type TestApp } from '../../test/harness.ts';
import { makeRisk } from '../../test/risks-factories.ts';

/** An organisation with a security officer, a management member and one risk, frozen into an assessment. */
async function frozenAssessment(t: TestApp) {
  const { org } = await makeTree(t);
  const officer = await makeUser(t, org, 'security_officer');
  const management = await makeUser(t, org, 'management');
  await makeRisk(t, org, officer);
  const assessment = (
    await t.request('POST', `/api/v1/orgs/${org.id}/risk-assessments`, { as: officer.session, body: {} })
  ).json();
  return { org, officer, management, assessment };
}

describeEachDb('yearly risk assessment', (get) => {
  it('freezes the live register as a dated copy that later changes to the risks do not touch', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const a = await makeRisk(t, org, officer, {
      title: 'Ransomware på EPJ',
      likelihood: 4,
      consequencePatientSafety: 5,
    });
    await makeRisk(t, org, officer, { title: 'Kladde', status: 'draft' });
    const frozen = await t.request('POST', `/api/v1/orgs/${org.id}/risk-assessments`, {
      as: officer.session,
      body: { note: 'Årets overordnede risikovurdering' },
    });
    expect(frozen.statusCode, frozen.body).toBe(201);
    const assessment = frozen.json();
    expect(assessment).toMatchObject({
      title: `Risikovurdering ${todayLocal().slice(0, 4)}`,
      assessmentDate: todayLocal(),
      status: 'awaiting_approval',
      frozenBy: officer.id,
      summary: { risks: 1, aboveTolerance: 1 },
      matrix: { tolerance: 9 },
    });
    await t.request('PATCH', `/api/v1/orgs/${org.id}/risks/${a.id}`, {
      as: officer.session,
      body: { version: a.version, title: 'Omdøbt bagefter', likelihood: 1 },
    });
    const detail = (
      await t.request('GET', `/api/v1/orgs/${org.id}/risk-assessments/${assessment.id}`, {
        as: officer.session,
      })
    ).json();
    expect(detail.items).toEqual([
      expect.objectContaining({
        riskId: a.id,
        title: 'Ransomware på EPJ',
        inherentScore: 20,
        score: 20,
        aboveTolerance: true,
      }),
    ]);
  });

  it('refuses in the database any change to a frozen assessment’s items, and to the assessment once decided', async () => {
    const t = get();
    const { org, management, assessment } = await frozenAssessment(t);
    const db = t.database.db;
    await expect(
      db
        .updateTable('risk_assessment_items')
        .set({ score: 1 })
        .where('assessment_id', '=', assessment.id)
        .execute(),
    ).rejects.toThrow(/immutable/);
    await expect(
      db.deleteFrom('risk_assessment_items').where('assessment_id', '=', assessment.id).execute(),
    ).rejects.toThrow(/immutable/);
    await t.request('POST', `/api/v1/orgs/${org.id}/risk-assessments/${assessment.id}/decision`, {
      as: management.session,
      body: { version: assessment.version, decision: 'approved' },
    });
    await expect(
      db
        .updateTable('risk_assessments')
        .set({ title: 'Omskrevet' })
        .where('id', '=', assessment.id)
        .execute(),
    ).rejects.toThrow(/immutable/);
    await expect(sql`delete from risk_assessments where id = ${assessment.id}`.execute(db)).rejects.toThrow(
      /immutable/,
    );
  });

  it('asks management to approve, never lets the person who froze it approve, and decides once', async () => {
    const t = get();
    const { org, officer, management, assessment } = await frozenAssessment(t);
    const task = (await t.request('GET', '/api/v1/me/tasks', { as: management.session })).json().items;
    expect(task).toEqual([
      expect.objectContaining({
        entityType: 'risk_assessment',
        entityId: assessment.id,
        assigneeRole: 'management',
      }),
    ]);
    const byOfficer = await t.request(
      'POST',
      `/api/v1/orgs/${org.id}/risk-assessments/${assessment.id}/decision`,
      {
        as: officer.session,
        body: { version: assessment.version, decision: 'approved' },
      },
    );
    expect(byOfficer.statusCode).toBe(403);
    // A manager who also holds the officer role and froze the assessment may not approve it either.
    const both = await makeUser(t, org, 'management');
    await t.request('POST', `/api/v1/orgs/${org.id}/members`, {
      as: (await makeUser(t, org, 'admin')).session,
      body: { email: both.email, name: both.name, role: 'security_officer' },
    });
    const own = (
      await t.request('POST', `/api/v1/orgs/${org.id}/risk-assessments`, {
        as: both.session,
        body: { title: 'Egen' },
      })
    ).json();
    const selfApproval = await t.request(
      'POST',
      `/api/v1/orgs/${org.id}/risk-assessments/${own.id}/decision`,
      {
        as: both.session,
        body: { version: own.version, decision: 'approved' },
      },
    );
    expect(selfApproval.json().error.code).toBe('segregation_of_duties');
    const rejectWithoutNote = await t.request(
      'POST',
      `/api/v1/orgs/${org.id}/risk-assessments/${assessment.id}/decision`,
      { as: management.session, body: { version: assessment.version, decision: 'rejected' } },
    );
    expect(rejectWithoutNote.statusCode).toBe(400);
    const approved = await t.request(
      'POST',
      `/api/v1/orgs/${org.id}/risk-assessments/${assessment.id}/decision`,
      {
        as: management.session,
        body: { version: assessment.version, decision: 'approved', note: 'Godkendt på ledelsesmødet.' },
      },
    );
    expect(approved.json()).toMatchObject({
      status: 'approved',
      decidedBy: management.id,
      decisionNote: 'Godkendt på ledelsesmødet.',
    });
    const twice = await t.request(
      'POST',
      `/api/v1/orgs/${org.id}/risk-assessments/${assessment.id}/decision`,
      {
        as: management.session,
        body: { version: approved.json().version, decision: 'rejected', note: 'Fortrudt' },
      },
    );
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('risk_assessment_decided');
    const left = (
      await t.request('GET', '/api/v1/me/tasks?status=open,in_progress', { as: management.session })
    ).json().items;
    expect(left.map((x: { entityId: string }) => x.entityId)).not.toContain(assessment.id);
  });

  it('compares two years: new, closed and moved risks with their scores from and to', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    await makeRisk(t, org, officer, { title: 'Uændret' });
    const moving = await makeRisk(t, org, officer, {
      title: 'Phishing',
      likelihood: 4,
      consequenceOrganisation: 4,
    });
    const closing = await makeRisk(t, org, officer, { title: 'Lukkes' });
    const first = (
      await t.request('POST', `/api/v1/orgs/${org.id}/risk-assessments`, {
        as: officer.session,
        body: { title: 'Risikovurdering 2025', assessmentDate: '2025-11-20' },
      })
    ).json();
    await t.request('PATCH', `/api/v1/orgs/${org.id}/risks/${moving.id}`, {
      as: officer.session,
      body: { version: moving.version, residualLikelihood: 2, residualConsequenceOrganisation: 3 },
    });
    await t.request('PATCH', `/api/v1/orgs/${org.id}/risks/${closing.id}`, {
      as: officer.session,
      body: { version: closing.version, status: 'closed' },
    });
    const added = await makeRisk(t, org, officer, { title: 'Ny trussel' });
    const second = (
      await t.request('POST', `/api/v1/orgs/${org.id}/risk-assessments`, {
        as: officer.session,
        body: { title: 'Risikovurdering 2026' },
      })
    ).json();
    const comparison = await t.request(
      'GET',
      `/api/v1/orgs/${org.id}/risk-assessments/compare?from=${first.id}&to=${second.id}`,
      { as: officer.session },
    );
    expect(comparison.statusCode, comparison.body).toBe(200);
    const body = comparison.json();
    expect(body.new.map((r: { riskId: string }) => r.riskId)).toEqual([added.id]);
    expect(body.closed.map((r: { riskId: string }) => r.riskId)).toEqual([closing.id]);
    expect(body.moved).toEqual([
      {
        riskId: moving.id,
        title: 'Phishing',
        from: {
          inherentScore: 16,
          residualScore: null,
          score: 16,
          level: expect.objectContaining({ label: 'Kritisk' }),
        },
        to: {
          inherentScore: 16,
          residualScore: 6,
          score: 6,
          level: expect.objectContaining({ label: 'Middel' }),
        },
        direction: 'down',
      },
    ]);
    expect(body.unchanged).toBe(1);
    const list = (
      await t.request('GET', `/api/v1/orgs/${org.id}/risk-assessments`, { as: officer.session })
    ).json();
    expect(list.items.map((x: { title: string }) => x.title)).toEqual([
      'Risikovurdering 2026',
      'Risikovurdering 2025',
    ]);
  });

  it('keeps one organisation’s assessments from its sibling', async () => {
    const t = get();
    const { org, sibling } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const siblingOfficer = await makeUser(t, sibling, 'security_officer');
    const mine = (
      await t.request('POST', `/api/v1/orgs/${org.id}/risk-assessments`, { as: officer.session, body: {} })
    ).json();
    const theirs = (
      await t.request('POST', `/api/v1/orgs/${sibling.id}/risk-assessments`, {
        as: siblingOfficer.session,
        body: {},
      })
    ).json();
    expect(
      (
        await t.request('GET', `/api/v1/orgs/${org.id}/risk-assessments/${mine.id}`, {
          as: siblingOfficer.session,
        })
      ).statusCode,
    ).toBe(404);
    const cross = await t.request(
      'GET',
      `/api/v1/orgs/${sibling.id}/risk-assessments/compare?from=${theirs.id}&to=${mine.id}`,
      { as: siblingOfficer.session },
    );
    expect(cross.statusCode).toBe(404);
  });
});
