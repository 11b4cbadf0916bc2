import { expect, it } from 'vitest';
import {
  approveAndPublish,
  type DocumentJson,
  getVersion,
  makeDocument,
  reviseDocument,
} from '../../test/documents-factories.ts';
import { makeTree, makeUser } from '../../test/factories.ts';
import { describeEachDb } from '../../test/harness.ts';

describeEachDb('document templates', (get) => {
  it('creates a draft from a Danish starter template', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const list = await t.request('GET', `/api/v1/orgs/${org.id}/document-templates`, { as: officer.session });
    expect(list.statusCode).toBe(200);
    expect(list.json().catalog.map((c: { key: string }) => c.key)).toEqual([
      'information_security_policy',
      'it_hygiene_rules',
      'incident_procedure',
      'contingency_plan',
    ]);
    const created = await t.request('POST', `/api/v1/orgs/${org.id}/documents/from-template`, {
      as: officer.session,
      body: { catalogKey: 'it_hygiene_rules' },
    });
    expect(created.statusCode).toBe(201);
    const document = created.json() as DocumentJson;
    expect(document).toMatchObject({
      kind: 'instruction',
      title: 'Regler for god it-hygiejne og acceptabel brug',
      catalogKey: 'it_hygiene_rules',
      currentVersion: null,
      workingVersion: { number: 1, status: 'draft' },
    });
    const draft = await getVersion(t, org, document.id, document.workingVersion?.id as string, officer);
    expect(draft.bodyHtml).toContain('Lås skærmen');
    expect(draft.bodyHtml).toContain('privatlivsfilter');
    const english = await t.request('POST', `/api/v1/orgs/${org.id}/documents/from-template`, {
      as: officer.session,
      body: { catalogKey: 'incident_procedure', locale: 'en' },
    });
    expect(english.json().title).toBe('Security incident handling procedure');
    const both = await t.request('POST', `/api/v1/orgs/${org.id}/documents/from-template`, {
      as: officer.session,
      body: {},
    });
    expect(both.statusCode).toBe(400);
  });

  it('lets a member adopt a group template and shows the group how far it deviates', async () => {
    const t = get();
    const { group, org, sibling } = await makeTree(t);
    const groupOfficer = await makeUser(t, group, 'security_officer');
    const groupManagement = await makeUser(t, group, 'management');
    const memberOfficer = await makeUser(t, org, 'security_officer', { includeSubtree: false });
    const siblingOfficer = await makeUser(t, sibling, 'security_officer');
    const template = await makeDocument(t, group, groupOfficer, {
      kind: 'policy',
      title: 'Fællesregional informationssikkerhedspolitik',
      isTemplate: true,
      bodyHtml:
        '<h2>Formål</h2><p>Data skal være korrekte og tilgængelige.</p><h2>Ansvar</h2><p>Topledelsen har ansvaret.</p>',
    });
    const { version: templateV1 } = await approveAndPublish(t, group, template, {
      author: groupOfficer,
      approver: groupManagement,
    });

    const offered = await t.request('GET', `/api/v1/orgs/${org.id}/document-templates`, {
      as: memberOfficer.session,
    });
    expect(offered.json().group).toEqual([
      expect.objectContaining({ documentId: template.id, orgId: group.id, versionNumber: 1 }),
    ]);
    const adopted = (
      await t.request('POST', `/api/v1/orgs/${org.id}/documents/from-template`, {
        as: memberOfficer.session,
        body: { templateDocumentId: template.id },
      })
    ).json() as DocumentJson;
    expect(adopted).toMatchObject({ adoptedFrom: { documentId: template.id, versionId: templateV1.id } });
    const draft = await getVersion(t, org, adopted.id, adopted.workingVersion?.id as string, memberOfficer);
    await t.request('PATCH', `/api/v1/orgs/${org.id}/documents/${adopted.id}/versions/${draft.id}`, {
      as: memberOfficer.session,
      body: {
        version: draft.version,
        bodyHtml:
          '<h2>Formål</h2><p>Data skal være korrekte, fuldstændige og tilgængelige.</p><h2>Ansvar</h2><p>Topledelsen har ansvaret.</p><p>Hospitalsdirektionen godkender lokale retningslinjer.</p>',
      },
    });

    const adoptions = await t.request('GET', `/api/v1/orgs/${group.id}/documents/${template.id}/adoptions`, {
      as: groupOfficer.session,
    });
    expect(adoptions.statusCode).toBe(200);
    expect(adoptions.json().items).toEqual([
      expect.objectContaining({
        documentId: adopted.id,
        orgId: org.id,
        adoptedFromVersionNumber: 1,
        upToDate: true,
        comparable: true,
        deviation: { unchanged: 3, changed: 1, added: 1, removed: 0 },
      }),
    ]);
    const diff = await t.request(
      'GET',
      `/api/v1/orgs/${group.id}/documents/${template.id}/adoptions/${adopted.id}/diff`,
      { as: groupOfficer.session },
    );
    expect(diff.json().rows.filter((r: { op: string }) => r.op !== 'equal')).toEqual([
      expect.objectContaining({
        op: 'changed',
        left: expect.objectContaining({ text: 'Data skal være korrekte og tilgængelige.' }),
      }),
      expect.objectContaining({
        op: 'added',
        right: expect.objectContaining({ text: 'Hospitalsdirektionen godkender lokale retningslinjer.' }),
      }),
    ]);

    await reviseDocument(t, group, template.id, groupOfficer, {
      bodyHtml: '<h2>Formål</h2><p>Nyt formål.</p>',
      changeSummary: 'Nyt formål',
    });
    await approveAndPublish(t, group, template, { author: groupOfficer, approver: groupManagement });
    const later = await t.request('GET', `/api/v1/orgs/${group.id}/documents/${template.id}/adoptions`, {
      as: groupOfficer.session,
    });
    expect(later.json().items[0]).toMatchObject({ upToDate: false, templateCurrentVersionNumber: 2 });

    // The member without rights at the group cannot see the group's adoption view; a sibling sees nothing of it.
    expect(
      (
        await t.request('GET', `/api/v1/orgs/${group.id}/documents/${template.id}/adoptions`, {
          as: memberOfficer.session,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await t.request('GET', `/api/v1/orgs/${sibling.id}/documents/${adopted.id}`, {
          as: siblingOfficer.session,
        })
      ).statusCode,
    ).toBe(404);
  });

  it('offers templates only from groups: an organisation cannot mark a document as template', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const response = await t.request('POST', `/api/v1/orgs/${org.id}/documents`, {
      as: officer.session,
      body: { kind: 'policy', title: 'Skabelon?', isTemplate: true },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('document_template_org_kind');
  });
});
