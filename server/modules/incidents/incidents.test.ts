import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { makeAsset } from '../../test/assets-factories.ts';
import { makeTree, makeUser } from '../../test/factories.ts';
import { describeEachDb } from '../../test/harness.ts';
import { getIncident, reportIncident, triageAsBreach, withVersion } from '../../test/incidents-factories.ts';

describeEachDb('incidents: reporting, access and handling', (get) => {
  it('lets any member report in one short form and see the status of their own reports, nothing more', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const employee = await makeUser(t, org, 'employee');
    const response = await t.request('POST', `/api/v1/orgs/${org.id}/incidents`, {
      as: employee.session,
      body: {
        title: 'Mistænkelig mail med link',
        description: 'Jeg klikkede på et link i en mail, der lignede en besked fra IT.',
        discoveredAt: new Date(Date.now() - 30 * 60_000).toISOString(),
        systems: 'Outlook, Citrix',
        personalData: 'unknown',
      },
    });
    expect(response.statusCode).toBe(201);
    const receipt = response.json();
    expect(Object.keys(receipt).sort()).toEqual(
      ['id', 'orgId', 'orgName', 'reference', 'title', 'reportedAt', 'status', 'updatedAt'].sort(),
    );
    expect(receipt).toMatchObject({ status: 'reported', orgName: org.name });
    expect(receipt.reference).toMatch(/^INC-\d{4}-0001$/);

    const mine = await t.request('GET', '/api/v1/me/incident-reports', { as: employee.session });
    expect(mine.json().items).toEqual([receipt]);
    // Their own incident exists for them (403), but its handling is not theirs to read.
    const own = await t.request('GET', `/api/v1/orgs/${org.id}/incidents/${receipt.id}`, {
      as: employee.session,
    });
    expect(own.statusCode).toBe(403);
    expect(
      (await t.request('GET', `/api/v1/orgs/${org.id}/incidents`, { as: employee.session })).statusCode,
    ).toBe(403);
  });

  it('hands out reference numbers per organisation and year, in order', async () => {
    const t = get();
    const { org, sibling } = await makeTree(t);
    const employee = await makeUser(t, org, 'employee');
    const other = await makeUser(t, sibling, 'employee');
    const first = await reportIncident(t, employee, org);
    const second = await reportIncident(t, employee, org);
    const elsewhere = await reportIncident(t, other, sibling);
    expect(first.reference.endsWith('-0001')).toBe(true);
    expect(second.reference.endsWith('-0002')).toBe(true);
    expect(elsewhere.reference.endsWith('-0001')).toBe(true);
  });

  it('keeps a reporter out of anyone else’s incident and siblings out of everything (404)', async () => {
    const t = get();
    const { org, sibling } = await makeTree(t);
    const reporter = await makeUser(t, org, 'employee');
    const colleague = await makeUser(t, org, 'employee');
    const siblingOfficer = await makeUser(t, sibling, 'security_officer');
    const incident = await reportIncident(t, reporter, org);
    const url = `/api/v1/orgs/${org.id}/incidents/${incident.id}`;
    expect((await t.request('GET', url, { as: colleague.session })).statusCode).toBe(404);
    expect((await t.request('GET', `${url}/timeline`, { as: colleague.session })).statusCode).toBe(404);
    expect((await t.request('GET', url, { as: siblingOfficer.session })).statusCode).toBe(404);
    expect(
      (await t.request('GET', `/api/v1/orgs/${org.id}/incidents`, { as: siblingOfficer.session })).statusCode,
    ).toBe(404);
    const colleagues = await t.request('GET', '/api/v1/me/incident-reports', { as: colleague.session });
    expect(colleagues.json().items).toEqual([]);
  });

  it('shows details to management, security officer, DPO and auditor, not to admin, risk owner or supervisor', async () => {
    const t = get();
    const { org, group } = await makeTree(t);
    const employee = await makeUser(t, org, 'employee');
    const incident = await reportIncident(t, employee, org);
    const url = `/api/v1/orgs/${org.id}/incidents/${incident.id}`;
    const expectations = [
      ['management', 200],
      ['security_officer', 200],
      ['dpo', 200],
      ['auditor', 200],
      ['admin', 404],
      ['risk_owner', 404],
      ['contributor', 404],
      ['supervisor', 404],
    ] as const;
    for (const [role, status] of expectations) {
      const user = await makeUser(t, org, role);
      expect({ role, status: (await t.request('GET', url, { as: user.session })).statusCode }).toEqual({
        role,
        status,
      });
    }
    // Through the parent with the subtree, the same rules apply.
    const regionalOfficer = await makeUser(t, group, 'security_officer');
    expect((await t.request('GET', url, { as: regionalOfficer.session })).statusCode).toBe(200);
    const regional = await t.request('GET', `/api/v1/orgs/${group.id}/incidents?subtree=true`, {
      as: regionalOfficer.session,
    });
    expect(regional.json().items.map((i: { id: string }) => i.id)).toContain(incident.id);
  });

  it('gives the sector root and the supervisor counts only: 403 on lists, 404 on every detail', async () => {
    const t = get();
    const { root, group, org } = await makeTree(t);
    const employee = await makeUser(t, org, 'employee');
    const officer = await makeUser(t, org, 'security_officer');
    const incident = await reportIncident(t, employee, org);
    await withVersion(t, officer, org.id, incident.id, 'PATCH', '', {
      category: 'phishing',
      severity: 'moderate',
    });
    const sectorOfficer = await makeUser(t, root, 'security_officer');
    const sectorSupervisor = await makeUser(t, root, 'supervisor');
    const supervisor = await makeUser(t, group, 'supervisor');
    for (const user of [sectorOfficer, sectorSupervisor, supervisor]) {
      const detail = `/api/v1/orgs/${org.id}/incidents/${incident.id}`;
      expect((await t.request('GET', detail, { as: user.session })).statusCode).toBe(404);
      expect((await t.request('GET', `${detail}/timeline`, { as: user.session })).statusCode).toBe(404);
      expect((await t.request('GET', `${detail}/report.pdf`, { as: user.session })).statusCode).toBe(404);
      expect(
        (await t.request('GET', `/api/v1/orgs/${org.id}/incidents`, { as: user.session })).statusCode,
      ).toBe(403);
      expect(
        (await t.request('GET', `/api/v1/orgs/${org.id}/breach-log`, { as: user.session })).statusCode,
      ).toBe(403);
      const stats = await t.request(
        'GET',
        `/api/v1/orgs/${user === supervisor ? group.id : root.id}/incident-statistics`,
        {
          as: user.session,
        },
      );
      expect(stats.statusCode).toBe(200);
      const body = stats.json();
      expect(body.total).toBeGreaterThanOrEqual(1);
      expect(
        body.byCategory.find((c: { category: string }) => c.category === 'phishing').count,
      ).toBeGreaterThanOrEqual(1);
      expect(JSON.stringify(body)).not.toContain(incident.id);
      expect(JSON.stringify(body)).not.toContain('patientliste');
    }
  });

  it('warns about a CPR number before saving and saves once the reporter confirms', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const employee = await makeUser(t, org, 'employee');
    const body = {
      title: 'Brev sendt til forkert borger',
      description: 'Brevet til patienten med CPR 010190-1234 blev sendt til naboen.',
      personalData: 'yes',
    };
    const warned = await t.request('POST', `/api/v1/orgs/${org.id}/incidents`, {
      as: employee.session,
      body,
    });
    expect(warned.statusCode).toBe(400);
    expect(warned.json().error).toMatchObject({
      code: 'incident_cpr_found',
      details: { fields: [{ path: 'description', code: 'cpr_number_found' }] },
    });
    expect(warned.body).not.toContain('010190-1234');
    expect(
      (await t.request('GET', '/api/v1/me/incident-reports', { as: employee.session })).json().items,
    ).toEqual([]);
    const confirmed = await t.request('POST', `/api/v1/orgs/${org.id}/incidents`, {
      as: employee.session,
      body: { ...body, acknowledgeCpr: true },
    });
    expect(confirmed.statusCode).toBe(201);
    const phone = await t.request('POST', `/api/v1/orgs/${org.id}/incidents`, {
      as: employee.session,
      body: { ...body, description: 'Ring til afdelingen på 33123456 om ordre 123456-78.' },
    });
    expect(phone.statusCode).toBe(201);
  });

  it('starts handling on triage, logs who did what in the timeline and the audit log, and refuses stale versions', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const employee = await makeUser(t, org, 'employee');
    const officer = await makeUser(t, org, 'security_officer', { name: 'Sikkerhedskoordinator Sofie' });
    const incident = await reportIncident(t, employee, org, { personalData: 'no' });
    const before = await getIncident(t, officer, org.id, incident.id);
    const triaged = await t.request('PATCH', `/api/v1/orgs/${org.id}/incidents/${incident.id}`, {
      as: officer.session,
      body: {
        version: before.version,
        category: 'phishing',
        severity: 'moderate',
        affectsConfidentiality: true,
        nis2Significant: false,
        patientSafetyImpact: true,
        uthReference: 'UTH-2026-123',
        detectionMethod: 'Medarbejderen opdagede det selv',
      },
    });
    expect(triaged.statusCode).toBe(200);
    expect(triaged.json()).toMatchObject({
      status: 'in_progress',
      category: 'phishing',
      severity: 'moderate',
      patientSafetyImpact: true,
      uthReference: 'UTH-2026-123',
      triagedByName: 'Sikkerhedskoordinator Sofie',
    });
    const stale = await t.request('PATCH', `/api/v1/orgs/${org.id}/incidents/${incident.id}`, {
      as: officer.session,
      body: { version: before.version, severity: 'low' },
    });
    expect(stale.statusCode).toBe(409);
    const timeline = await t.request('GET', `/api/v1/orgs/${org.id}/incidents/${incident.id}/timeline`, {
      as: officer.session,
    });
    const entries = timeline.json().items as { kind: string; actorName: string; text: string }[];
    expect(entries.map((e) => e.kind)).toEqual(['reported', 'triage', 'status']);
    expect(entries[1]).toMatchObject({ actorName: 'Sikkerhedskoordinator Sofie' });
    expect(entries[1]?.text).toContain('kategori: Phishing');
    const audit = await t.request('GET', `/api/v1/orgs/${org.id}/audit-events?entityType=incident`, {
      as: officer.session,
    });
    const actions = (audit.json().items as { action: string; after: unknown }[]).map((e) => e.action);
    expect(actions).toEqual(['incident.triaged', 'incident.reported']);
    // The hash-chained audit log never holds the free text of what happened.
    expect(audit.body).not.toContain('forkert modtager');
    // The DPO role and the reporter may not triage.
    const dpo = await makeUser(t, org, 'dpo');
    const refused = await t.request('PATCH', `/api/v1/orgs/${org.id}/incidents/${incident.id}`, {
      as: dpo.session,
      body: { version: triaged.json().version, severity: 'low' },
    });
    expect(refused.statusCode).toBe(403);
  });

  it('requires lessons learned to close, a reason to dismiss or reopen, and follows the allowed transitions', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const employee = await makeUser(t, org, 'employee');
    const officer = await makeUser(t, org, 'security_officer');
    const incident = await reportIncident(t, employee, org, { personalData: 'no' });
    const status = async (body: Record<string, unknown>) => {
      const current = await getIncident(t, officer, org.id, incident.id);
      return t.request('POST', `/api/v1/orgs/${org.id}/incidents/${incident.id}/status`, {
        as: officer.session,
        body: { version: current.version, ...body },
      });
    };
    expect((await status({ status: 'closed' })).json().error.code).toBe('incident_status_transition');
    expect((await status({ status: 'in_progress' })).statusCode).toBe(200);
    const noLessons = await status({ status: 'closed' });
    expect(noLessons.statusCode).toBe(400);
    expect(noLessons.json().error).toMatchObject({
      code: 'incident_lessons_learned_required',
      details: { fields: [{ path: 'lessonsLearned' }] },
    });
    const blank = await status({ status: 'closed', lessonsLearned: '   ' });
    expect(blank.json().error.code).toBe('incident_lessons_learned_required');
    const closed = await status({
      status: 'closed',
      lessonsLearned: 'Awareness om phishing gentages; links i mails markeres som eksterne.',
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed' });
    expect(closed.json().closedAt).not.toBeNull();
    expect(closed.json().resolvedAt).not.toBeNull();
    expect((await status({ status: 'in_progress' })).json().error.code).toBe(
      'incident_reopen_reason_required',
    );
    expect((await status({ status: 'in_progress', reason: 'Ny viden fra leverandøren' })).statusCode).toBe(
      200,
    );
    expect((await status({ status: 'dismissed' })).json().error.code).toBe(
      'incident_dismiss_reason_required',
    );
    const dismissed = await status({ status: 'dismissed', reason: 'Var en planlagt phishing-øvelse' });
    expect(dismissed.json()).toMatchObject({
      status: 'dismissed',
      statusReason: 'Var en planlagt phishing-øvelse',
    });
    expect(dismissed.json().deadlines.every((d: { status: string }) => d.status === 'not_required')).toBe(
      true,
    );
    const mine = await t.request('GET', '/api/v1/me/incident-reports', { as: employee.session });
    expect(mine.json().items[0].status).toBe('dismissed');
  });

  it('lists incidents newest first with filters, search and cursor pages', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const employee = await makeUser(t, org, 'employee');
    const officer = await makeUser(t, org, 'security_officer');
    const a = await reportIncident(t, employee, org, {
      title: 'Ærgerlig fejl i journalsystemet',
      personalData: 'no',
    });
    const b = await reportIncident(t, employee, org, { title: 'Phishing mod økonomi', personalData: 'no' });
    const c = await reportIncident(t, employee, org, { title: 'Bortkommen bærbar', personalData: 'no' });
    await withVersion(t, officer, org.id, b.id, 'PATCH', '', { category: 'phishing', severity: 'high' });
    const list = async (query: string) =>
      (await t.request('GET', `/api/v1/orgs/${org.id}/incidents${query}`, { as: officer.session })).json();
    expect((await list('')).items.map((i: { id: string }) => i.id)).toEqual([c.id, b.id, a.id]);
    expect((await list('?sort=reported')).items.map((i: { id: string }) => i.id)).toEqual([a.id, b.id, c.id]);
    expect((await list('?severity=high,critical')).items.map((i: { id: string }) => i.id)).toEqual([b.id]);
    expect((await list('?status=reported')).items.map((i: { id: string }) => i.id)).toEqual([c.id, a.id]);
    expect((await list('?q=ÆRGERLIG')).items.map((i: { id: string }) => i.id)).toEqual([a.id]);
    const page1 = await list('?limit=2');
    const page2 = await list(`?limit=2&cursor=${page1.nextCursor}`);
    expect([...page1.items, ...page2.items].map((i: { id: string }) => i.id)).toEqual([c.id, b.id, a.id]);
    expect(page2.nextCursor).toBeNull();
    const bad = await t.request('GET', `/api/v1/orgs/${org.id}/incidents?severity=enorm`, {
      as: officer.session,
    });
    expect(bad.statusCode).toBe(400);
  });

  it('links risks, assets and suppliers, and refuses the same link twice', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const employee = await makeUser(t, org, 'employee');
    const officer = await makeUser(t, org, 'security_officer');
    const incident = await reportIncident(t, employee, org, { personalData: 'no' });
    const url = `/api/v1/orgs/${org.id}/incidents/${incident.id}/links`;
    const link = await t.request('POST', url, {
      as: officer.session,
      body: { kind: 'supplier', label: 'Journalleverandøren A/S' },
    });
    expect(link.statusCode).toBe(201);
    expect(
      (
        await t.request('POST', url, {
          as: officer.session,
          body: { kind: 'supplier', label: 'Journalleverandøren A/S' },
        })
      ).statusCode,
    ).toBe(409);
    const detail = await getIncident(t, officer, org.id, incident.id);
    expect(detail.links).toEqual([
      expect.objectContaining({ kind: 'supplier', label: 'Journalleverandøren A/S' }),
    ]);
    const removed = await t.request('DELETE', `${url}/${link.json().id}`, { as: officer.session });
    expect(removed.statusCode).toBe(204);
    expect((await getIncident(t, officer, org.id, incident.id)).links).toEqual([]);
  });

  it('links to records of the asset register by id, refusing ids the register does not have here', async () => {
    const t = get();
    const { org, sibling } = await makeTree(t);
    const employee = await makeUser(t, org, 'employee');
    const officer = await makeUser(t, org, 'security_officer');
    const siblingOfficer = await makeUser(t, sibling, 'security_officer');
    const asset = await makeAsset(t, org, officer, { name: 'Patientjournalen' });
    const foreign = await makeAsset(t, sibling, siblingOfficer, { name: 'Søsterens journal' });
    const incident = await reportIncident(t, employee, org, { personalData: 'no' });
    const url = `/api/v1/orgs/${org.id}/incidents/${incident.id}/links`;
    const linked = await t.request('POST', url, {
      as: officer.session,
      body: { kind: 'asset', targetId: asset.id, label: 'Patientjournalen' },
    });
    expect(linked.statusCode).toBe(201);
    expect(linked.json()).toMatchObject({ kind: 'asset', targetId: asset.id });
    const refused = await t.request('POST', url, {
      as: officer.session,
      body: { kind: 'asset', targetId: foreign.id, label: 'Søsterens journal' },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('incident_link_target_not_found');
  });

  it('adds corrective actions as tasks with owner and due date; rejects an owner from a sibling organisation with owner_not_member', async () => {
    const t = get();
    const { org, sibling } = await makeTree(t);
    const employee = await makeUser(t, org, 'employee');
    const officer = await makeUser(t, org, 'security_officer');
    const owner = await makeUser(t, org, 'risk_owner');
    const incident = await triageAsBreach(t, officer, org.id, (await reportIncident(t, employee, org)).id);
    const url = `/api/v1/orgs/${org.id}/incidents/${incident.id}/actions`;
    const created = await t.request('POST', url, {
      as: officer.session,
      body: {
        title: 'Indfør modtagerkontrol ved udsendelse',
        assigneeUserId: owner.id,
        dueDate: '2030-01-31',
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      assigneeUserId: owner.id,
      dueDate: '2030-01-31',
      entityType: 'incident',
      entityId: incident.id,
      source: 'incident.action',
    });
    const stranger = await t.request('POST', url, {
      as: officer.session,
      body: { title: 'Ukendt ejer', assigneeUserId: randomUUID(), dueDate: '2030-01-31' },
    });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().error.details.fields).toMatchObject([
      { path: 'assigneeUserId', code: 'owner_not_member' },
    ]);
    const outsider = await makeUser(t, sibling, 'security_officer');
    const sibling400 = await t.request('POST', url, {
      as: officer.session,
      body: { title: 'Ejer fra søsterhospitalet', assigneeUserId: outsider.id, dueDate: '2030-01-31' },
    });
    expect(sibling400.statusCode).toBe(400);
    expect(sibling400.json().error.code).toBe('owner_not_member');
    const listed = await t.request('GET', url, { as: officer.session });
    expect(listed.json().items.map((x: { title: string }) => x.title)).toEqual([
      'Indfør modtagerkontrol ved udsendelse',
    ]);
    const mine = await t.request('GET', '/api/v1/me/tasks', { as: owner.session });
    expect(mine.json().items.map((x: { title: string }) => x.title)).toContain(
      'Indfør modtagerkontrol ved udsendelse',
    );
  });

  it('writes timeline notes for officer and DPO, warning about CPR numbers there too', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const employee = await makeUser(t, org, 'employee');
    const dpo = await makeUser(t, org, 'dpo');
    const auditor = await makeUser(t, org, 'auditor');
    const incident = await reportIncident(t, employee, org, { personalData: 'no' });
    const url = `/api/v1/orgs/${org.id}/incidents/${incident.id}/timeline`;
    const note = await t.request('POST', url, {
      as: dpo.session,
      body: {
        text: 'Talt med afdelingslederen; ingen følsomme data i mailen.',
        occurredAt: new Date().toISOString(),
      },
    });
    expect(note.statusCode).toBe(201);
    expect(note.json()).toMatchObject({ kind: 'note', actorName: dpo.name });
    const cpr = await t.request('POST', url, { as: dpo.session, body: { text: 'Gælder 0101901234' } });
    expect(cpr.json().error.code).toBe('incident_cpr_found');
    expect(
      (await t.request('POST', url, { as: auditor.session, body: { text: 'Revisor' } })).statusCode,
    ).toBe(403);
    const future = await t.request('POST', url, {
      as: dpo.session,
      body: { text: 'Frem i tiden', occurredAt: '2099-01-01T00:00:00Z' },
    });
    expect(future.json().error.details.fields[0]).toMatchObject({
      path: 'occurredAt',
      code: 'time_in_future',
    });
  });
});
