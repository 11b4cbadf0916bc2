import { expect, it } from 'vitest';
import { JobRunner } from '../../platform/jobs/runner.ts';
import { approveAndPublish, makeDocument, reviseDocument } from '../../test/documents-factories.ts';
import { makeOrg, makeTree, makeUser, TEST_PASSWORD } from '../../test/factories.ts';
import { describeEachDb, type TestApp } from '../../test/harness.ts';
import { grantRole } from '../members/index.ts';
import { sendAcknowledgementReminders } from './documents.jobs.ts';

const appContext = (t: TestApp) => ({
  config: t.config,
  db: t.database.db,
  dialect: t.dialect,
  logger: t.app.log as never,
});

/** Hospital with units A (with A1 below it) and B; staff at each; people above and beside who are not staff. */
async function hospital(t: TestApp) {
  const { group, org, sibling } = await makeTree(t);
  const unitA = await makeOrg(t, org, 'unit', 'Akutafdelingen');
  const unitA1 = await makeOrg(t, unitA, 'unit', 'Akutmodtagelsen nat');
  const unitB = await makeOrg(t, org, 'unit', 'Billeddiagnostik');
  const people = {
    officer: await makeUser(t, org, 'security_officer'),
    management: await makeUser(t, org, 'management'),
    employeeA: await makeUser(t, unitA, 'employee'),
    employeeA1: await makeUser(t, unitA1, 'employee'),
    employeeB: await makeUser(t, unitB, 'employee'),
    employeeOrg: await makeUser(t, org, 'employee'),
    riskOwnerOrg: await makeUser(t, org, 'risk_owner'),
    riskOwnerB: await makeUser(t, unitB, 'risk_owner'),
    regionOfficer: await makeUser(t, group, 'security_officer'),
    siblingEmployee: await makeUser(t, sibling, 'employee'),
  };
  return { org, unitA, unitA1, unitB, ...people };
}

