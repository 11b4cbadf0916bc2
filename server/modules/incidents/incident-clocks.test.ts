import { afterAll, beforeAll, expect, it } from 'vitest';
import { JobRunner } from '../../platform/jobs/runner.ts';
import { makeTree, makeUser, type TestUser } from '../../test/factories.ts';
import { describeEachDb, type TestApp } from '../../test/harness.ts';
import {
  getIncident,
  type IncidentDetail,
  reportIncident,
  triageAsBreach,
  withVersion,
} from '../../test/incidents-factories.ts';
import { decodedMail, TestSmtpServer } from '../../test/smtp-fixture.ts';
import { sendDeadlineAlerts } from './incidents.jobs.ts';

const PUBLIC_URL = 'https://skjold.region.test';

const smtp = new TestSmtpServer();
beforeAll(async () => {
  await smtp.start();
});
afterAll(async () => {
  await smtp.close();
});

const clock = (incident: IncidentDetail, kind: string) => {
  const found = incident.deadlines.find((d) => d.kind === kind);
  if (!found) throw new Error(`no ${kind} clock`);
  return found;
};

function appContext(t: TestApp) {
  return { config: t.config, db: t.database.db, dialect: t.dialect, logger: t.app.log as never };
}

async function setAwareness(
  t: TestApp,
  as: TestUser,
  orgId: string,
  id: string,
  awareAt: string,
  reason: string,
) {
  return withVersion(t, as, orgId, id, 'PUT', '/awareness', { awareAt, reason });
}

