import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { getSoa, makeEvidence, patchEntry, soaEntry } from '../../test/controls-factories.ts';
import { makeTree, makeUser } from '../../test/factories.ts';
import { describeEachDb } from '../../test/harness.ts';

describeEachDb('controls: can, owners and 404 for records one may not read', (get) => {
  it('presents what each role may do with an SoA entry', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const owner = await makeUser(t, org, 'risk_owner');
    const auditor = await makeUser(t, org, 'auditor');
    expect((await patchEntry(t, officer, org, 'A.8.13', { ownerUserId: owner.id })).statusCode).toBe(200);
    expect((await soaEntry(t, officer, org, 'A.8.13')).can).toEqual({
      update: true,
      updateProgress: true,
      addEvidence: true,
      linkRisks: true,
    });
    expect((await soaEntry(t, owner, org, 'A.8.13')).can).toEqual({
      update: false,
      updateProgress: true,
      addEvidence: true,
      linkRisks: false,
    });
    const listed = (await getSoa(t, owner, org)).items.find((i) => i.requirementId === 'A.8.14');
    expect(listed?.can).toEqual({
      update: false,
      updateProgress: false,
      addEvidence: true,
      linkRisks: false,
    });
    expect((await soaEntry(t, auditor, org, 'A.8.13')).can).toEqual({
      update: false,
      updateProgress: false,
      addEvidence: false,
      linkRisks: false,
    });
  });

  it('presents who may change evidence: its author and the security officer, not another contributor', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const author = await makeUser(t, org, 'contributor');
    const other = await makeUser(t, org, 'contributor');
    const evidence = await makeEvidence(t, author, org, { requirementIds: ['A.5.1'] });
    const canOf = async (user: typeof officer) =>
      (await t.request('GET', `/api/v1/orgs/${org.id}/evidence/${evidence.id}`, { as: user.session })).json()
        .can;
    expect(await canOf(author)).toEqual({ update: true, delete: true });
    expect(await canOf(officer)).toEqual({ update: true, delete: true });
    expect(await canOf(other)).toEqual({ update: false, delete: false });
    const listed = await t.request('GET', `/api/v1/orgs/${org.id}/evidence`, { as: other.session });
    expect(listed.json().items[0].can).toEqual({ update: false, delete: false });
    const detail = await soaEntry(t, author, org, 'A.5.1');
    expect(detail.evidenceRecords).toMatchObject([{ id: evidence.id, can: { update: true, delete: true } }]);
  });

  it('rejects an evidence owner from a sibling organisation or unknown with owner_not_member', async () => {
    const t = get();
    const { org, sibling } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const outsider = await makeUser(t, sibling, 'security_officer');
    for (const ownerUserId of [outsider.id, randomUUID()]) {
      const response = await t.request('POST', `/api/v1/orgs/${org.id}/evidence`, {
        as: officer.session,
        body: { kind: 'note', title: 'Notat', description: 'x', requirementIds: ['A.5.1'], ownerUserId },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('owner_not_member');
      expect(response.json().error.details.fields[0].path).toBe('ownerUserId');
    }
    const unknownOwner = await patchEntry(t, officer, org, 'A.5.1', { ownerUserId: randomUUID() });
    expect(unknownOwner.statusCode).toBe(400);
    expect(unknownOwner.json().error.code).toBe('owner_not_member');
  });

  it('answers 404 for a real evidence id to an employee and a sector admin, as for a random id', async () => {
    const t = get();
    const { root, org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const employee = await makeUser(t, org, 'employee');
    const sectorAdmin = await makeUser(t, root, 'admin');
    const evidence = await makeEvidence(t, officer, org, { requirementIds: ['A.5.1'] });
    for (const user of [employee, sectorAdmin]) {
      for (const id of [evidence.id, randomUUID()]) {
        const url = `/api/v1/orgs/${org.id}/evidence/${id}`;
        expect((await t.request('GET', url, { as: user.session })).statusCode).toBe(404);
        const patch = await t.request('PATCH', url, { as: user.session, body: { version: 1, title: 'x' } });
        expect(patch.statusCode).toBe(404);
        expect((await t.request('DELETE', url, { as: user.session })).statusCode).toBe(404);
      }
      const entry = await t.request('GET', `/api/v1/orgs/${org.id}/soa/A.5.1`, { as: user.session });
      expect(entry.statusCode).toBe(404);
    }
  });
});
