import { expect, it } from 'vitest';
import { addDaysToDate, todayLocal } from '../../platform/clock.ts';
import { JobRunner } from '../../platform/jobs/runner.ts';
import { makeTree, makeUser } from '../../test/factories.ts';
import { describeEachDb, type TestApp } from '../../test/harness.ts';
import { sendTaskReminders } from './tasks.jobs.ts';

const today = () => todayLocal();

function appContext(t: TestApp) {
  return { config: t.config, db: t.database.db, dialect: t.dialect, logger: t.app.log as never };
}

describeEachDb('tasks', (get) => {
  it('creates a task linked to a record, lists it with filters, and audits every change', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const owner = await makeUser(t, org, 'risk_owner');
    const created = await t.request('POST', `/api/v1/orgs/${org.id}/tasks`, {
      as: officer.session,
      body: {
        title: 'Gennemgå adgange til patientjournal',
        assigneeUserId: owner.id,
        dueDate: addDaysToDate(today(), 10),
        priority: 'high',
        entityType: 'organisation',
        entityId: org.id,
      },
    });
    expect(created.statusCode).toBe(201);
    const task = created.json();
    expect(task).toMatchObject({
      status: 'open',
      assigneeName: owner.name,
      overdue: false,
      source: 'manual',
      can: { update: true, delete: true, complete: true },
    });
    const byEntity = await t.request(
      'GET',
      `/api/v1/orgs/${org.id}/tasks?entityType=organisation&entityId=${org.id}`,
      {
        as: officer.session,
      },
    );
    expect(byEntity.json().items.map((x: { id: string }) => x.id)).toEqual([task.id]);
    const done = await t.request('PATCH', `/api/v1/orgs/${org.id}/tasks/${task.id}`, {
      as: owner.session,
      body: { version: task.version, status: 'done' },
    });
    expect(done.statusCode).toBe(200);
    expect(done.json().completedAt).not.toBeNull();
    const log = await t.request('GET', `/api/v1/orgs/${org.id}/audit-events?entityType=task`, {
      as: officer.session,
    });
    expect(log.json().items.map((e: { action: string }) => e.action)).toEqual([
      'task.updated',
      'task.created',
    ]);
  });

  it('marks a task overdue from the day after its due date, not on the due date itself', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const make = async (dueDate: string) =>
      (
        await t.request('POST', `/api/v1/orgs/${org.id}/tasks`, {
          as: officer.session,
          body: { title: `Frist ${dueDate}`, assigneeRole: 'security_officer', dueDate },
        })
      ).json();
    const dueToday = await make(today());
    const dueYesterday = await make(addDaysToDate(today(), -1));
    expect(dueToday.overdue).toBe(false);
    expect(dueYesterday.overdue).toBe(true);
    const overdue = await t.request('GET', `/api/v1/orgs/${org.id}/tasks?overdue=true`, {
      as: officer.session,
    });
    expect(overdue.json().items.map((x: { id: string }) => x.id)).toEqual([dueYesterday.id]);
  });

  it('shows my tasks: mine by name and those assigned to a role I hold there, not others', async () => {
    const t = get();
    const { org, sibling } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const siblingOfficer = await makeUser(t, sibling, 'security_officer');
    const dpo = await makeUser(t, org, 'dpo');
    const add = (as: typeof officer, orgId: string, body: Record<string, unknown>) =>
      t.request('POST', `/api/v1/orgs/${orgId}/tasks`, {
        as: as.session,
        body: { dueDate: today(), ...body },
      });
    await add(officer, org.id, { title: 'Til rollen', assigneeRole: 'dpo' });
    await add(officer, org.id, { title: 'Til personen', assigneeUserId: dpo.id });
    await add(officer, org.id, { title: 'Til en anden rolle', assigneeRole: 'risk_owner' });
    await add(siblingOfficer, sibling.id, { title: 'Søsterens DPO-opgave', assigneeRole: 'dpo' });
    const mine = await t.request('GET', '/api/v1/me/tasks', { as: dpo.session });
    expect(
      mine
        .json()
        .items.map((x: { title: string }) => x.title)
        .sort(),
    ).toEqual(['Til personen', 'Til rollen']);
  });

  it('includes tasks for a role held through a parent organisation with subtree, not without it', async () => {
    const t = get();
    const { group, org } = await makeTree(t);
    const hospitalOfficer = await makeUser(t, org, 'security_officer');
    const regionOfficer = await makeUser(t, group, 'security_officer');
    const regionOnly = await makeUser(t, group, 'security_officer', { includeSubtree: false });
    await t.request('POST', `/api/v1/orgs/${org.id}/tasks`, {
      as: hospitalOfficer.session,
      body: {
        title: 'Opgave til hospitalets sikkerhedsfolk',
        assigneeRole: 'security_officer',
        dueDate: today(),
      },
    });
    const titles = async (user: typeof regionOfficer) =>
      (await t.request('GET', '/api/v1/me/tasks', { as: user.session }))
        .json()
        .items.map((x: { title: string }) => x.title);
    expect(await titles(regionOfficer)).toContain('Opgave til hospitalets sikkerhedsfolk');
    expect(await titles(regionOnly)).not.toContain('Opgave til hospitalets sikkerhedsfolk');
  });

  it('lets an assignee move their own task along but not rewrite it; can says so', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const auditor = await makeUser(t, org, 'auditor');
    const otherAuditor = await makeUser(t, org, 'auditor');
    const task = (
      await t.request('POST', `/api/v1/orgs/${org.id}/tasks`, {
        as: officer.session,
        body: { title: 'Gennemgå logning', assigneeUserId: auditor.id, dueDate: today() },
      })
    ).json();
    const seenBy = async (user: typeof officer) =>
      (await t.request('GET', `/api/v1/orgs/${org.id}/tasks/${task.id}`, { as: user.session })).json().can;
    expect(await seenBy(auditor)).toEqual({ update: false, delete: false, complete: true });
    expect(await seenBy(otherAuditor)).toEqual({ update: false, delete: false, complete: false });
    const listed = await t.request('GET', `/api/v1/orgs/${org.id}/tasks`, { as: otherAuditor.session });
    expect(listed.json().items[0].can).toEqual({ update: false, delete: false, complete: false });
    const retitle = await t.request('PATCH', `/api/v1/orgs/${org.id}/tasks/${task.id}`, {
      as: auditor.session,
      body: { version: task.version, title: 'Noget andet' },
    });
    expect(retitle.statusCode).toBe(403);
    const notTheirs = await t.request('PATCH', `/api/v1/orgs/${org.id}/tasks/${task.id}`, {
      as: otherAuditor.session,
      body: { version: task.version, status: 'done' },
    });
    expect(notTheirs.statusCode).toBe(403);
    const progress = await t.request('PATCH', `/api/v1/orgs/${org.id}/tasks/${task.id}`, {
      as: auditor.session,
      body: { version: task.version, status: 'in_progress' },
    });
    expect(progress.json().status).toBe('in_progress');
    const stale = await t.request('PATCH', `/api/v1/orgs/${org.id}/tasks/${task.id}`, {
      as: officer.session,
      body: { version: task.version, status: 'done' },
    });
    expect(stale.statusCode).toBe(409);
  });

  it('queues each reminder once per recipient, in their language, before the due date and when overdue', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const dpoDa = await makeUser(t, org, 'dpo');
    const dpoEn = await makeUser(t, org, 'dpo');
    await t.request('PATCH', '/api/v1/me', { as: dpoEn.session, body: { locale: 'en' } });
    await t.request('POST', `/api/v1/orgs/${org.id}/tasks`, {
      as: officer.session,
      body: {
        title: 'Vurdér brud på persondatasikkerheden',
        assigneeRole: 'dpo',
        dueDate: addDaysToDate(today(), 2),
      },
    });
    await t.request('POST', `/api/v1/orgs/${org.id}/tasks`, {
      as: officer.session,
      body: { title: 'Overskredet tilsyn', assigneeUserId: dpoDa.id, dueDate: addDaysToDate(today(), -3) },
    });
    await t.request('POST', `/api/v1/orgs/${org.id}/tasks`, {
      as: officer.session,
      body: { title: 'Langt ude i fremtiden', assigneeUserId: dpoDa.id, dueDate: addDaysToDate(today(), 30) },
    });
    const ctx = appContext(t);
    const first = await sendTaskReminders(ctx);
    const again = await sendTaskReminders(ctx);
    // Other tests' tasks share this database, so count this organisation's mails in the outbox.
    expect(first.queued).toBeGreaterThanOrEqual(3);
    expect(again.queued).toBe(0);
    await new JobRunner(ctx, { schedules: [] }).runDue();
    const outbox = await t.database.db
      .selectFrom('mail_outbox')
      .select(['recipient', 'locale', 'subject', 'template'])
      .where('org_id', '=', org.id)
      .execute();
    const byRecipient = (email: string) =>
      outbox
        .filter((m) => m.recipient === email)
        .map((m) => m.subject)
        .sort();
    expect(byRecipient(dpoEn.email)).toEqual([expect.stringMatching(/^Reminder: Vurdér brud/)]);
    expect(byRecipient(dpoDa.email)).toEqual([
      expect.stringMatching(/^Overskredet frist: Overskredet tilsyn/),
      expect.stringMatching(/^Påmindelse: Vurdér brud/),
    ]);
  });
});
