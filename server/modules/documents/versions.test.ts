import { expect, it } from 'vitest';
import { todayLocal } from '../../platform/clock.ts';
import {
  approveAndPublish,
  type DocumentJson,
  getVersion,
  makeDocument,
  reviseDocument,
  type VersionJson,
} from '../../test/documents-factories.ts';
import { makeTree, makeUser } from '../../test/factories.ts';
import { describeEachDb } from '../../test/harness.ts';

describeEachDb('document versions', (get) => {
  it('keeps an approved version immutable: editing answers 409, a new draft copies it instead', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const management = await makeUser(t, org, 'management');
    const document = await makeDocument(t, org, officer, {
      kind: 'policy',
      title: 'Informationssikkerhedspolitik',
    });
    const { version: published } = await approveAndPublish(t, org, document, {
      author: officer,
      approver: management,
    });
    expect(published.status).toBe('published');

    const url = `/api/v1/orgs/${org.id}/documents/${document.id}/versions/${published.id}`;
    const edit = await t.request('PATCH', url, {
      as: officer.session,
      body: { version: published.version, bodyHtml: '<p>Ændret i hemmelighed</p>' },
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe('document_version_locked');
    expect((await getVersion(t, org, document.id, published.id, officer)).bodyHtml).not.toContain(
      'hemmelighed',
    );

    const draft = await t.request('POST', `/api/v1/orgs/${org.id}/documents/${document.id}/versions`, {
      as: officer.session,
      body: {},
    });
    expect(draft.statusCode).toBe(201);
    expect(draft.json()).toMatchObject({ number: 2, status: 'draft', bodyHtml: published.bodyHtml });
    const second = await t.request('POST', `/api/v1/orgs/${org.id}/documents/${document.id}/versions`, {
      as: officer.session,
      body: {},
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('document_version_open');
  });

  it('generates the revision table from the history of approvals and reviews', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer', { name: 'Tove Jensen' });
    const management = await makeUser(t, org, 'management', { name: 'Direktør Lund' });
    const document = await makeDocument(t, org, officer, {
      kind: 'policy',
      title: 'Politik for informationssikkerhed',
    });
    await approveAndPublish(
      t,
      org,
      document,
      { author: officer, approver: management },
      {
        approvedOn: '2025-02-03',
        changeSummary: 'Første udgave',
      },
    );
    const review = await t.request('POST', `/api/v1/orgs/${org.id}/documents/${document.id}/reviews`, {
      as: officer.session,
      body: { reviewedOn: '2025-12-01', outcome: 'no_change', note: 'Behandlet i styregruppen' },
    });
    expect(review.statusCode).toBe(201);
    await reviseDocument(t, org, document.id, officer, {
      bodyHtml: '<h2>Formål</h2><p>Politikken omfatter nu også NIS2.</p>',
      changeSummary: 'Reference til NIS2 indsat',
    });
    await approveAndPublish(
      t,
      org,
      document,
      { author: officer, approver: management },
      { approvedOn: todayLocal() },
    );

    const table = await t.request('GET', `/api/v1/orgs/${org.id}/documents/${document.id}/revisions`, {
      as: officer.session,
    });
    expect(table.statusCode).toBe(200);
    expect(table.json().items).toEqual([
      expect.objectContaining({
        kind: 'version',
        versionNumber: 1,
        date: '2025-02-03',
        authorName: 'Tove Jensen',
        changeSummary: 'Første udgave',
        approvedByName: 'Direktør Lund',
        approverRole: 'management',
      }),
      expect.objectContaining({
        kind: 'review',
        versionNumber: 1,
        date: '2025-12-01',
        authorName: 'Tove Jensen',
        outcome: 'no_change',
        changeSummary: 'Behandlet i styregruppen',
        approvedByName: null,
      }),
      expect.objectContaining({
        kind: 'version',
        versionNumber: 2,
        date: todayLocal(),
        changeSummary: 'Reference til NIS2 indsat',
        approvedByName: 'Direktør Lund',
      }),
    ]);
    const versions = await t.request('GET', `/api/v1/orgs/${org.id}/documents/${document.id}/versions`, {
      as: officer.session,
    });
    expect(versions.json().items.map((v: VersionJson) => [v.number, v.status])).toEqual([
      [2, 'published'],
      [1, 'superseded'],
    ]);
  });

  it('rejects approval by a role without the right, by the author, and of the top policy by the security officer', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const contributor = await makeUser(t, org, 'contributor');
    const officer = await makeUser(t, org, 'security_officer');
    const otherOfficer = await makeUser(t, org, 'security_officer');
    const dpo = await makeUser(t, org, 'dpo');
    const management = await makeUser(t, org, 'management');
    const submit = async (document: DocumentJson, as = contributor) => {
      const version = await getVersion(t, org, document.id, document.workingVersion?.id as string, as);
      const response = await t.request(
        'POST',
        `/api/v1/orgs/${org.id}/documents/${document.id}/versions/${version.id}/submit`,
        { as: as.session, body: { version: version.version } },
      );
      expect(response.statusCode).toBe(200);
      return response.json() as VersionJson;
    };
    const approve = (document: DocumentJson, version: VersionJson, as: typeof officer) =>
      t.request('POST', `/api/v1/orgs/${org.id}/documents/${document.id}/versions/${version.id}/approve`, {
        as: as.session,
        body: { version: version.version },
      });

    const policy = await makeDocument(t, org, contributor, { kind: 'policy', title: 'Topolitik' });
    const policyVersion = await submit(policy);
    expect((await approve(policy, policyVersion, contributor)).statusCode).toBe(403);
    expect((await approve(policy, policyVersion, dpo)).statusCode).toBe(403);
    const byOfficer = await approve(policy, policyVersion, officer);
    expect(byOfficer.statusCode).toBe(403);
    expect(byOfficer.json().error.code).toBe('document_approval_role');
    const byManagement = await approve(policy, policyVersion, management);
    expect(byManagement.statusCode).toBe(200);
    expect(byManagement.json()).toMatchObject({ status: 'approved', approverRole: 'management' });

    const guideline = await makeDocument(t, org, officer, { kind: 'guideline', title: 'Retningslinje' });
    const guidelineVersion = await submit(guideline, officer);
    const byAuthor = await approve(guideline, guidelineVersion, officer);
    expect(byAuthor.statusCode).toBe(403);
    expect(byAuthor.json().error.code).toBe('segregation_of_duties');
    const byColleague = await approve(guideline, guidelineVersion, otherOfficer);
    expect(byColleague.statusCode).toBe(200);
    expect(byColleague.json().approverRole).toBe('security_officer');
  });

  it('sends a version back to draft with a comment and gives approvers a task that closes on approval', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const management = await makeUser(t, org, 'management');
    const document = await makeDocument(t, org, officer, {
      kind: 'policy',
      title: 'Politik til godkendelse',
    });
    const draft = await getVersion(t, org, document.id, document.workingVersion?.id as string, officer);
    const url = `/api/v1/orgs/${org.id}/documents/${document.id}/versions/${draft.id}`;
    const submitted = (
      await t.request('POST', `${url}/submit`, { as: officer.session, body: { version: draft.version } })
    ).json();
    const tasks = async () =>
      (
        await t.request('GET', `/api/v1/orgs/${org.id}/tasks?entityType=document&entityId=${document.id}`, {
          as: management.session,
        })
      ).json().items as { status: string; assigneeRole: string; title: string }[];
    expect(await tasks()).toEqual([
      expect.objectContaining({
        status: 'open',
        assigneeRole: 'management',
        title: expect.stringContaining('Godkend'),
      }),
    ]);
    const returned = await t.request('POST', `${url}/return`, {
      as: management.session,
      body: { version: submitted.version, comment: 'Afsnit 4 mangler ansvar for leverandører' },
    });
    expect(returned.json()).toMatchObject({
      status: 'draft',
      returnComment: 'Afsnit 4 mangler ansvar for leverandører',
    });
    expect((await tasks()).map((task) => task.status)).toEqual(['cancelled']);
    const again = (
      await t.request('POST', `${url}/submit`, {
        as: officer.session,
        body: { version: returned.json().version },
      })
    ).json();
    await t.request('POST', `${url}/approve`, { as: management.session, body: { version: again.version } });
    expect((await tasks()).map((task) => task.status).sort()).toEqual(['cancelled', 'done']);
  });

  it('refuses to send an empty draft and a revision without a change summary', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const other = await makeUser(t, org, 'security_officer');
    const empty = await makeDocument(t, org, officer, { bodyHtml: '<p> </p><script>alert(1)</script>' });
    const version = await getVersion(t, org, empty.id, empty.workingVersion?.id as string, officer);
    const submitEmpty = await t.request(
      'POST',
      `/api/v1/orgs/${org.id}/documents/${empty.id}/versions/${version.id}/submit`,
      { as: officer.session, body: { version: version.version } },
    );
    expect(submitEmpty.statusCode).toBe(400);
    expect(submitEmpty.json().error.code).toBe('document_body_empty');

    const document = await makeDocument(t, org, officer);
    await approveAndPublish(t, org, document, { author: officer, approver: other });
    const draft = (
      await t.request('POST', `/api/v1/orgs/${org.id}/documents/${document.id}/versions`, {
        as: officer.session,
        body: {},
      })
    ).json();
    const submitNoSummary = await t.request(
      'POST',
      `/api/v1/orgs/${org.id}/documents/${document.id}/versions/${draft.id}/submit`,
      { as: officer.session, body: { version: draft.version } },
    );
    expect(submitNoSummary.statusCode).toBe(400);
    expect(submitNoSummary.json().error.details.fields[0].path).toBe('changeSummary');
  });

  it('answers 409 version_conflict for a stale draft edit and 400 for invalid input', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const document = await makeDocument(t, org, officer);
    const draft = await getVersion(t, org, document.id, document.workingVersion?.id as string, officer);
    const url = `/api/v1/orgs/${org.id}/documents/${document.id}/versions/${draft.id}`;
    const first = await t.request('PATCH', url, {
      as: officer.session,
      body: { version: draft.version, bodyHtml: '<p>Første rettelse</p>' },
    });
    expect(first.statusCode).toBe(200);
    const stale = await t.request('PATCH', url, {
      as: officer.session,
      body: { version: draft.version, bodyHtml: '<p>Anden rettelse</p>' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    const badKind = await t.request('POST', `/api/v1/orgs/${org.id}/documents`, {
      as: officer.session,
      body: { kind: 'memo', title: '' },
    });
    expect(badKind.statusCode).toBe(400);
    expect(
      badKind
        .json()
        .error.details.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['kind', 'title']);
  });

  it('shows the side-by-side diff of two versions with paired changes', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const other = await makeUser(t, org, 'security_officer');
    const document = await makeDocument(t, org, officer, {
      bodyHtml:
        '<h2>Formål</h2><p>Adgang gives efter arbejdsbehov.</p><ul><li>Gennemgå adgange årligt.</li></ul>',
    });
    const { version: first } = await approveAndPublish(t, org, document, {
      author: officer,
      approver: other,
    });
    const second = await reviseDocument(t, org, document.id, officer, {
      bodyHtml:
        '<h2>Formål</h2><p>Adgang gives efter arbejdsbehov og lukkes ved fratræden.</p><ul><li>Gennemgå adgange hvert kvartal.</li></ul><p>Nyt afsnit.</p>',
      changeSummary: 'Kvartalsvis gennemgang',
    });
    const diff = await t.request(
      'GET',
      `/api/v1/orgs/${org.id}/documents/${document.id}/diff?from=${first.id}&to=${second.id}`,
      { as: officer.session },
    );
    expect(diff.statusCode).toBe(200);
    const body = diff.json();
    expect(body.stats).toEqual({ unchanged: 1, changed: 2, added: 1, removed: 0 });
    expect(body.rows[1]).toMatchObject({
      op: 'changed',
      left: { kind: 'p', text: 'Adgang gives efter arbejdsbehov.' },
      rightSegments: expect.arrayContaining([
        { op: 'added', text: expect.stringContaining('lukkes ved fratræden') },
      ]),
    });
    expect(body.rows.at(-1)).toMatchObject({
      op: 'added',
      left: null,
      right: { kind: 'p', text: 'Nyt afsnit.' },
    });
  });
});
