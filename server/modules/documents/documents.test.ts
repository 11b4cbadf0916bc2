import { expect, it } from 'vitest';
import { approveAndPublish, type DocumentJson, makeDocument } from '../../test/documents-factories.ts';
import { makeRoot, makeTree, makeUser } from '../../test/factories.ts';
import { describeEachDb } from '../../test/harness.ts';

describeEachDb('documents', (get) => {
  it('lists documents in Danish order with search, kind filter and keyset pages', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    for (const title of ['Øvelsesplan', 'Adgangsstyring', 'Ændringsstyring', 'Zoneopdeling', 'Åbenhed']) {
      await makeDocument(t, org, officer, { title, kind: title === 'Øvelsesplan' ? 'plan' : 'guideline' });
    }
    const titles = async (query: string) =>
      (await t.request('GET', `/api/v1/orgs/${org.id}/documents?${query}`, { as: officer.session }))
        .json()
        .items.map((d: DocumentJson) => d.title);
    expect(await titles('')).toEqual([
      'Adgangsstyring',
      'Zoneopdeling',
      'Ændringsstyring',
      'Øvelsesplan',
      'Åbenhed',
    ]);
    expect(await titles('sort=-title&limit=2')).toEqual(['Åbenhed', 'Øvelsesplan']);
    expect(await titles('q=ændring')).toEqual(['Ændringsstyring']);
    expect(await titles('kind=plan')).toEqual(['Øvelsesplan']);
    const first = (
      await t.request('GET', `/api/v1/orgs/${org.id}/documents?limit=3`, { as: officer.session })
    ).json();
    const second = await t.request(
      'GET',
      `/api/v1/orgs/${org.id}/documents?limit=3&cursor=${first.nextCursor}`,
      {
        as: officer.session,
      },
    );
    expect(second.json().items.map((d: DocumentJson) => d.title)).toEqual(['Øvelsesplan', 'Åbenhed']);
    expect(second.json().nextCursor).toBeNull();
  });

  it('adds the descendants the reader may see with subtree=true, never a sibling', async () => {
    const t = get();
    const { group, org, sibling } = await makeTree(t);
    const regionOfficer = await makeUser(t, group, 'security_officer');
    const officer = await makeUser(t, org, 'security_officer');
    const siblingOfficer = await makeUser(t, sibling, 'security_officer');
    await makeDocument(t, group, regionOfficer, { title: 'Regionens politik' });
    await makeDocument(t, org, officer, { title: 'Hospitalets retningslinje' });
    await makeDocument(t, sibling, siblingOfficer, { title: 'Søsterens retningslinje' });
    const list = async (as: typeof officer, orgId: string) =>
      (await t.request('GET', `/api/v1/orgs/${orgId}/documents?subtree=true`, { as: as.session }))
        .json()
        .items.map((d: DocumentJson) => d.title);
    expect(await list(regionOfficer, group.id)).toEqual([
      'Hospitalets retningslinje',
      'Regionens politik',
      'Søsterens retningslinje',
    ]);
    expect(await list(officer, org.id)).toEqual(['Hospitalets retningslinje']);
    expect(
      (await t.request('GET', `/api/v1/orgs/${group.id}/documents`, { as: officer.session })).statusCode,
    ).toBe(404);
  });

  it('keeps the publisher in charge of who reads a published document', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const other = await makeUser(t, org, 'security_officer');
    const contributor = await makeUser(t, org, 'contributor');
    const draftOnly = await makeDocument(t, org, contributor, { title: 'Kladde' });
    const reclassifyDraft = await t.request('PATCH', `/api/v1/orgs/${org.id}/documents/${draftOnly.id}`, {
      as: contributor.session,
      body: { version: draftOnly.version, classification: 'confidential' },
    });
    expect(reclassifyDraft.statusCode).toBe(200);

    const document = await makeDocument(t, org, officer, { title: 'Intern retningslinje' });
    const { document: published } = await approveAndPublish(t, org, document, {
      author: officer,
      approver: other,
    });
    const makePublic = await t.request('PATCH', `/api/v1/orgs/${org.id}/documents/${document.id}`, {
      as: contributor.session,
      body: { version: published.version, classification: 'public' },
    });
    expect(makePublic.statusCode).toBe(403);
    const retitle = await t.request('PATCH', `/api/v1/orgs/${org.id}/documents/${document.id}`, {
      as: contributor.session,
      body: { version: published.version, title: 'Intern retningslinje for adgang' },
    });
    expect(retitle.statusCode).toBe(200);
    const emptyAudience = await t.request('PATCH', `/api/v1/orgs/${org.id}/documents/${document.id}`, {
      as: officer.session,
      body: {
        version: retitle.json().version,
        audience: { wholeOrganisation: false, unitIds: [], roles: [] },
      },
    });
    expect(emptyAudience.statusCode).toBe(400);
    expect(emptyAudience.json().error.code).toBe('document_audience_empty');
  });

  it('deletes a document that was never approved, and refuses one with history', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const other = await makeUser(t, org, 'security_officer');
    const draft = await makeDocument(t, org, officer, { title: 'Forkert oprettet' });
    expect(
      (await t.request('DELETE', `/api/v1/orgs/${org.id}/documents/${draft.id}`, { as: officer.session }))
        .statusCode,
    ).toBe(204);
    const document = await makeDocument(t, org, officer, { title: 'Godkendt procedure' });
    await approveAndPublish(t, org, document, { author: officer, approver: other });
    const refused = await t.request('DELETE', `/api/v1/orgs/${org.id}/documents/${document.id}`, {
      as: officer.session,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('document_has_history');
    const log = await t.request('GET', `/api/v1/orgs/${org.id}/audit-events?entityType=document`, {
      as: officer.session,
    });
    const actions = log.json().items.map((e: { action: string }) => e.action);
    expect(actions).toContain('document.deleted');
    expect(actions).toContain('document.created');
  });

  it('answers 404 for a real draft document id to an employee or a sector admin, like for a random id', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const employee = await makeUser(t, org, 'employee');
    const sectorAdmin = await makeUser(t, await makeRoot(t), 'admin');
    const draft = await makeDocument(t, org, officer, { title: 'Kladde' });
    for (const who of [employee, sectorAdmin]) {
      for (const id of [draft.id, '00000000-0000-4000-8000-000000000000']) {
        const url = `/api/v1/orgs/${org.id}/documents/${id}`;
        expect((await t.request('GET', url, { as: who.session })).statusCode).toBe(404);
        expect((await t.request('GET', `${url}/versions`, { as: who.session })).statusCode).toBe(404);
        const patch = await t.request('PATCH', url, { as: who.session, body: { version: 1, title: 'X' } });
        expect(patch.statusCode).toBe(404);
      }
    }
  });

  it('rejects an owner from a sibling organisation, or an unknown user, with owner_not_member', async () => {
    const t = get();
    const { org, sibling } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const stranger = await makeUser(t, sibling, 'security_officer');
    const employee = await makeUser(t, org, 'employee');
    for (const ownerUserId of [stranger.id, employee.id, '00000000-0000-4000-8000-000000000000']) {
      const res = await t.request('POST', `/api/v1/orgs/${org.id}/documents`, {
        as: officer.session,
        body: { kind: 'guideline', title: 'Adgang', ownerUserId },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.fields).toMatchObject([
        { path: 'ownerUserId', code: 'owner_not_member' },
      ]);
    }
    const document = await makeDocument(t, org, officer, { title: 'Adgang' });
    const res = await t.request('PATCH', `/api/v1/orgs/${org.id}/documents/${document.id}`, {
      as: officer.session,
      body: { version: document.version, ownerUserId: stranger.id },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields).toMatchObject([
      { path: 'ownerUserId', code: 'owner_not_member' },
    ]);
  });

  it('presents what each role may do with a document and its versions', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const auditor = await makeUser(t, org, 'auditor');
    const management = await makeUser(t, org, 'management');
    const document = await makeDocument(t, org, officer, { title: 'Adgang' });
    const can = async (as: typeof officer) =>
      (await t.request('GET', `/api/v1/orgs/${org.id}/documents/${document.id}`, { as: as.session })).json()
        .can;
    expect(await can(officer)).toEqual({
      update: true,
      delete: true,
      archive: true,
      createDraft: false,
      recordReview: false,
      acknowledge: false,
    });
    expect(await can(auditor)).toEqual({
      update: false,
      delete: false,
      archive: false,
      createDraft: false,
      recordReview: false,
      acknowledge: false,
    });
    const versions = async (as: typeof officer) =>
      (
        await t.request('GET', `/api/v1/orgs/${org.id}/documents/${document.id}/versions`, { as: as.session })
      ).json().items[0].can;
    expect((await versions(officer)).update).toBe(true);
    expect((await versions(officer)).approve).toBe(false);
    expect((await versions(management)).update).toBe(false);
  });
});
