import { expect, it } from 'vitest';
import { approveAndPublish, type DocumentJson, makeDocument } from '../../test/documents-factories.ts';
import { makeTree, makeUser } from '../../test/factories.ts';
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
});
