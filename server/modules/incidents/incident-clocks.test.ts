import { expect, it } from 'vitest';
import { makeTree, makeUser } from '../../test/factories.ts';
import { describeEachDb, type TestApp } from '../../test/harness.ts';
import {
  clock,
  getIncident,
  reportIncident,
  setAwareness,
  triagedBreach,
  withVersion,
} from '../../test/incidents-factories.ts';

const PUBLIC_URL = 'https://skjold.region.test';

/** An incident reported without personal data and triaged by the security officer with `triage`. */
async function triagedWithoutPersonalData(t: TestApp, triage: Record<string, unknown>) {
  const { org } = await makeTree(t);
  const employee = await makeUser(t, org, 'employee');
  const officer = await makeUser(t, org, 'security_officer');
  const { id } = await reportIncident(t, employee, org, { personalData: 'no' });
  await withVersion(t, officer, org.id, id, 'PATCH', '', triage);
  return { org, officer, id };
}

describeEachDb(
  'incidents: legal clocks and the awareness time',
  (get) => {
    it('counts 72 elapsed hours from awareness at 28 March 2026 10:00 across the DST jump: due 31 March 11:00+02:00', async () => {
      const t = get();
      const { org, officer, id } = await triagedBreach(t);
      const incident = await setAwareness(
        t,
        officer,
        org.id,
        id,
        '2026-03-28T10:00:00+01:00',
        'Afdelingen ringede til koordinatoren lørdag kl. 10',
      );
      expect(incident.awareAt).toBe('2026-03-28T09:00:00.000Z');
      expect(incident.awareLocal).toBe('2026-03-28T10:00:00+01:00');
      const gdpr = clock(incident, 'gdpr_authority');
      expect(gdpr.dueLocal).toBe('2026-03-31T11:00:00+02:00');
      expect(gdpr.dueAt).toBe('2026-03-31T09:00:00.000Z');
      expect(Date.parse(gdpr.dueAt as string) - Date.parse(incident.awareAt)).toBe(72 * 3_600_000);
    });

    it('has no NIS2 final report before the notification is sent; then one calendar month after it, end of month clamped', async () => {
      const t = get();
      const { org, officer, id } = await triagedWithoutPersonalData(t, {
        category: 'ransomware',
        severity: 'critical',
        nis2Significant: true,
        affectsAvailability: true,
      });
      const aware = await setAwareness(
        t,
        officer,
        org.id,
        id,
        '2026-01-30T09:00:00+01:00',
        'Driftscentret opdagede kryptering',
      );
      expect(aware.deadlines.map((d) => d.kind)).not.toContain('nis2_final_report');
      expect(clock(aware, 'nis2_notification').dueLocal).toBe('2026-02-02T09:00:00+01:00');
      expect(clock(aware, 'nis2_early_warning').dueLocal).toBe('2026-01-31T09:00:00+01:00');

      const notified = await t.request('POST', `/api/v1/orgs/${org.id}/incidents/${id}/notifications`, {
        as: officer.session,
        body: {
          recipient: 'nis2_authority',
          stage: 'notification',
          sentAt: '2026-01-31T14:00:00+01:00',
          reference: 'VIRK-2026-77',
        },
      });
      expect(notified.statusCode).toBe(201);
      expect(notified.json()).toMatchObject({
        late: false,
        deadline: 'nis2_notification',
        sentLocal: '2026-01-31T14:00:00+01:00',
      });
      // Handling ended before the final report date: a final report is due, no progress report.
      const resolved = await withVersion(t, officer, org.id, id, 'POST', '/status', {
        status: 'resolved',
        resolvedAt: '2026-02-10T12:00:00+01:00',
      });
      expect(clock(resolved, 'nis2_final_report').dueLocal).toBe('2026-02-28T14:00:00+01:00');
      expect(resolved.deadlines.map((d) => d.kind)).not.toContain('nis2_progress_report');
      expect(clock(resolved, 'nis2_notification')).toMatchObject({
        status: 'met',
        completedAt: '2026-01-31T13:00:00.000Z',
      });
      // The notification came after 24 h: the early warning clock shows it was late.
      expect(clock(resolved, 'nis2_early_warning').status).toBe('late');
    });

    it('asks for a progress report when the incident is still ongoing at the final report date', async () => {
      const t = get();
      const { org, officer, id } = await triagedWithoutPersonalData(t, {
        category: 'outage',
        severity: 'high',
        nis2Significant: true,
      });
      await setAwareness(t, officer, org.id, id, '2026-03-28T10:00:00+01:00', 'Nedbrud konstateret');
      await t.request('POST', `/api/v1/orgs/${org.id}/incidents/${id}/notifications`, {
        as: officer.session,
        body: { recipient: 'nis2_authority', stage: 'early_warning', sentAt: '2026-03-28T18:00:00+01:00' },
      });
      await t.request('POST', `/api/v1/orgs/${org.id}/incidents/${id}/notifications`, {
        as: officer.session,
        body: { recipient: 'nis2_authority', stage: 'notification', sentAt: '2026-03-30T16:45:00+02:00' },
      });
      const ongoing = await getIncident(t, officer, org.id, id);
      expect(clock(ongoing, 'nis2_progress_report')).toMatchObject({ dueLocal: '2026-04-30T16:45:00+02:00' });
      expect(clock(ongoing, 'nis2_final_report')).toMatchObject({ dueAt: null, status: 'open' });
      const handled = await withVersion(t, officer, org.id, id, 'POST', '/status', {
        status: 'resolved',
        resolvedAt: '2026-05-10T08:00:00+02:00',
      });
      expect(clock(handled, 'nis2_final_report').dueLocal).toBe('2026-06-10T08:00:00+02:00');
    });

    it('moves every clock when the awareness time is edited, records who and why, and audits it', async () => {
      const t = get();
      const { org } = await makeTree(t);
      const employee = await makeUser(t, org, 'employee');
      const officer = await makeUser(t, org, 'security_officer', { name: 'Koordinator Karl' });
      const dpo = await makeUser(t, org, 'dpo');
      const { id } = await reportIncident(t, employee, org);
      await withVersion(t, officer, org.id, id, 'PATCH', '', { nis2Significant: true, category: 'phishing' });
      const first = await setAwareness(
        t,
        officer,
        org.id,
        id,
        '2026-03-28T10:00:00+01:00',
        'Første vurdering',
      );
      const current = await getIncident(t, officer, org.id, id);
      const noReason = await t.request('PUT', `/api/v1/orgs/${org.id}/incidents/${id}/awareness`, {
        as: officer.session,
        body: { version: current.version, awareAt: '2026-03-27T22:15:00+01:00', reason: '  ' },
      });
      expect(noReason.statusCode).toBe(400);
      const moved = await setAwareness(
        t,
        dpo,
        org.id,
        id,
        '2026-03-27T22:15:00+01:00',
        'Logs viser, at vagten så alarmen fredag aften',
      );
      const shift = Date.parse('2026-03-28T09:00:00Z') - Date.parse('2026-03-27T21:15:00Z');
      for (const kind of ['gdpr_authority', 'nis2_early_warning', 'nis2_notification']) {
        const before = clock(first, kind).dueAt as string;
        const after = clock(moved, kind).dueAt as string;
        expect({ kind, shift: Date.parse(before) - Date.parse(after) }).toEqual({ kind, shift });
      }
      expect(clock(moved, 'gdpr_authority').dueLocal).toBe('2026-03-30T23:15:00+02:00');
      expect(moved).toMatchObject({
        awareSetByName: dpo.name,
        awareReason: 'Logs viser, at vagten så alarmen fredag aften',
      });
      const audit = await t.request(
        'GET',
        `/api/v1/orgs/${org.id}/audit-events?action=incident.awareness_changed`,
        { as: officer.session },
      );
      const events = audit.json().items as {
        actorName: string;
        before: { awareAt: string };
        after: { awareAt: string; awareReason: string };
      }[];
      expect(events.map((e) => [e.actorName, e.before.awareAt, e.after.awareAt])).toEqual([
        [dpo.name, '2026-03-28T09:00:00.000Z', '2026-03-27T21:15:00.000Z'],
        ['Koordinator Karl', events[1]?.before.awareAt, '2026-03-28T09:00:00.000Z'],
      ]);
      expect(events[0]?.after.awareReason).toBe('Logs viser, at vagten så alarmen fredag aften');
      const timeline = await t.request('GET', `/api/v1/orgs/${org.id}/incidents/${id}/timeline?sort=-at`, {
        as: officer.session,
      });
      expect(timeline.json().items[0]).toMatchObject({ kind: 'awareness', actorName: dpo.name });
      expect(timeline.json().items[0].text).toContain('2026-03-27T22:15:00+01:00');
      // The deadline tasks follow the clock to its new date.
      const tasks = await t.request(
        'GET',
        `/api/v1/orgs/${org.id}/tasks?entityType=incident&entityId=${id}&source=incident.deadline`,
        { as: officer.session },
      );
      const gdprTasks = (
        tasks.json().items as { title: string; dueDate: string; assigneeRole: string }[]
      ).filter((x) => x.title.startsWith('Anmeldelse til Datatilsynet'));
      expect(gdprTasks.map((x) => [x.assigneeRole, x.dueDate]).sort()).toEqual([
        ['dpo', '2026-03-30'],
        ['security_officer', '2026-03-30'],
      ]);
    });

    it('refuses an awareness time in the future and lets neither the auditor nor the employee move it', async () => {
      const t = get();
      const { org } = await makeTree(t);
      const employee = await makeUser(t, org, 'employee');
      const auditor = await makeUser(t, org, 'auditor');
      const officer = await makeUser(t, org, 'security_officer');
      const { id } = await reportIncident(t, employee, org);
      const current = await getIncident(t, officer, org.id, id);
      const future = await t.request('PUT', `/api/v1/orgs/${org.id}/incidents/${id}/awareness`, {
        as: officer.session,
        body: { version: current.version, awareAt: '2099-01-01T00:00:00Z', reason: 'Test' },
      });
      expect(future.json().error.details.fields[0]).toMatchObject({
        path: 'awareAt',
        code: 'time_in_future',
      });
      for (const [user, status] of [
        [auditor, 403],
        [employee, 403],
      ] as const) {
        const response = await t.request('PUT', `/api/v1/orgs/${org.id}/incidents/${id}/awareness`, {
          as: user.session,
          body: { version: current.version, awareAt: '2026-03-01T00:00:00Z', reason: 'Forsøg' },
        });
        expect(response.statusCode).toBe(status);
      }
    });
  },
  { SKJOLD_PUBLIC_URL: PUBLIC_URL },
);
