import { afterAll, beforeAll, expect, it } from 'vitest';
import { JobRunner } from '../../platform/jobs/runner.ts';
import { makeTree, makeUser } from '../../test/factories.ts';
import { describeEachDb, type TestApp } from '../../test/harness.ts';
import {
  getIncident,
  reportIncident,
  setAwareness,
  triageAsBreach,
  triagedBreach,
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

function appContext(t: TestApp) {
  return { config: t.config, db: t.database.db, dialect: t.dialect, logger: t.app.log as never };
}

describeEachDb(
  'incidents: deadline tasks, dashboard and DPO escalation',
  (get) => {
    it('turns the clocks into tasks for security officer and DPO, done once the notification is recorded', async () => {
      const t = get();
      const { org, officer, dpo, id } = await triagedBreach(t, { withDpo: true });
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
      const { org, officer, id, employee } = await triagedBreach(t);
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
      const { org, officer, dpo, id, reference } = await triagedBreach(t, { withDpo: true });
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
