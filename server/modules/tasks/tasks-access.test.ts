import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { todayLocal } from '../../platform/clock.ts';
import { makeTree, makeUser } from '../../test/factories.ts';
import { describeEachDb } from '../../test/harness.ts';

describeEachDb('tasks: who may be assigned, what a task may be about, who sees it', (get) => {
  it('rejects an assignee who cannot read the organisation’s tasks with owner_not_member, and an unknown user with 400', async () => {
    const t = get();
    const { org, sibling } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const employee = await makeUser(t, org, 'employee');
    const siblingOfficer = await makeUser(t, sibling, 'security_officer');
    const create = (assigneeUserId: string) =>
      t.request('POST', `/api/v1/orgs/${org.id}/tasks`, {
        as: officer.session,
        body: { title: 'Gennemgå adgange', assigneeUserId, dueDate: todayLocal() },
      });
    for (const assignee of [employee.id, siblingOfficer.id, randomUUID()]) {
      const response = await create(assignee);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('owner_not_member');
      expect(response.json().error.details.fields).toMatchObject([
        { path: 'assigneeUserId', code: 'owner_not_member' },
      ]);
    }
    const task = (await create(officer.id)).json();
    const reassign = await t.request('PATCH', `/api/v1/orgs/${org.id}/tasks/${task.id}`, {
      as: officer.session,
      body: { version: task.version, assigneeUserId: siblingOfficer.id },
    });
    expect(reassign.statusCode).toBe(400);
    expect(reassign.json().error.code).toBe('owner_not_member');
  });

  it('links a task only to an existing record of the same organisation', async () => {
    const t = get();
    const { org, sibling } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const create = (entityType: string, entityId: string) =>
      t.request('POST', `/api/v1/orgs/${org.id}/tasks`, {
        as: officer.session,
        body: { title: 'Opfølgning', dueDate: todayLocal(), entityType, entityId },
      });
    const unknownType = await create('spaceship', 'x1');
    expect(unknownType.statusCode).toBe(400);
    expect(unknownType.json().error.code).toBe('task_link_target_unknown');
    for (const [type, id] of [
      ['organisation', sibling.id],
      ['asset', randomUUID()],
    ] as const) {
      const response = await create(type, id);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('task_link_target_not_found');
    }
    const ok = await create('organisation', org.id);
    expect(ok.statusCode).toBe(201);
    const moved = await t.request('PATCH', `/api/v1/orgs/${org.id}/tasks/${ok.json().id}`, {
      as: officer.session,
      body: { version: ok.json().version, entityType: 'organisation', entityId: sibling.id },
    });
    expect(moved.statusCode).toBe(400);
  });

  it('answers 404 for a real task id to an employee and a sector admin, as for a random id', async () => {
    const t = get();
    const { root, org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const employee = await makeUser(t, org, 'employee');
    const sectorAdmin = await makeUser(t, root, 'admin');
    const task = (
      await t.request('POST', `/api/v1/orgs/${org.id}/tasks`, {
        as: officer.session,
        body: { title: 'Intern opgave', assigneeRole: 'security_officer', dueDate: todayLocal() },
      })
    ).json();
    for (const user of [employee, sectorAdmin]) {
      for (const id of [task.id, randomUUID()]) {
        const url = `/api/v1/orgs/${org.id}/tasks/${id}`;
        expect((await t.request('GET', url, { as: user.session })).statusCode).toBe(404);
        const patch = await t.request('PATCH', url, {
          as: user.session,
          body: { version: 1, status: 'done' },
        });
        expect(patch.statusCode).toBe(404);
        expect((await t.request('DELETE', url, { as: user.session })).statusCode).toBe(404);
      }
    }
    expect(
      (await t.request('GET', `/api/v1/orgs/${org.id}/tasks`, { as: employee.session })).statusCode,
    ).toBe(403);
  });
});
