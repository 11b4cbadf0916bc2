import { expect, it } from 'vitest';
import { makeTree, makeUser, type TestUser } from '../../test/factories.ts';
import { describeEachDb } from '../../test/harness.ts';
import {
  clock,
  getIncident,
  reportIncident,
  setAwareness,
  triagedBreach,
} from '../../test/incidents-factories.ts';

const PUBLIC_URL = 'https://skjold.region.test';

describeEachDb(
  'incidents: notifications answering the clocks',
  (get) => {
    it('demands the reason for delay on a late notification and marks the clock late but answered', async () => {
      const t = get();
      const { org, officer, dpo, id } = await triagedBreach(t, { withDpo: true });
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
  },
  { SKJOLD_PUBLIC_URL: PUBLIC_URL },
);
