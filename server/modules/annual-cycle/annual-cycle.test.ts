import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { addDaysToDate, todayLocal } from '../../platform/clock.ts';
import { makeTree, makeUser } from '../../test/factories.ts';
import { describeEachDb, type TestApp } from '../../test/harness.ts';
import { sendTaskReminders } from '../tasks/index.ts';
import { materialiseAnnualTasks } from './annual-cycle.jobs.ts';

const appContext = (t: TestApp) => ({
  config: t.config,
  db: t.database.db,
  dialect: t.dialect,
  logger: t.app.log as never,
});

type ActivityJson = {
  id: string;
  title: string;
  frequency: string;
  months: number[];
  responsibleRole: string;
  catalogKey: string | null;
  version: number;
  nextDueDate: string | null;
};
type TaskJson = { id: string; status: string; dueDate: string; assigneeRole: string | null; title: string };

/** A yearly activity due exactly `days` from today. */
function dueIn(days: number) {
  const date = addDaysToDate(todayLocal(), days);
  return { months: [Number(date.slice(5, 7))], dayOfMonth: Number(date.slice(8, 10)), date };
}

describeEachDb('annual cycle', (get) => {
  it('pre-fills the årshjul from the seeds on first use, once, and a removed default stays removed', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const list = async () =>
      (
        await t.request('GET', `/api/v1/orgs/${org.id}/annual-activities?limit=100`, { as: officer.session })
      ).json().items as ActivityJson[];
    const first = await list();
    expect(first.map((a) => a.catalogKey).sort()).toEqual(
      [
        'access_review',
        'annual_report',
        'awareness_campaign',
        'awareness_evaluation',
        'contingency_exercise',
        'management_review',
        'policy_revision',
        'risk_assessment',
        'soa_review',
        'supplier_supervision',
        'vulnerability_test',
      ].sort(),
    );
    expect(first.find((a) => a.catalogKey === 'access_review')).toMatchObject({
      frequency: 'quarterly',
      months: [3, 6, 9, 12],
      responsibleRole: 'risk_owner',
    });
    expect(first.find((a) => a.catalogKey === 'vulnerability_test')).toMatchObject({ frequency: 'yearly' });
    expect(first.find((a) => a.catalogKey === 'management_review')?.responsibleRole).toBe('management');
    expect(await list()).toHaveLength(11);

    const removed = first.find((a) => a.catalogKey === 'vulnerability_test') as ActivityJson;
    const deleted = await t.request('DELETE', `/api/v1/orgs/${org.id}/annual-activities/${removed.id}`, {
      as: officer.session,
    });
    expect(deleted.statusCode).toBe(204);
    expect(await list()).toHaveLength(10);
    const seeded = await t.request('GET', `/api/v1/orgs/${org.id}/audit-events?action=annual_cycle.seeded`, {
      as: officer.session,
    });
    expect(seeded.json().items).toHaveLength(1);
  });

  it('shows twelve months of occurrences for the wheel and month view', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const response = await t.request('GET', `/api/v1/orgs/${org.id}/annual-cycle?year=2027`, {
      as: officer.session,
    });
    expect(response.statusCode).toBe(200);
    const cycle = response.json();
    expect(cycle.months).toHaveLength(12);
    const titlesIn = (month: number) =>
      cycle.months[month - 1].occurrences.map((o: { title: string }) => o.title).sort();
    expect(titlesIn(3)).toEqual(['Gennemgang af brugeradgange', 'Årlig risikovurdering']);
    expect(cycle.months[2].occurrences[0]).toMatchObject({ dueDate: '2027-03-31', occurrenceKey: '2027-03' });
    expect(titlesIn(2)).toEqual(['Årsrapport til tilsynsmyndigheden']);
    expect(cycle.months[1].occurrences[0].dueDate).toBe('2027-02-28');
    expect(
      cycle.months.reduce((sum: number, m: { counts: { total: number } }) => sum + m.counts.total, 0),
    ).toBe(14);
  });

  it('creates each occurrence as one task for the responsible role, up to 60 days ahead', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const dpo = await makeUser(t, org, 'dpo');
    const soon = dueIn(2);
    const created = await t.request('POST', `/api/v1/orgs/${org.id}/annual-activities`, {
      as: officer.session,
      body: {
        title: 'Gennemgang af fortegnelsen (art. 30)',
        frequency: 'yearly',
        months: soon.months,
        dayOfMonth: soon.dayOfMonth,
        responsibleRole: 'dpo',
      },
    });
    expect(created.statusCode).toBe(201);
    const activity = created.json() as ActivityJson;
    expect(activity.nextDueDate).toBe(soon.date);
    const later = dueIn(90);
    const laterActivity = (
      await t.request('POST', `/api/v1/orgs/${org.id}/annual-activities`, {
        as: officer.session,
        body: {
          title: 'Opfølgning på DPIA',
          frequency: 'yearly',
          months: later.months,
          dayOfMonth: later.dayOfMonth,
          responsibleRole: 'dpo',
        },
      })
    ).json() as ActivityJson;

    const tasksOf = async (activityId: string) =>
      (
        await t.request(
          'GET',
          `/api/v1/orgs/${org.id}/tasks?source=annual_cycle&entityType=annual_activity&entityId=${activityId}`,
          { as: officer.session },
        )
      ).json().items as TaskJson[];
    const ctx = appContext(t);
    await materialiseAnnualTasks(ctx);
    await materialiseAnnualTasks(ctx);
    expect(await tasksOf(activity.id)).toEqual([
      expect.objectContaining({ status: 'open', dueDate: soon.date, assigneeRole: 'dpo' }),
    ]);
    expect(await tasksOf(laterActivity.id)).toEqual([]);
    await materialiseAnnualTasks(ctx, new Date(Date.now() + 40 * 86_400_000));
    expect((await tasksOf(laterActivity.id)).map((task) => task.dueDate)).toEqual([later.date]);
    const keys = await t.database.db
      .selectFrom('tasks')
      .select('source_key')
      .where('entity_id', '=', activity.id)
      .execute();
    expect(keys).toEqual([{ source_key: `annual:${activity.id}:${soon.date.slice(0, 7)}` }]);

    // Reminders go out through the platform's task reminder job, to the holders of the role.
    await sendTaskReminders(ctx);
    const mails = await t.database.db
      .selectFrom('jobs')
      .select('dedupe_key')
      .where('dedupe_key', 'like', `mail:task_reminder:%:${dpo.id}`)
      .execute();
    expect(mails).toHaveLength(1);
  });

  it('moves the open tasks with the activity, and cancels them when it is removed', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const soon = dueIn(5);
    const activity = (
      await t.request('POST', `/api/v1/orgs/${org.id}/annual-activities`, {
        as: officer.session,
        body: {
          title: 'Test af nødstrøm',
          frequency: 'yearly',
          months: soon.months,
          dayOfMonth: soon.dayOfMonth,
          responsibleRole: 'security_officer',
        },
      })
    ).json() as ActivityJson;
    const tasks = async () =>
      (
        await t.request('GET', `/api/v1/orgs/${org.id}/tasks?source=annual_cycle&entityId=${activity.id}`, {
          as: officer.session,
        })
      ).json().items as TaskJson[];
    const changed = await t.request('PATCH', `/api/v1/orgs/${org.id}/annual-activities/${activity.id}`, {
      as: officer.session,
      body: { version: activity.version, responsibleRole: 'risk_owner', title: 'Test af nødstrøm og UPS' },
    });
    expect(changed.statusCode).toBe(200);
    expect(await tasks()).toEqual([
      expect.objectContaining({
        status: 'open',
        assigneeRole: 'risk_owner',
        title: expect.stringContaining('Test af nødstrøm og UPS'),
      }),
    ]);
    const stale = await t.request('PATCH', `/api/v1/orgs/${org.id}/annual-activities/${activity.id}`, {
      as: officer.session,
      body: { version: activity.version, title: 'For sent' },
    });
    expect(stale.statusCode).toBe(409);
    await t.request('DELETE', `/api/v1/orgs/${org.id}/annual-activities/${activity.id}`, {
      as: officer.session,
    });
    expect((await tasks()).map((task) => task.status)).toEqual(['cancelled']);
  });

  it('checks months against the frequency and who may read and change the årshjul', async () => {
    const t = get();
    const { group, org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const contributor = await makeUser(t, org, 'contributor');
    const employee = await makeUser(t, org, 'employee');
    const supervisor = await makeUser(t, group, 'supervisor');
    const add = (body: Record<string, unknown>, as = officer) =>
      t.request('POST', `/api/v1/orgs/${org.id}/annual-activities`, {
        as: as.session,
        body: { title: 'Aktivitet', responsibleRole: 'security_officer', ...body },
      });
    const twoMonths = await add({ frequency: 'yearly', months: [3, 9] });
    expect(twoMonths.statusCode).toBe(400);
    expect(twoMonths.json().error.code).toBe('annual_months_invalid');
    expect((await add({ frequency: 'quarterly', months: [2] })).json().months).toEqual([2, 5, 8, 11]);
    expect((await add({ frequency: 'half_yearly', months: [10] })).json().months).toEqual([4, 10]);
    expect((await add({ frequency: 'quarterly', months: [1, 2, 3, 4] })).statusCode).toBe(400);
    expect((await add({ frequency: 'monthly' })).json().months).toHaveLength(12);
    expect((await add({ frequency: 'yearly', months: [13] })).statusCode).toBe(400);
    expect((await add({ frequency: 'yearly', months: [5] }, contributor)).statusCode).toBe(403);
    expect(
      (await t.request('GET', `/api/v1/orgs/${org.id}/annual-cycle`, { as: employee.session })).statusCode,
    ).toBe(403);
    expect(
      (await t.request('GET', `/api/v1/orgs/${org.id}/annual-cycle`, { as: supervisor.session })).statusCode,
    ).toBe(200);
  });

  it('presents what each role may do with an activity, and 404 for a real id to one who may not read the årshjul', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const auditor = await makeUser(t, org, 'auditor');
    const employee = await makeUser(t, org, 'employee');
    const activity = (
      await t.request('POST', `/api/v1/orgs/${org.id}/annual-activities`, {
        as: officer.session,
        body: {
          title: 'Beredskabsøvelse',
          frequency: 'yearly',
          months: [5],
          responsibleRole: 'security_officer',
        },
      })
    ).json();
    expect(activity.can).toEqual({ update: true, delete: true });
    const url = `/api/v1/orgs/${org.id}/annual-activities/${activity.id}`;
    const asAuditor = await t.request('GET', url, { as: auditor.session });
    expect(asAuditor.json().can).toEqual({ update: false, delete: false });
    const listed = await t.request('GET', `/api/v1/orgs/${org.id}/annual-activities?limit=100`, {
      as: auditor.session,
    });
    expect(listed.json().items.every((a: { can: { update: boolean } }) => !a.can.update)).toBe(true);
    expect((await t.request('DELETE', url, { as: auditor.session })).statusCode).toBe(403);
    for (const id of [activity.id, randomUUID()]) {
      const path = `/api/v1/orgs/${org.id}/annual-activities/${id}`;
      expect((await t.request('GET', path, { as: employee.session })).statusCode).toBe(404);
      expect((await t.request('DELETE', path, { as: employee.session })).statusCode).toBe(404);
    }
  });

  it('lets a task be about an activity of the organisation', async () => {
    const t = get();
    const { org, sibling } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const siblingOfficer = await makeUser(t, sibling, 'security_officer');
    const activity = (
      await t.request('POST', `/api/v1/orgs/${org.id}/annual-activities`, {
        as: officer.session,
        body: {
          title: 'Leverandørtilsyn',
          frequency: 'yearly',
          months: [9],
          responsibleRole: 'security_officer',
        },
      })
    ).json();
    const task = (orgId: string, as: typeof officer) =>
      t.request('POST', `/api/v1/orgs/${orgId}/tasks`, {
        as: as.session,
        body: {
          title: 'Forbered tilsyn',
          dueDate: todayLocal(),
          entityType: 'annual_activity',
          entityId: activity.id,
        },
      });
    expect((await task(org.id, officer)).statusCode).toBe(201);
    expect((await task(sibling.id, siblingOfficer)).statusCode).toBe(400);
  });
});
