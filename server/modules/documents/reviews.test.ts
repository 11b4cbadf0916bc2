import { expect, it } from 'vitest';
import { addDaysToDate, addMonthsToDate, todayLocal } from '../../platform/clock.ts';
import { approveAndPublish, type DocumentJson, makeDocument } from '../../test/documents-factories.ts';
import { makeTree, makeUser } from '../../test/factories.ts';
import { describeEachDb, type TestApp } from '../../test/harness.ts';
import { materialiseReviewTasks } from './documents.jobs.ts';

const appContext = (t: TestApp) => ({
  config: t.config,
  db: t.database.db,
  dialect: t.dialect,
  logger: t.app.log as never,
});

describeEachDb('document reviews', (get) => {
  it('rolls the next review 12 months on from the approval, 29 February to 28 February', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const management = await makeUser(t, org, 'management');
    const document = await makeDocument(t, org, officer, { kind: 'policy', title: 'Skudårspolitik' });
    const { document: published } = await approveAndPublish(
      t,
      org,
      document,
      { author: officer, approver: management },
      { approvedOn: '2024-02-29' },
    );
    expect(published).toMatchObject({ lastReviewedOn: '2024-02-29', nextReviewOn: '2025-02-28' });

    const review = await t.request('POST', `/api/v1/orgs/${org.id}/documents/${document.id}/reviews`, {
      as: officer.session,
      body: { reviewedOn: '2025-02-28', outcome: 'no_change' },
    });
    expect(review.json().document).toMatchObject({
      lastReviewedOn: '2025-02-28',
      nextReviewOn: '2026-02-28',
    });

    const interval = await t.request('PATCH', `/api/v1/orgs/${org.id}/documents/${document.id}`, {
      as: officer.session,
      body: { version: review.json().document.version, reviewIntervalMonths: 24 },
    });
    expect(interval.json().nextReviewOn).toBe('2027-02-28');
  });

  it('turns an overdue review into exactly one task, however often the job runs, and closes it with the review', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const management = await makeUser(t, org, 'management');
    const owner = await makeUser(t, org, 'risk_owner');
    const document = await makeDocument(t, org, officer, {
      title: 'Procedure for backup',
      ownerUserId: owner.id,
    });
    const approvedOn = addMonthsToDate(todayLocal(), -13);
    const { document: published } = await approveAndPublish(
      t,
      org,
      document,
      { author: officer, approver: management },
      { approvedOn },
    );
    const due = addMonthsToDate(approvedOn, 12);
    expect(published.review).toMatchObject({ status: 'overdue' });
    expect(published.review.daysUntilDue).toBeLessThan(0);

    const ctx = appContext(t);
    await materialiseReviewTasks(ctx);
    await materialiseReviewTasks(ctx);
    const tasks = async () =>
      (
        await t.request(
          'GET',
          `/api/v1/orgs/${org.id}/tasks?source=document_review&entityId=${document.id}`,
          {
            as: officer.session,
          },
        )
      ).json().items as { status: string; dueDate: string; assigneeUserId: string; overdue: boolean }[];
    expect(await tasks()).toEqual([
      expect.objectContaining({ status: 'open', dueDate: due, assigneeUserId: owner.id, overdue: true }),
    ]);
    const overdueList = await t.request('GET', `/api/v1/orgs/${org.id}/documents?reviewStatus=overdue`, {
      as: officer.session,
    });
    expect(overdueList.json().items.map((d: DocumentJson) => d.id)).toEqual([document.id]);

    const review = await t.request('POST', `/api/v1/orgs/${org.id}/documents/${document.id}/reviews`, {
      as: officer.session,
      body: { outcome: 'no_change', note: 'Gennemgået, ingen ændringer' },
    });
    expect(review.statusCode).toBe(201);
    expect(review.json().document.nextReviewOn).toBe(addMonthsToDate(todayLocal(), 12));
    await materialiseReviewTasks(ctx);
    expect((await tasks()).map((task) => task.status)).toEqual(['done']);
  });

  it('creates the review task 30 days ahead, not earlier', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const other = await makeUser(t, org, 'security_officer');
    const soon = await makeDocument(t, org, officer, { title: 'Snart til revision' });
    const later = await makeDocument(t, org, officer, { title: 'Senere til revision' });
    const today = todayLocal();
    await approveAndPublish(
      t,
      org,
      soon,
      { author: officer, approver: other },
      {
        approvedOn: addDaysToDate(addMonthsToDate(today, -12), 20),
      },
    );
    await approveAndPublish(
      t,
      org,
      later,
      { author: officer, approver: other },
      {
        approvedOn: addDaysToDate(addMonthsToDate(today, -12), 40),
      },
    );
    await materialiseReviewTasks(appContext(t));
    const tasks = await t.request('GET', `/api/v1/orgs/${org.id}/tasks?source=document_review`, {
      as: officer.session,
    });
    expect(
      tasks.json().items.map((task: { entityId: string; assigneeRole: string }) => task.entityId),
    ).toEqual([soon.id]);
    expect(tasks.json().items[0].assigneeRole).toBe('security_officer');
  });

  it('records a review that needs changes without moving the date, and opens a draft for them', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const other = await makeUser(t, org, 'security_officer');
    const document = await makeDocument(t, org, officer);
    const { document: published } = await approveAndPublish(t, org, document, {
      author: officer,
      approver: other,
    });
    const review = await t.request('POST', `/api/v1/orgs/${org.id}/documents/${document.id}/reviews`, {
      as: other.session,
      body: { outcome: 'changes_needed', note: 'NIS2 skal nævnes' },
    });
    expect(review.statusCode).toBe(201);
    expect(review.json().document).toMatchObject({
      nextReviewOn: published.nextReviewOn,
      workingVersion: { number: 2, status: 'draft' },
    });
    const future = await t.request('POST', `/api/v1/orgs/${org.id}/documents/${document.id}/reviews`, {
      as: other.session,
      body: { outcome: 'no_change', reviewedOn: addDaysToDate(todayLocal(), 1) },
    });
    expect(future.statusCode).toBe(400);
    const employee = await makeUser(t, org, 'employee');
    const byEmployee = await t.request('POST', `/api/v1/orgs/${org.id}/documents/${document.id}/reviews`, {
      as: employee.session,
      body: { outcome: 'no_change' },
    });
    expect(byEmployee.statusCode).toBe(403);
  });
});