describeEachDb(
  'incidents: legal clocks, notifications and escalation',
  (get) => {
    it('counts 72 elapsed hours from awareness at 28 March 2026 10:00 across the DST jump: due 31 March 11:00+02:00', async () => {
      const t = get();
      const { org } = await makeTree(t);
      const employee = await makeUser(t, org, 'employee');
      const officer = await makeUser(t, org, 'security_officer');
      const { id } = await reportIncident(t, employee, org);
      await triageAsBreach(t, officer, org.id, id);
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
      const { org } = await makeTree(t);
      const employee = await makeUser(t, org, 'employee');
      const officer = await makeUser(t, org, 'security_officer');
      const { id } = await reportIncident(t, employee, org, { personalData: 'no' });
      await withVersion(t, officer, org.id, id, 'PATCH', '', {
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
      const { org } = await makeTree(t);
      const employee = await makeUser(t, org, 'employee');
      const officer = await makeUser(t, org, 'security_officer');
      const { id } = await reportIncident(t, employee, org, { personalData: 'no' });
      await withVersion(t, officer, org.id, id, 'PATCH', '', {
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

    it('demands the reason for delay on a late notification and marks the clock late but answered', async () => {
      const t = get();
      const { org } = await makeTree(t);
      const employee = await makeUser(t, org, 'employee');
      const officer = await makeUser(t, org, 'security_officer');
      const dpo = await makeUser(t, org, 'dpo');
      const { id } = await reportIncident(t, employee, org);
      await triageAsBreach(t, officer, org.id, id);
      await setAwareness(t, officer, org.id, id, '2026-03-28T10:00:00+01:00', 'Kendt fra lørdag');
      const url = `/api/v1/orgs/${org.id}/incidents/${id}/notifications`;
      const body = {
        recipient: 'datatilsynet',
        stage: 'initial',
        sentAt: '2026-04-01T09:30:00+02:00',
        reference: '2026-441-0099',
      };
      const missing = await t.request('POST', url, { as: dpo.session, body });
      expect(missing.statusCode).toBe(400);
      expect(missing.json().error).toMatchObject({
        code: 'incident_notification_delay_reason_required',
        details: { fields: [{ path: 'delayReason' }] },
      });
      expect(missing.json().error.message).toContain('2026-03-31T11:00:00+02:00');
      const recorded = await t.request('POST', url, {
        as: dpo.session,
        body: { ...body, delayReason: 'Omfanget kunne først fastslås efter leverandørens logudtræk.' },
      });
      expect(recorded.statusCode).toBe(201);
      expect(recorded.json()).toMatchObject({ late: true, recordedByName: dpo.name, sentByName: dpo.name });
      const after = await getIncident(t, officer, org.id, id);
      expect(clock(after, 'gdpr_authority')).toMatchObject({
        status: 'late',
        completedAt: '2026-04-01T07:30:00.000Z',
      });
      // An in-time notification needs no reason; a stage that does not fit the recipient is refused.
      const wrongStage = await t.request('POST', url, {
        as: officer.session,
        body: { recipient: 'police', stage: 'early_warning', sentAt: '2026-04-01T10:00:00+02:00' },
      });
      expect(wrongStage.json().error.code).toBe('incident_notification_stage_invalid');
      // The employee and the auditor cannot record notifications; the DPO cannot record a police report.
      const auditor = await makeUser(t, org, 'auditor');
      expect((await t.request('POST', url, { as: auditor.session, body })).statusCode).toBe(403);
      const police = await t.request('POST', url, {
        as: dpo.session,
        body: { recipient: 'police', sentAt: '2026-04-01T10:00:00+02:00' },
      });
      expect(police.statusCode).toBe(403);
      // The journal number that arrives later is added with the version check.
      const notification = recorded.json();
      const patched = await t.request('PATCH', `${url}/${notification.id}`, {
        as: dpo.session,
        body: { version: notification.version, reference: '2026-441-0100' },
      });
      expect(patched.json()).toMatchObject({ reference: '2026-441-0100', version: 2 });
      const stale = await t.request('PATCH', `${url}/${notification.id}`, {
        as: dpo.session,
        body: { version: notification.version, reference: 'x' },
      });
      expect(stale.statusCode).toBe(409);
    });

    it('attaches a platform file to a notification, only one of the same organisation', async () => {
      const t = get();
      const { org, sibling } = await makeTree(t);
      const employee = await makeUser(t, org, 'employee');
      const officer = await makeUser(t, org, 'security_officer');
      const siblingOfficer = await makeUser(t, sibling, 'security_officer');
      const { id } = await reportIncident(t, employee, org, { personalData: 'no' });
      const upload = async (as: TestUser, orgId: string) => {
        const boundary = '----skjold-test';
        const payload = [
          `--${boundary}`,
          'Content-Disposition: form-data; name="file"; filename="kvittering.txt"',
          'Content-Type: text/plain',
          '',
          'Kvittering for indberetning',
          `--${boundary}--`,
          '',
        ].join('\r\n');
        const response = await t.request('POST', `/api/v1/orgs/${orgId}/files`, {
          as: as.session,
          headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
          body: payload,
        });
        if (response.statusCode !== 201) throw new Error(response.body);
        return response.json() as { id: string };
      };
      const file = await upload(officer, org.id);
      const foreign = await upload(siblingOfficer, sibling.id);
      const url = `/api/v1/orgs/${org.id}/incidents/${id}/notifications`;
      const body = { recipient: 'sector_centre', sentAt: new Date().toISOString() };
      const refused = await t.request('POST', url, {
        as: officer.session,
        body: { ...body, fileIds: [foreign.id] },
      });
      expect(refused.json().error.code).toBe('incident_file_not_found');
      const recorded = await t.request('POST', url, {
        as: officer.session,
        body: { ...body, fileIds: [file.id] },
      });
      expect(recorded.statusCode).toBe(201);
      expect(recorded.json().attachments).toEqual([
        expect.objectContaining({ id: file.id, name: 'kvittering.txt' }),
      ]);
      const files = await t.request(
        'GET',
        `/api/v1/orgs/${org.id}/files?entityType=incident_notification&entityId=${recorded.json().id}`,
        { as: officer.session },
      );
      expect(files.json().items.map((f: { id: string }) => f.id)).toEqual([file.id]);
    });

    it('records the reasoning instead of a notification when a breach is unlikely to result in a risk', async () => {
      const t = get();
      const { org } = await makeTree(t);
      const employee = await makeUser(t, org, 'employee');
      const dpo = await makeUser(t, org, 'dpo');
      const officer = await makeUser(t, org, 'security_officer');
      const { id } = await reportIncident(t, employee, org);
      const current = await getIncident(t, dpo, org.id, id);
      const url = `/api/v1/orgs/${org.id}/incidents/${id}/breach-assessment`;
      const withoutReason = await t.request('PATCH', url, {
        as: dpo.session,
        body: { version: current.version, personalDataBreach: true, breachRisk: 'none' },
      });
      expect(withoutReason.statusCode).toBe(400);
      expect(withoutReason.json().error.code).toBe('incident_breach_reasoning_required');
      const assessed = await t.request('PATCH', url, {
        as: dpo.session,
        body: {
          version: current.version,
          personalDataBreach: true,
          breachRisk: 'none',
          breachRiskReasoning:
            'Mailen var krypteret, og modtageren er en anden region under samme databehandleraftale.',
          dataCategories: ['health'],
          dataSubjectsApprox: 1,
        },
      });
      expect(assessed.statusCode).toBe(200);
      expect(clock(assessed.json(), 'gdpr_authority').status).toBe('not_required');
      const log = await t.request('GET', `/api/v1/orgs/${org.id}/breach-log`, { as: officer.session });
      expect(log.json().items).toEqual([
        expect.objectContaining({
          incidentId: id,
          risk: 'none',
          reasoning:
            'Mailen var krypteret, og modtageren er en anden region under samme databehandleraftale.',
          notifiedAuthorityAt: null,
        }),
      ]);
    });

    it('turns the clocks into tasks for security officer and DPO, done once the notification is recorded', async () => {
      const t = get();
      const { org } = await makeTree(t);
      const employee = await makeUser(t, org, 'employee');
      const officer = await makeUser(t, org, 'security_officer');
      const dpo = await makeUser(t, org, 'dpo');
      const { id } = await reportIncident(t, employee, org);
      await triageAsBreach(t, officer, org.id, id);
      const tasks = async () =>
        (
          await t.request(
            'GET',
            `/api/v1/orgs/${org.id}/tasks?entityType=incident&entityId=${id}&source=incident.deadline`,
            {
              as: officer.session,
            },
          )
        ).json().items as { title: string; status: string; assigneeRole: string; priority: string }[];
      const open = (await tasks()).filter((x) => x.status === 'open');
      expect(open.map((x) => x.assigneeRole).sort()).toEqual(['dpo', 'security_officer']);
      expect(open.every((x) => x.priority === 'high' && x.title.includes('INC-'))).toBe(true);
      const dpoTasks = await t.request('GET', '/api/v1/me/tasks', { as: dpo.session });
      expect(
        dpoTasks
          .json()
          .items.some((x: { title: string }) => x.title.startsWith('Anmeldelse til Datatilsynet')),
      ).toBe(true);
      await t.request('POST', `/api/v1/orgs/${org.id}/incidents/${id}/notifications`, {
        as: dpo.session,
        body: {
          recipient: 'datatilsynet',
          stage: 'initial',
          sentAt: new Date().toISOString(),
          reference: 'DT-1',
        },
      });
      const after = await tasks();
      expect(
        after.filter((x) => x.title.startsWith('Anmeldelse til Datatilsynet')).map((x) => x.status),
      ).toEqual(['done', 'done']);
      // The dashboard list shows only what still runs.
      const running = await t.request('GET', `/api/v1/orgs/${org.id}/incident-deadlines`, {
        as: officer.session,
      });
      expect(running.statusCode).toBe(200);
      expect(running.json().items.filter((d: { incidentId: string }) => d.incidentId === id)).toEqual([]);
    });

    it('shows running clocks on the dashboard, due first, with countdown seconds', async () => {
      const t = get();
      const { org } = await makeTree(t);
      const employee = await makeUser(t, org, 'employee');
      const officer = await makeUser(t, org, 'security_officer');
      const { id } = await reportIncident(t, employee, org);
      await triageAsBreach(t, officer, org.id, id);
      const response = await t.request('GET', `/api/v1/orgs/${org.id}/incident-deadlines`, {
        as: officer.session,
      });
      const items = response.json().items as {
        incidentId: string;
        kind: string;
        secondsRemaining: number;
        dueAt: string;
      }[];
      const mine = items.filter((d) => d.incidentId === id);
      expect(mine.map((d) => d.kind)).toEqual(['gdpr_authority']);
      expect(mine[0]?.secondsRemaining).toBeGreaterThan(71 * 3600);
      expect(mine[0]?.secondsRemaining).toBeLessThanOrEqual(72 * 3600);
      const employeeView = await t.request('GET', `/api/v1/orgs/${org.id}/incident-deadlines`, {
        as: employee.session,
      });
      expect(employeeView.statusCode).toBe(403);
    });

    it('mails the DPO at once when personal data is involved: link to the incident, no patient data', async () => {
      const t = get();
      const { org } = await makeTree(t);
      const employee = await makeUser(t, org, 'employee');
      const dpo = await makeUser(t, org, 'dpo');
      const dpoEn = await makeUser(t, org, 'dpo');
      await t.request('PATCH', '/api/v1/me', { as: dpoEn.session, body: { locale: 'en' } });
      const officer = await makeUser(t, org, 'security_officer');
      const incident = await reportIncident(t, employee, org, {
        title: 'Journalnotat om Jens Hansen sendt til forkert læge',
        description: 'Notatet om Jens Hansens diabetesbehandling blev sendt til en forkert praksis.',
        personalData: 'yes',
      });
      const detail = await getIncident(t, officer, org.id, incident.id);
      expect(detail.dpoEscalatedAt).not.toBeNull();
      expect((await smtp.runner(t).runDue()).done).toBeGreaterThanOrEqual(2);
      const [mail] = smtp.to(dpo.email);
      expect(smtp.to(dpo.email)).toHaveLength(1);
      const text = decodedMail(mail?.raw ?? '');
      expect(text).toContain(`${PUBLIC_URL}/o/${org.id}/incidents/${incident.id}`);
      expect(text).toContain(incident.reference);
      expect(text).toContain('Mulig persondatabrud');
      for (const secret of ['Jens', 'Hansen', 'diabetes', 'Journalnotat', 'forkert praksis']) {
        expect({ secret, found: text.includes(secret) }).toEqual({ secret, found: false });
      }
      expect(decodedMail(smtp.to(dpoEn.email)[0]?.raw ?? '')).toContain('Possible personal-data breach');
      // In-app: a task for the DPO role.
      const mine = await t.request('GET', '/api/v1/me/tasks', { as: dpo.session });
      expect(
        mine
          .json()
          .items.some(
            (x: { title: string }) =>
              x.title === `Vurdér muligt brud på persondatasikkerheden: ${incident.reference}`,
          ),
      ).toBe(true);
      // Marking the breach later does not escalate twice.
      await triageAsBreach(t, officer, org.id, incident.id);
      await smtp.runner(t).runDue();
      expect(smtp.to(dpo.email)).toHaveLength(1);
    });

    it('escalates when the triage marks personal data involved, not before', async () => {
      const t = get();
      const { org } = await makeTree(t);
      const employee = await makeUser(t, org, 'employee');
      const dpo = await makeUser(t, org, 'dpo');
      const officer = await makeUser(t, org, 'security_officer');
      const incident = await reportIncident(t, employee, org, { personalData: 'unknown' });
      expect((await getIncident(t, officer, org.id, incident.id)).dpoEscalatedAt).toBeNull();
      const marked = await withVersion(t, officer, org.id, incident.id, 'PATCH', '', {
        personalDataSuspected: 'yes',
      });
      expect(marked.dpoEscalatedAt).not.toBeNull();
      await smtp.runner(t).runDue();
      expect(smtp.to(dpo.email)).toHaveLength(1);
      const timeline = await t.request('GET', `/api/v1/orgs/${org.id}/incidents/${incident.id}/timeline`, {
        as: officer.session,
      });
      expect(timeline.json().items.map((e: { kind: string }) => e.kind)).toContain('dpo_escalation');
    });

    it('mails each overdue clock once to those who answer for it, through the job runner', async () => {
      const t = get();
      const { org } = await makeTree(t);
      const employee = await makeUser(t, org, 'employee');
      const officer = await makeUser(t, org, 'security_officer');
      const dpo = await makeUser(t, org, 'dpo');
      const { id, reference } = await reportIncident(t, employee, org);
      await triageAsBreach(t, officer, org.id, id);
      await setAwareness(t, officer, org.id, id, '2026-03-28T10:00:00+01:00', 'Kendt fra lørdag');
      const first = await sendDeadlineAlerts(appContext(t));
      const again = await sendDeadlineAlerts(appContext(t));
      expect(first.queued).toBeGreaterThanOrEqual(2);
      expect(again.queued).toBe(0);
      await new JobRunner(appContext(t), { schedules: [] }).runDue();
      const outbox = await t.database.db
        .selectFrom('mail_outbox')
        .select(['recipient', 'subject', 'text'])
        .where('org_id', '=', org.id)
        .where('template', '=', 'incident_deadline_overdue')
        .execute();
      expect(outbox.map((m) => m.recipient).sort()).toEqual([dpo.email, officer.email].sort());
      expect(outbox[0]?.subject).toBe(`Overskredet frist: Anmeldelse til Datatilsynet for ${reference}`);
      expect(outbox[0]?.text).toContain(`${PUBLIC_URL}/o/${org.id}/incidents/${id}`);
      expect(outbox[0]?.text).not.toContain('patientnavne');
    });
  },
  { SKJOLD_PUBLIC_URL: PUBLIC_URL },
);
