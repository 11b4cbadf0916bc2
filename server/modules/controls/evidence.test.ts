import { expect, it } from 'vitest';
import { addDaysToDate, todayLocal } from '../../platform/clock.ts';
import { makeEvidence, soaEntry, uploadPdf } from '../../test/controls-factories.ts';
import { makeTree, makeUser } from '../../test/factories.ts';
import { describeEachDb, type TestApp } from '../../test/harness.ts';
import { raiseEvidenceExpiryTasks } from './controls.jobs.ts';

const today = () => todayLocal();

const appContext = (t: TestApp) => ({
  config: t.config,
  db: t.database.db,
  dialect: t.dialect,
  logger: t.app.log as never,
});

describeEachDb('controls: evidence', (get) => {
  it('records an uploaded file as evidence through the files service, and keeps the file when the evidence goes', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const file = await uploadPdf(t, officer, org, 'Pentest-rapport 2026.pdf');
    const evidence = await makeEvidence(t, officer, org, {
      kind: 'file',
      fileId: file.id,
      title: 'Penetrationstest af journalsystemet',
      description: null,
      validUntil: addDaysToDate(today(), 365),
      requirementIds: ['A.8.8', 'A.8.29'],
    });
    expect(evidence).toMatchObject({ validity: 'valid', files: [{ id: file.id, sha256: file.sha256 }] });
    const linked = await t.request(
      'GET',
      `/api/v1/orgs/${org.id}/files?entityType=control_evidence&entityId=${evidence.id}`,
      { as: officer.session },
    );
    expect(linked.json().items.map((f: { id: string }) => f.id)).toEqual([file.id]);
    const entry = await soaEntry(t, officer, org, 'A.8.29');
    expect(entry.evidence).toMatchObject({ total: 1, valid: 1 });
    expect(entry.evidenceRecords.map((e) => e.id)).toEqual([evidence.id]);

    const removed = await t.request('DELETE', `/api/v1/orgs/${org.id}/evidence/${evidence.id}`, {
      as: officer.session,
    });
    expect(removed.statusCode).toBe(204);
    const meta = await t.request('GET', `/api/v1/orgs/${org.id}/files/${file.id}/meta`, {
      as: officer.session,
    });
    expect(meta.statusCode).toBe(200);
    expect(meta.json().links).toEqual([]);
    expect((await soaEntry(t, officer, org, 'A.8.29')).evidence.total).toBe(0);
  });

  it('checks what each kind of evidence must carry and that its requirements are in scope', async () => {
    const t = get();
    const { org, sibling } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const siblingOfficer = await makeUser(t, sibling, 'security_officer');
    const post = (body: Record<string, unknown>) =>
      t.request('POST', `/api/v1/orgs/${org.id}/evidence`, {
        as: officer.session,
        body: { title: 'Dokumentation', requirementIds: ['A.5.1'], ...body },
        headers: { 'accept-language': 'en' },
      });
    const code = async (body: Record<string, unknown>) => (await post(body)).json().error;
    expect(await code({ kind: 'link' })).toMatchObject({ code: 'evidence_url_required' });
    expect(await code({ kind: 'link', url: 'javascript:alert(1)' })).toMatchObject({
      code: 'invalid_request',
    });
    expect(await code({ kind: 'note', description: ' ' })).toMatchObject({ code: 'evidence_note_required' });
    expect(await code({ kind: 'file' })).toMatchObject({ code: 'evidence_file_required' });
    const foreignFile = await uploadPdf(t, siblingOfficer, sibling);
    expect(await code({ kind: 'file', fileId: foreignFile.id })).toMatchObject({
      code: 'evidence_file_not_found',
    });
    expect(await code({ kind: 'note', description: 'x', requirementIds: ['A.5.1', 'NIS2.a'] })).toMatchObject(
      {
        code: 'evidence_requirement_invalid',
        details: { fields: [{ path: 'requirementIds.1' }] },
      },
    );
    expect(await code({ kind: 'note', description: 'x', requirementIds: [] })).toMatchObject({
      code: 'invalid_request',
    });
    const link = await post({ kind: 'link', url: 'https://intranet.example.dk/politik', description: null });
    expect(link.statusCode, link.body).toBe(201);
    expect(link.json()).toMatchObject({ kind: 'link', url: 'https://intranet.example.dk/politik' });
  });

  it('flags expired and expiring evidence and counts only valid evidence for the control', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const expired = await makeEvidence(t, officer, org, {
      title: 'ISAE 3402-erklæring 2024',
      validUntil: addDaysToDate(today(), -1),
      requirementIds: ['A.5.22'],
    });
    const expiring = await makeEvidence(t, officer, org, {
      title: 'Backuptest',
      validUntil: addDaysToDate(today(), 10),
      requirementIds: ['A.8.13'],
    });
    const lastDay = await makeEvidence(t, officer, org, {
      title: 'Adgangsgennemgang',
      validUntil: today(),
      requirementIds: ['A.5.18'],
    });
    expect(expired).toMatchObject({ validity: 'expired', expired: true, daysUntilExpiry: -1 });
    expect(expiring).toMatchObject({ validity: 'expiring', expired: false, daysUntilExpiry: 10 });
    expect(lastDay).toMatchObject({ validity: 'expiring', expired: false, daysUntilExpiry: 0 });
    expect((await soaEntry(t, officer, org, 'A.5.22')).evidence).toMatchObject({
      total: 1,
      valid: 0,
      expired: 1,
    });
    expect((await soaEntry(t, officer, org, 'A.8.13')).evidence).toMatchObject({
      total: 1,
      valid: 1,
      expiring: 1,
    });
    const list = async (query: string) =>
      (await t.request('GET', `/api/v1/orgs/${org.id}/evidence?${query}`, { as: officer.session }))
        .json()
        .items.map((e: { id: string }) => e.id);
    expect(await list('validity=expired')).toEqual([expired.id]);
    expect(await list('validity=expiring&sort=validUntil')).toEqual([lastDay.id, expiring.id]);
    expect(await list('validity=valid&sort=-validUntil')).toEqual([expiring.id, lastDay.id]);

    const renewed = await t.request('PATCH', `/api/v1/orgs/${org.id}/evidence/${expired.id}`, {
      as: officer.session,
      body: { version: expired.version, validUntil: null },
    });
    expect(renewed.statusCode, renewed.body).toBe(200);
    expect(renewed.json()).toMatchObject({ validity: 'valid', validUntil: null, daysUntilExpiry: null });
  });

  it('raises one renewal task per expiring evidence for its owner, and a new one when the date moves', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const owner = await makeUser(t, org, 'risk_owner');
    const soon = addDaysToDate(today(), 20);
    const evidence = await makeEvidence(t, officer, org, {
      title: 'Leverandørens ISO 27001-certifikat',
      validUntil: soon,
      ownerUserId: owner.id,
      requirementIds: ['A.5.19'],
    });
    await makeEvidence(t, officer, org, {
      title: 'Gyldig længe endnu',
      validUntil: addDaysToDate(today(), 200),
      requirementIds: ['A.5.19'],
    });
    const first = await raiseEvidenceExpiryTasks(appContext(t));
    expect(first.raised).toBeGreaterThanOrEqual(1);
    expect((await raiseEvidenceExpiryTasks(appContext(t))).raised).toBe(0);
    const tasks = async () =>
      (
        await t.request(
          'GET',
          `/api/v1/orgs/${org.id}/tasks?entityType=control_evidence&entityId=${evidence.id}`,
          { as: officer.session },
        )
      ).json().items;
    expect(await tasks()).toMatchObject([
      {
        title: 'Forny dokumentation: Leverandørens ISO 27001-certifikat',
        dueDate: soon,
        assigneeUserId: owner.id,
        source: 'controls.evidence_expiry',
      },
    ]);
    await t.request('PATCH', `/api/v1/orgs/${org.id}/evidence/${evidence.id}`, {
      as: officer.session,
      body: { version: evidence.version, validUntil: addDaysToDate(today(), 25) },
    });
    expect((await raiseEvidenceExpiryTasks(appContext(t))).raised).toBe(1);
    expect(await tasks()).toHaveLength(2);
  });

  it('lets contributors add evidence and change their own, but not others’; supervisors only read', async () => {
    const t = get();
    const { group, org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const contributor = await makeUser(t, org, 'contributor');
    const supervisor = await makeUser(t, group, 'supervisor');
    const mine = await makeEvidence(t, contributor, org, { requirementIds: ['A.6.3'] });
    const theirs = await makeEvidence(t, officer, org, { requirementIds: ['A.6.3'] });
    const patch = (id: string, version: number, as = contributor) =>
      t.request('PATCH', `/api/v1/orgs/${org.id}/evidence/${id}`, {
        as: as.session,
        body: { version, title: 'Awareness-kursus gennemført af alle' },
      });
    expect((await patch(mine.id, mine.version)).statusCode).toBe(200);
    expect((await patch(theirs.id, theirs.version)).statusCode).toBe(403);
    expect((await patch(mine.id, mine.version, officer)).statusCode).toBe(409);
    const read = await t.request('GET', `/api/v1/orgs/${org.id}/evidence`, { as: supervisor.session });
    expect(read.statusCode).toBe(200);
    expect(read.json().items).toHaveLength(2);
    const add = await t.request('POST', `/api/v1/orgs/${org.id}/evidence`, {
      as: supervisor.session,
      body: { kind: 'note', title: 'x', description: 'y', requirementIds: ['A.6.3'] },
    });
    expect(add.statusCode).toBe(403);
  });

  it('pages evidence by title in Danish order', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    for (const title of ['Åbningsprocedure', 'Ændringslog', 'Zoneplan', 'Adgangskort', 'Øvelsesrapport']) {
      await makeEvidence(t, officer, org, { title, requirementIds: ['A.7.2'] });
    }
    const titles: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await t.request(
        'GET',
        `/api/v1/orgs/${org.id}/evidence?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        { as: officer.session },
      );
      const page = response.json();
      titles.push(...page.items.map((e: { title: string }) => e.title));
      cursor = page.nextCursor;
    } while (cursor);
    expect(titles).toEqual(['Adgangskort', 'Zoneplan', 'Ændringslog', 'Øvelsesrapport', 'Åbningsprocedure']);
  });
});