describeEachDb('document acknowledgements', (get) => {
  it('counts coverage right for an audience of units and roles, per unit and in total', async () => {
    const t = get();
    const h = await hospital(t);
    // The A employee also contributes at A: two roles, one person.
    await grantRole(
      t.system(),
      {
        orgId: h.unitA.id,
        email: h.employeeA.email,
        name: h.employeeA.name,
        role: 'contributor',
        password: TEST_PASSWORD,
      },
      'ignore',
    );
    const document = await makeDocument(t, h.org, h.officer, {
      kind: 'instruction',
      title: 'Instruks for nødprocedurer i akutafdelingen',
      audience: { wholeOrganisation: false, unitIds: [h.unitA.id], roles: ['risk_owner'] },
    });
    const before = await t.request('GET', `/api/v1/orgs/${h.org.id}/documents/${document.id}/coverage`, {
      as: h.officer.session,
    });
    expect(before.json()).toMatchObject({
      acknowledgementVersionNumber: null,
      total: { inAudience: 4, acknowledged: 0, pending: 4 },
    });
    const { version } = await approveAndPublish(t, h.org, document, {
      author: h.officer,
      approver: h.management,
    });
    const acknowledge = (as: typeof h.officer) =>
      t.request('POST', `/api/v1/orgs/${h.org.id}/documents/${document.id}/acknowledgements`, {
        as: as.session,
        body: { versionId: version.id },
      });
    expect((await acknowledge(h.employeeA)).statusCode).toBe(201);
    expect((await acknowledge(h.riskOwnerOrg)).statusCode).toBe(201);
    expect((await acknowledge(h.employeeA)).json().error.code).toBe('document_already_acknowledged');
    // Not in the audience: staff of unit B who are not risk owners, the region's officer.
    expect((await acknowledge(h.employeeB)).statusCode).toBe(404);
    expect((await acknowledge(h.employeeOrg)).statusCode).toBe(404);
    expect((await acknowledge(h.regionOfficer)).json().error.code).toBe('document_not_in_audience');

    const coverage = await t.request('GET', `/api/v1/orgs/${h.org.id}/documents/${document.id}/coverage`, {
      as: h.officer.session,
    });
    expect(coverage.statusCode).toBe(200);
    const body = coverage.json();
    expect(body.total).toEqual({ inAudience: 4, acknowledged: 2, pending: 2, percent: 50 });
    const byUnit = Object.fromEntries(
      body.units.map((u: { orgId: string; inAudience: number; acknowledged: number; pending: number }) => [
        u.orgId,
        [u.inAudience, u.acknowledged, u.pending],
      ]),
    );
    expect(byUnit).toEqual({
      [h.org.id]: [1, 1, 0],
      [h.unitA.id]: [1, 1, 0],
      [h.unitA1.id]: [1, 0, 1],
      [h.unitB.id]: [1, 0, 1],
    });

    const pending = await t.request(
      'GET',
      `/api/v1/orgs/${h.org.id}/documents/${document.id}/coverage/people?status=pending`,
      { as: h.officer.session },
    );
    expect(
      pending
        .json()
        .items.map((p: { userId: string }) => p.userId)
        .sort(),
    ).toEqual([h.employeeA1.id, h.riskOwnerB.id].sort());

    // A disabled account is no longer part of the audience.
    await t.database.db
      .updateTable('users')
      .set({ disabled_at: new Date().toISOString() })
      .where('id', '=', h.employeeA1.id)
      .execute();
    const after = await t.request('GET', `/api/v1/orgs/${h.org.id}/documents/${document.id}/coverage`, {
      as: h.officer.session,
    });
    expect(after.json().total).toEqual({ inAudience: 3, acknowledged: 2, pending: 1, percent: 66.7 });
  });

  it('asks everyone again after a new version, unless it was published without asking', async () => {
    const t = get();
    const h = await hospital(t);
    const document = await makeDocument(t, h.org, h.officer, { title: 'Regler for god it-hygiejne' });
    const { version } = await approveAndPublish(t, h.org, document, {
      author: h.officer,
      approver: h.management,
    });
    await t.request('POST', `/api/v1/orgs/${h.org.id}/documents/${document.id}/acknowledgements`, {
      as: h.employeeA.session,
      body: { versionId: version.id },
    });
    const total = async () =>
      (
        await t.request('GET', `/api/v1/orgs/${h.org.id}/documents/${document.id}/coverage`, {
          as: h.officer.session,
        })
      ).json().total;
    // Everyone holding a role at the hospital or its units: 8 people.
    expect(await total()).toMatchObject({ inAudience: 8, acknowledged: 1 });

    await reviseDocument(t, h.org, document.id, h.officer, {
      bodyHtml: '<p>Retter en stavefejl.</p>',
      changeSummary: 'Stavefejl',
    });
    await approveAndPublish(
      t,
      h.org,
      document,
      { author: h.officer, approver: h.management },
      {
        requiresAcknowledgement: false,
      },
    );
    expect(await total()).toMatchObject({ acknowledged: 1 });

    await reviseDocument(t, h.org, document.id, h.officer, {
      bodyHtml: '<p>Nye regler for private enheder.</p>',
      changeSummary: 'Private enheder',
    });
    const { version: third } = await approveAndPublish(t, h.org, document, {
      author: h.officer,
      approver: h.management,
    });
    expect(await total()).toMatchObject({ inAudience: 8, acknowledged: 0, pending: 8 });
    const old = await t.request(
      'POST',
      `/api/v1/orgs/${h.org.id}/documents/${document.id}/acknowledgements`,
      {
        as: h.employeeA.session,
        body: { versionId: version.id },
      },
    );
    expect(old.json().error.code).toBe('document_version_not_current');
    await t.request('POST', `/api/v1/orgs/${h.org.id}/documents/${document.id}/acknowledgements`, {
      as: h.employeeA.session,
      body: { versionId: third.id },
    });
    expect(await total()).toMatchObject({ acknowledged: 1 });
  });

  it('lets staff read the published version meant for them, and nothing else', async () => {
    const t = get();
    const h = await hospital(t);
    const document = await makeDocument(t, h.org, h.officer, {
      title: 'Instruks for billeddiagnostik',
      audience: { wholeOrganisation: false, unitIds: [h.unitB.id], roles: [] },
    });
    const read = (as: typeof h.officer) =>
      t.request('GET', `/api/v1/orgs/${h.org.id}/documents/${document.id}`, { as: as.session });
    expect((await read(h.employeeB)).statusCode).toBe(404);
    const { version } = await approveAndPublish(t, h.org, document, {
      author: h.officer,
      approver: h.management,
    });
    await reviseDocument(t, h.org, document.id, h.officer, {
      bodyHtml: '<p>Udkast</p>',
      changeSummary: 'Udkast',
    });

    const asEmployee = await read(h.employeeB);
    expect(asEmployee.statusCode).toBe(200);
    expect(asEmployee.json()).toMatchObject({ currentVersion: { id: version.id }, workingVersion: null });
    const versions = await t.request('GET', `/api/v1/orgs/${h.org.id}/documents/${document.id}/versions`, {
      as: h.employeeB.session,
    });
    expect(versions.json().items.map((v: { id: string }) => v.id)).toEqual([version.id]);
    expect((await read(h.employeeA)).statusCode).toBe(404);
    expect((await read(h.employeeOrg)).statusCode).toBe(404);
    expect((await read(h.siblingEmployee)).statusCode).toBe(404);
    expect(
      (await t.request('GET', `/api/v1/orgs/${h.org.id}/documents`, { as: h.employeeB.session })).statusCode,
    ).toBe(404);
  });

  it('lists my documents with what is pending, including for someone who joined after publication', async () => {
    const t = get();
    const h = await hospital(t);
    const document = await makeDocument(t, h.org, h.officer, { title: 'Informationssikkerhedspolitik' });
    const { version } = await approveAndPublish(t, h.org, document, {
      author: h.officer,
      approver: h.management,
    });
    const newcomer = await makeUser(t, h.unitA1, 'employee', { name: 'Ny Medarbejder' });
    const mine = async (as: typeof h.officer, pending?: boolean) =>
      (
        await t.request('GET', `/api/v1/me/documents${pending === undefined ? '' : `?pending=${pending}`}`, {
          as: as.session,
        })
      ).json().items as { id: string; pending: boolean }[];
    expect(await mine(newcomer, true)).toEqual([expect.objectContaining({ id: document.id, pending: true })]);
    await t.request('POST', `/api/v1/orgs/${h.org.id}/documents/${document.id}/acknowledgements`, {
      as: newcomer.session,
      body: { versionId: version.id },
    });
    expect(await mine(newcomer, true)).toEqual([]);
    expect(await mine(newcomer)).toEqual([expect.objectContaining({ id: document.id, pending: false })]);
    expect(await mine(h.siblingEmployee)).toEqual([]);
  });

  it('reminds each pending person once per version, a week after publication', async () => {
    const t = get();
    const h = await hospital(t);
    const document = await makeDocument(t, h.org, h.officer, {
      title: 'Politik for brug af private enheder',
      audience: { wholeOrganisation: false, unitIds: [h.unitB.id], roles: [] },
    });
    const { version } = await approveAndPublish(t, h.org, document, {
      author: h.officer,
      approver: h.management,
    });
    await t.request('POST', `/api/v1/orgs/${h.org.id}/documents/${document.id}/acknowledgements`, {
      as: h.riskOwnerB.session,
      body: { versionId: version.id },
    });
    const ctx = appContext(t);
    expect((await sendAcknowledgementReminders(ctx)).queued).toBe(0);
    const inEightDays = new Date(Date.now() + 8 * 86_400_000);
    const first = await sendAcknowledgementReminders(ctx, inEightDays);
    const again = await sendAcknowledgementReminders(ctx, inEightDays);
    expect(again.queued).toBe(0);
    expect(first.queued).toBeGreaterThanOrEqual(1);
    await new JobRunner(ctx, { schedules: [] }).runDue();
    const outbox = await t.database.db
      .selectFrom('mail_outbox')
      .select(['recipient', 'subject'])
      .where('org_id', '=', h.org.id)
      .where('template', '=', 'document_acknowledgement')
      .execute();
    expect(outbox).toEqual([
      { recipient: h.employeeB.email, subject: 'Læs og bekræft: Politik for brug af private enheder' },
    ]);
  });
});
