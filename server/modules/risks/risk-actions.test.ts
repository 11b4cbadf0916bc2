import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { addDaysToDate, todayLocal } from '../../platform/clock.ts';
import { makeAsset } from '../../test/assets-factories.ts';
import { makeTree, makeUser } from '../../test/factories.ts';
import { describeEachDb } from '../../test/harness.ts';
import { makeRisk } from '../../test/risks-factories.ts';

describeEachDb('risk treatment', (get) => {
  it('carries each action by a task in its owner’s "my tasks", whose status the action shows', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const owner = await makeUser(t, org, 'risk_owner');
    const it_ = await makeUser(t, org, 'contributor');
    const risk = await makeRisk(t, org, officer, { ownerUserId: owner.id, treatment: 'reduce' });
    const created = await t.request('POST', `/api/v1/orgs/${org.id}/risks/${risk.id}/actions`, {
      as: owner.session,
      body: {
        title: 'Indfør MFA på fjernadgang',
        ownerUserId: it_.id,
        dueDate: addDaysToDate(todayLocal(), 30),
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const action = created.json();
    expect(action).toMatchObject({
      ownerUserId: it_.id,
      ownerName: it_.name,
      status: 'open',
      overdue: false,
    });
    const mine = (await t.request('GET', '/api/v1/me/tasks', { as: it_.session })).json().items;
    expect(mine).toEqual([
      expect.objectContaining({
        id: action.taskId,
        title: 'Indfør MFA på fjernadgang',
        entityType: 'risk_scenario',
        entityId: risk.id,
      }),
    ]);
    const task = mine[0];
    const done = await t.request('PATCH', `/api/v1/orgs/${org.id}/tasks/${task.id}`, {
      as: it_.session,
      body: { version: task.version, status: 'done' },
    });
    expect(done.statusCode).toBe(200);
    const actions = (
      await t.request('GET', `/api/v1/orgs/${org.id}/risks/${risk.id}/actions`, { as: officer.session })
    ).json().items;
    expect(actions).toEqual([expect.objectContaining({ id: action.id, status: 'done' })]);
    const moved = await t.request('PATCH', `/api/v1/orgs/${org.id}/risks/${risk.id}/actions/${action.id}`, {
      as: officer.session,
      body: {
        version: action.version,
        status: 'in_progress',
        dueDate: addDaysToDate(todayLocal(), -1),
        ownerUserId: null,
      },
    });
    expect(moved.json()).toMatchObject({
      status: 'in_progress',
      overdue: true,
      ownerUserId: null,
      ownerRole: 'security_officer',
    });
    const summary = (
      await t.request('GET', `/api/v1/orgs/${org.id}/risks/${risk.id}`, { as: officer.session })
    ).json().actionSummary;
    expect(summary).toEqual({ total: 1, open: 1, overdue: 1 });
    const removed = await t.request(
      'DELETE',
      `/api/v1/orgs/${org.id}/risks/${risk.id}/actions/${action.id}`,
      {
        as: officer.session,
      },
    );
    expect(removed.statusCode).toBe(204);
    const cancelled = (
      await t.request('GET', `/api/v1/orgs/${org.id}/tasks/${task.id}`, { as: officer.session })
    ).json();
    expect(cancelled.status).toBe('cancelled');
  });

  it('refuses actions on a risk the actor may not change', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const owner = await makeUser(t, org, 'risk_owner');
    const risk = await makeRisk(t, org, officer);
    const refused = await t.request('POST', `/api/v1/orgs/${org.id}/risks/${risk.id}/actions`, {
      as: owner.session,
      body: { title: 'Ikke min risiko', dueDate: todayLocal() },
    });
    expect(refused.statusCode).toBe(403);
  });

  it('exports the treatment plan as XLSX with risks and actions, and as an A4 PDF', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const auditor = await makeUser(t, org, 'auditor');
    const asset = await makeAsset(t, org, officer, { name: 'Laboratoriesystem' });
    const risk = await makeRisk(t, org, officer, {
      title: 'Nedbrud af laboratoriesystemet',
      assetIds: [asset.id],
      treatment: 'reduce',
      plannedControls: 'Redundant server i andet datacenter',
      likelihood: 4,
      consequencePatientSafety: 4,
      residualLikelihood: 2,
      residualConsequencePatientSafety: 4,
    });
    await t.request('POST', `/api/v1/orgs/${org.id}/risks/${risk.id}/actions`, {
      as: officer.session,
      body: { title: 'Test af genetablering', dueDate: addDaysToDate(todayLocal(), 60) },
    });
    const xlsx = await t.request('GET', `/api/v1/orgs/${org.id}/risks/treatment-plan.xlsx`, {
      as: auditor.session,
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(xlsx.headers['content-disposition']).toContain(`risikobehandlingsplan-${todayLocal()}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const [plan, actions] = workbook.worksheets;
    expect(plan?.name).toBe('Risikobehandlingsplan');
    expect(plan?.getRow(1).getCell(1).value).toBe('Risiko');
    expect(plan?.getRow(2).values).toEqual(
      expect.arrayContaining([
        'Nedbrud af laboratoriesystemet',
        'Laboratoriesystem',
        '16 (Kritisk)',
        'Reducér',
        '8 (Middel)',
      ]),
    );
    expect(actions?.getRow(2).values).toEqual(
      expect.arrayContaining([
        'Nedbrud af laboratoriesystemet',
        'Test af genetablering',
        'sikkerhedskoordinatorerne',
      ]),
    );
    const pdf = await t.request('GET', `/api/v1/orgs/${org.id}/risks/treatment-plan.pdf`, {
      as: auditor.session,
      headers: { 'accept-language': 'en' },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.rawPayload.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
    expect(pdf.headers['content-disposition']).toContain('risk-treatment-plan');
  });
});
