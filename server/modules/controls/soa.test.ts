import { expect, it } from 'vitest';
import { frameworkOf } from '../../catalog/controls/index.ts';
import { getSoa, makeClinic, makeRiskRow, patchEntry, soaEntry } from '../../test/controls-factories.ts';
import { makeTree, makeUser } from '../../test/factories.ts';
import { describeEachDb } from '../../test/harness.ts';

const annexAIds = frameworkOf('iso27001_2022').requirements.map((r) => r.id);

describeEachDb('controls: statement of applicability', (get) => {
  it('gives an organisation with Annex A in scope all 93 controls in its SoA, and recreates a missing row', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const soa = await getSoa(t, officer, org);
    expect(soa.profile).toBe('standard');
    expect(soa.frameworks).toEqual(['iso27001_2022']);
    expect(soa.items.map((i) => i.requirementId)).toEqual(annexAIds);
    expect(
      soa.items.every((i) => i.applicable && i.status === 'not_started' && i.applicableSource === 'default'),
    ).toBe(true);
    await t.database.db
      .deleteFrom('soa_entries')
      .where('org_id', '=', org.id)
      .where('requirement_id', '=', 'A.8.13')
      .execute();
    const again = await getSoa(t, officer, org);
    expect(again.items.map((i) => i.requirementId)).toEqual(annexAIds);
  });

  it('rejects SoA "not applicable" without a justification, naming the field', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const response = await patchEntry(t, officer, org, 'A.7.4', { applicable: false });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'soa_justification_required',
      message: 'Give a justification when a control is not applicable to the organisation.',
      details: { fields: [{ path: 'justification', code: 'soa_justification_required' }] },
    });
    const blank = await patchEntry(t, officer, org, 'A.7.4', { applicable: false, justification: '   ' });
    expect(blank.statusCode).toBe(400);
    expect((await soaEntry(t, officer, org, 'A.7.4')).applicable).toBe(true);
  });

  it('saves "not applicable" with a justification, shows it as the status, audits it and raises the revision', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const before = await getSoa(t, officer, org);
    const response = await patchEntry(t, officer, org, 'A.8.30', {
      applicable: false,
      justification: 'Vi udvikler ikke software og får intet udviklet eksternt.',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      requirementId: 'A.8.30',
      applicable: false,
      applicableSource: 'own',
      status: 'not_applicable',
      implementationStatus: 'not_started',
      justificationMissing: false,
      version: 2,
    });
    const after = await getSoa(t, officer, org);
    expect(after.revision).toBe(before.revision + 1);
    const log = await t.request('GET', `/api/v1/orgs/${org.id}/audit-events?entityType=soa_entry`, {
      as: officer.session,
    });
    const event = log.json().items[0];
    expect(event).toMatchObject({ action: 'soa_entry.updated' });
  });

  it('answers 409 version_conflict to a change made on a stale version', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const { version } = await soaEntry(t, officer, org, 'A.5.1');
    const first = await t.request('PATCH', `/api/v1/orgs/${org.id}/soa/A.5.1`, {
      as: officer.session,
      body: { version, status: 'implemented' },
    });
    expect(first.statusCode).toBe(200);
    const stale = await t.request('PATCH', `/api/v1/orgs/${org.id}/soa/A.5.1`, {
      as: officer.session,
      body: { version, status: 'planned' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
  });

  it('shows a clinic its nine recommendations with guidance and status, and lets it add Annex A', async () => {
    const t = get();
    const clinic = await makeClinic(t);
    const owner = await makeUser(t, clinic, 'security_officer');
    const soa = await getSoa(t, owner, clinic, '?framework=clinic_nine');
    expect(soa.profile).toBe('clinic');
    expect(soa.frameworks).toEqual(['clinic_nine']);
    expect(soa.items.map((i) => i.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(soa.items.every((i) => i.status === 'not_started')).toBe(true);
    const backup = await patchEntry(t, owner, clinic, 'CLINIC.6', {
      status: 'implemented',
      implementation:
        'Leverandøren tager dagligt backup af lægesystem og fællesdrev; genskabelse testet i marts.',
    });
    expect(backup.statusCode, backup.body).toBe(200);
    const updated = await getSoa(t, owner, clinic, '?framework=clinic_nine&status=implemented');
    expect(updated.items.map((i) => i.requirementId)).toEqual(['CLINIC.6']);

    const scope = (
      await t.request('GET', `/api/v1/orgs/${clinic.id}/control-scope`, { as: owner.session })
    ).json();
    expect(scope).toMatchObject({
      profile: 'clinic',
      source: 'default',
      frameworks: ['clinic_nine'],
      version: 0,
    });
    const added = await t.request('PATCH', `/api/v1/orgs/${clinic.id}/control-scope`, {
      as: owner.session,
      body: { version: 0, frameworks: ['clinic_nine', 'iso27001_2022'] },
    });
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json()).toMatchObject({ profile: 'clinic', source: 'own', version: 1 });
    expect(added.json().frameworks).toEqual(['iso27001_2022', 'clinic_nine']);
    const both = await getSoa(t, owner, clinic);
    expect(both.items).toHaveLength(93 + 9);
    expect(both.items.find((i) => i.requirementId === 'CLINIC.6')?.status).toBe('implemented');
  });

  it('refuses entries of a framework that is not in scope', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const response = await t.request('PATCH', `/api/v1/orgs/${org.id}/soa/NIS2.a`, {
      as: officer.session,
      body: { version: 1, status: 'planned' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('soa_framework_not_in_scope');
    expect(
      (await t.request('GET', `/api/v1/orgs/${org.id}/soa/A.99.1`, { as: officer.session })).statusCode,
    ).toBe(404);
  });

  it('lets the owner of an entry report progress but not decide applicability; owners must read the SoA', async () => {
    const t = get();
    const { org, sibling } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const owner = await makeUser(t, org, 'risk_owner');
    const outsider = await makeUser(t, sibling, 'risk_owner');
    const employee = await makeUser(t, org, 'employee');
    const notMember = await patchEntry(t, officer, org, 'A.8.13', { ownerUserId: outsider.id });
    expect(notMember.statusCode).toBe(400);
    expect(notMember.json().error.code).toBe('owner_not_member');
    expect(notMember.json().error.details.fields[0].path).toBe('ownerUserId');
    expect((await patchEntry(t, officer, org, 'A.8.13', { ownerUserId: employee.id })).statusCode).toBe(400);
    expect((await patchEntry(t, officer, org, 'A.8.13', { ownerUserId: owner.id })).statusCode).toBe(200);

    const progress = await patchEntry(t, owner, org, 'A.8.13', {
      status: 'partial',
      implementation: 'Backup kører',
    });
    expect(progress.statusCode, progress.body).toBe(200);
    expect(progress.json()).toMatchObject({ status: 'partial', ownerUserId: owner.id });
    const decide = await patchEntry(t, owner, org, 'A.8.13', { applicable: false, justification: 'x' });
    expect(decide.statusCode).toBe(403);
    const notOwner = await patchEntry(t, owner, org, 'A.8.14', { status: 'implemented' });
    expect(notOwner.statusCode).toBe(403);
  });

  it('keeps siblings apart: another organisation’s officer gets 404, an employee 403, the supervisor reads only', async () => {
    const t = get();
    const { group, org, sibling } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const siblingOfficer = await makeUser(t, sibling, 'security_officer');
    const employee = await makeUser(t, org, 'employee');
    const supervisor = await makeUser(t, group, 'supervisor');
    await getSoa(t, officer, org);
    for (const path of ['soa', 'soa/A.5.1', 'soa.xlsx', 'coverage', 'evidence', 'control-scope']) {
      const response = await t.request('GET', `/api/v1/orgs/${org.id}/${path}`, {
        as: siblingOfficer.session,
      });
      expect(response.statusCode, path).toBe(404);
    }
    const patch = await t.request('PATCH', `/api/v1/orgs/${org.id}/soa/A.5.1`, {
      as: siblingOfficer.session,
      body: { version: 1, status: 'implemented' },
    });
    expect(patch.statusCode).toBe(404);
    expect((await t.request('GET', `/api/v1/orgs/${org.id}/soa`, { as: employee.session })).statusCode).toBe(
      403,
    );
    expect((await getSoa(t, supervisor, org)).items).toHaveLength(93);
    expect((await patchEntry(t, supervisor, org, 'A.5.1', { status: 'implemented' })).statusCode).toBe(403);
    expect(
      (await t.request('GET', `/api/v1/orgs/${org.id}/tasks`, { as: supervisor.session })).statusCode,
    ).toBe(403);
  });

  it('links risks of the organisation’s own register to a control, once, and never a sibling’s risk', async () => {
    const t = get();
    const { org, sibling } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const contributor = await makeUser(t, org, 'contributor');
    const risk = await makeRiskRow(t, org, 'Ransomware krypterer journalsystemet', 16);
    const foreign = await makeRiskRow(t, sibling, 'Søsterens risiko');
    const url = `/api/v1/orgs/${org.id}/soa/A.8.13/risks`;
    const linked = await t.request('POST', url, { as: officer.session, body: { riskId: risk.id } });
    expect(linked.statusCode, linked.body).toBe(201);
    expect(linked.json().items).toMatchObject([{ riskId: risk.id, title: risk.title, score: 16 }]);
    expect(
      (await t.request('POST', url, { as: officer.session, body: { riskId: risk.id } })).statusCode,
    ).toBe(409);
    const wrong = await t.request('POST', url, { as: officer.session, body: { riskId: foreign.id } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('soa_risk_not_found');
    expect(
      (await t.request('POST', url, { as: contributor.session, body: { riskId: risk.id } })).statusCode,
    ).toBe(403);
    const entry = await soaEntry(t, officer, org, 'A.8.13');
    expect(entry.riskCount).toBe(1);
    expect(entry.risks.map((r) => r.riskId)).toEqual([risk.id]);
    const removed = await t.request('DELETE', `${url}/${risk.id}`, { as: officer.session });
    expect(removed.statusCode).toBe(204);
    expect((await soaEntry(t, officer, org, 'A.8.13')).riskCount).toBe(0);
  });
});
