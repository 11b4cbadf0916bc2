import ical from 'node-ical';
import { expect, it } from 'vitest';
import { addDaysToDate, todayLocal } from '../../platform/clock.ts';
import { makeTree, makeUser } from '../../test/factories.ts';
import { describeEachDb } from '../../test/harness.ts';

type ParsedEvent = {
  type: string;
  uid: string;
  summary: string;
  description?: string;
  url?: string | { val: string };
  start: Date & { dateOnly?: boolean };
};

const eventsOf = (text: string): ParsedEvent[] =>
  Object.values(ical.sync.parseICS(text)).filter(
    (component) => component?.type === 'VEVENT',
  ) as unknown as ParsedEvent[];

/** node-ical keeps the VALUE=URI parameter: the URL comes as { params, val }. */
const urlOf = (event: ParsedEvent) => (typeof event.url === 'object' ? event.url.val : event.url);

/** The calendar date a parsed all-day DTSTART stands for. */
const dateOf = (start: Date) =>
  `${start.getFullYear()}-${String(start.getMonth() + 1).padStart(2, '0')}-${String(start.getDate()).padStart(2, '0')}`;

describeEachDb('calendar feed', (get) => {
  it('serves my tasks and my organisation’s årshjul as iCal that parses back, and 404 once revoked', async () => {
    const t = get();
    const { org, sibling } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const dpo = await makeUser(t, org, 'dpo', { name: 'Dorte Persondata' });
    const siblingOfficer = await makeUser(t, sibling, 'security_officer');
    const due = addDaysToDate(todayLocal(), 12);
    const forMe = await t.request('POST', `/api/v1/orgs/${org.id}/tasks`, {
      as: officer.session,
      body: { title: 'Vurdér databehandleraftale', assigneeUserId: dpo.id, dueDate: due },
    });
    const forMyRole = await t.request('POST', `/api/v1/orgs/${org.id}/tasks`, {
      as: officer.session,
      body: { title: 'Opdatér fortegnelsen', assigneeRole: 'dpo', dueDate: due },
    });
    await t.request('POST', `/api/v1/orgs/${org.id}/tasks`, {
      as: officer.session,
      body: { title: 'Ikke min opgave', assigneeRole: 'risk_owner', dueDate: due },
    });
    await t.request('POST', `/api/v1/orgs/${sibling.id}/tasks`, {
      as: siblingOfficer.session,
      body: { title: 'Søsterens DPO-opgave', assigneeRole: 'dpo', dueDate: due },
    });

    const created = await t.request('POST', '/api/v1/me/ical', { as: dpo.session });
    expect(created.statusCode).toBe(201);
    const url = new URL(created.json().url as string);
    expect(url.pathname).toMatch(/^\/api\/v1\/public\/ical\/[A-Za-z0-9_-]+\.ics$/);
    const status = await t.request('GET', '/api/v1/me/ical', { as: dpo.session });
    expect(status.json()).toMatchObject({
      active: true,
      prefix: url.pathname.split('/').at(-1)?.slice(0, 6),
    });

    const feed = await t.request('GET', url.pathname);
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    expect(feed.body).toMatch(/DTSTART;VALUE=DATE:\d{8}/);
    const events = eventsOf(feed.body);
    const taskEvents = events.filter((e) => e.uid.startsWith('task-'));
    expect(taskEvents.map((e) => e.summary).sort()).toEqual([
      'Opgave: Opdatér fortegnelsen',
      'Opgave: Vurdér databehandleraftale',
    ]);
    const mine = taskEvents.find((e) => e.uid === `task-${forMe.json().id}@skjold`) as ParsedEvent;
    expect(dateOf(mine.start)).toBe(due);
    expect(mine.start.dateOnly).toBe(true);
    expect(urlOf(mine)).toContain(`/o/${org.id}/tasks/${forMe.json().id}`);
    expect(taskEvents.some((e) => e.uid === `task-${forMyRole.json().id}@skjold`)).toBe(true);

    // The årshjul (pre-filled on first use) appears as all-day entries of its occurrences.
    await t.request('GET', `/api/v1/orgs/${org.id}/annual-cycle`, { as: officer.session });
    const withCycle = eventsOf((await t.request('GET', url.pathname)).body);
    const annual = withCycle.filter((e) => e.uid.startsWith('annual-'));
    expect(annual.length).toBeGreaterThanOrEqual(11);
    expect(annual.some((e) => e.summary === 'Årshjul: Årlig risikovurdering')).toBe(true);
    expect(annual.every((e) => e.description?.includes('Ansvarlig:'))).toBe(true);

    const regenerated = await t.request('POST', '/api/v1/me/ical', { as: dpo.session });
    expect((await t.request('GET', url.pathname)).statusCode).toBe(404);
    const newPath = new URL(regenerated.json().url as string).pathname;
    expect((await t.request('GET', newPath)).statusCode).toBe(200);
    const revoked = await t.request('DELETE', '/api/v1/me/ical', { as: dpo.session });
    expect(revoked.statusCode).toBe(204);
    expect((await t.request('GET', newPath)).statusCode).toBe(404);
    expect((await t.request('GET', '/api/v1/me/ical', { as: dpo.session })).json().active).toBe(false);
    expect((await t.request('DELETE', '/api/v1/me/ical', { as: dpo.session })).statusCode).toBe(404);
    expect((await t.request('GET', '/api/v1/public/ical/short.ics')).statusCode).toBe(400);
  });
});
