import { expect, it } from 'vitest';
import { addDaysToDate, addMonthsToDate, todayLocal } from '../../platform/clock.ts';
import { makeAsset } from '../../test/assets-factories.ts';
import { makeTree, makeUser } from '../../test/factories.ts';
import { describeEachDb } from '../../test/harness.ts';
import { makeRisk } from '../../test/risks-factories.ts';
import type { Risk } from './risks.presenter.ts';

type Page = { items: Risk[]; nextCursor: string | null };

describeEachDb('risks', (get) => {
  it('scores a risk as likelihood × the highest of its three consequences, with level and colour from the default matrix', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const risk = await makeRisk(t, org, officer, {
      likelihood: 4,
      consequenceOrganisation: 2,
      consequencePatientSafety: 4,
      consequenceDataSubject: 3,
      residualLikelihood: 2,
      residualConsequenceOrganisation: 1,
      residualConsequencePatientSafety: 3,
    });
    expect(risk).toMatchObject({
      consequence: 4,
      inherentScore: 16,
      inherentLevel: { label: 'Kritisk', colour: '#c62828', rank: 4 },
      residualConsequence: 3,
      residualScore: 6,
      residualLevel: { label: 'Middel', colour: '#f9a825', rank: 2 },
      score: 6,
      aboveTolerance: false,
      status: 'open',
      reviewDate: addMonthsToDate(todayLocal(), 12),
    });
    const noResidual = await makeRisk(t, org, officer, {
      likelihood: 5,
      consequenceOrganisation: null,
      consequenceDataSubject: 2,
    });
    expect(noResidual).toMatchObject({
      inherentScore: 10,
      residualScore: null,
      score: 10,
      aboveTolerance: true,
    });
    expect(noResidual.level).toEqual({ rank: 3, label: 'Høj', colour: '#ef6c00' });
  });

  it('refuses levels outside the matrix, a risk without any consequence, and a residual likelihood without consequence', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const post = (body: Record<string, unknown>) =>
      t.request('POST', `/api/v1/orgs/${org.id}/risks`, {
        as: officer.session,
        body: { title: 'Uden konsekvens', ownerUserId: officer.id, likelihood: 3, ...body },
      });
    const none = await post({});
    expect(none.statusCode).toBe(400);
    expect(none.json().error.details.fields).toEqual([
      expect.objectContaining({ path: 'consequenceOrganisation', code: 'risk_consequence_required' }),
    ]);
    const tooHigh = await post({ likelihood: 6, consequenceOrganisation: 2 });
    expect(tooHigh.json().error.details.fields[0]).toMatchObject({
      path: 'likelihood',
      code: 'risk_level_out_of_range',
    });
    const residual = await post({ consequenceOrganisation: 2, residualLikelihood: 1 });
    expect(residual.json().error.details.fields[0]).toMatchObject({
      path: 'residualConsequenceOrganisation',
      code: 'risk_consequence_required',
    });
    const noOwner = await post({ consequenceOrganisation: 2, ownerUserId: null });
    expect(noOwner.json().error.details.fields[0]).toMatchObject({
      path: 'ownerUserId',
      code: 'risk_owner_required',
    });
  });

  it('links threats from the catalogue and own assets, and refuses unknown threats and other organisations’ assets', async () => {
    const t = get();
    const { org, sibling } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const siblingOfficer = await makeUser(t, sibling, 'security_officer');
    const journal = await makeAsset(t, org, officer, { name: 'Elektronisk patientjournal' });
    const foreign = await makeAsset(t, sibling, siblingOfficer);
    const risk = await makeRisk(t, org, officer, {
      threatIds: ['ransomware', 'phishing'],
      assetIds: [journal.id],
    });
    expect(risk.threats.map((th) => th.title.da)).toEqual([
      'Phishing og social manipulation',
      'Ransomware og afpresning',
    ]);
    expect(risk.assets).toEqual([
      { id: journal.id, name: 'Elektronisk patientjournal', kind: 'system', criticality: 3 },
    ]);
    const bad = await t.request('POST', `/api/v1/orgs/${org.id}/risks`, {
      as: officer.session,
      body: {
        title: 'Forkerte links',
        ownerUserId: officer.id,
        likelihood: 2,
        consequenceOrganisation: 2,
        threatIds: ['no_such_threat'],
        assetIds: [foreign.id],
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields).toEqual([
      expect.objectContaining({ path: 'threatIds.0', code: 'threat_not_found' }),
    ]);
    const badAsset = await t.request('POST', `/api/v1/orgs/${org.id}/risks`, {
      as: officer.session,
      body: {
        title: 'Fremmed aktiv',
        ownerUserId: officer.id,
        likelihood: 2,
        consequenceOrganisation: 2,
        assetIds: [foreign.id],
      },
    });
    expect(badAsset.json().error.details.fields).toEqual([
      expect.objectContaining({ path: 'assetIds.0', code: 'asset_not_found' }),
    ]);
  });

  it('lets organisations add threats that apply below them, and keeps a threat in use from being deleted', async () => {
    const t = get();
    const { group, org, sibling } = await makeTree(t);
    const regionOfficer = await makeUser(t, group, 'security_officer');
    const officer = await makeUser(t, org, 'security_officer');
    const created = await t.request('POST', `/api/v1/orgs/${group.id}/threats`, {
      as: regionOfficer.session,
      body: {
        title: 'Angreb på regionens fælles røntgenarkiv',
        category: 'malicious',
        affects: { availability: true },
      },
    });
    expect(created.statusCode).toBe(201);
    const threat = created.json();
    const catalogue = await t.request('GET', `/api/v1/orgs/${org.id}/threats`, { as: officer.session });
    const ids = catalogue.json().items.map((x: { id: string }) => x.id);
    expect(ids).toContain(threat.id);
    expect(ids).toContain('insider_record_snooping');
    expect(catalogue.json().items.length).toBeGreaterThanOrEqual(20);
    const risk = await makeRisk(t, org, officer, { threatIds: [threat.id] });
    expect(risk.threats[0]).toMatchObject({ id: threat.id, source: 'organisation' });
    const inUse = await t.request('DELETE', `/api/v1/orgs/${group.id}/threats/${threat.id}`, {
      as: regionOfficer.session,
    });
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json().error.code).toBe('threat_in_use');
    // A sibling of the organisation does not inherit its threats, nor see the organisation's own ones.
    const siblingOfficer = await makeUser(t, sibling, 'security_officer');
    const own = await t.request('POST', `/api/v1/orgs/${org.id}/threats`, {
      as: officer.session,
      body: { title: 'Hospitalets egen trussel', category: 'insider' },
    });
    const siblingList = await t.request('GET', `/api/v1/orgs/${sibling.id}/threats`, {
      as: siblingOfficer.session,
    });
    const siblingIds = siblingList.json().items.map((x: { id: string }) => x.id);
    expect(siblingIds).toContain(threat.id);
    expect(siblingIds).not.toContain(own.json().id);
  });

  it('lists with filters, Danish title order and keyset pages that neither skip nor repeat', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const owner = await makeUser(t, org, 'risk_owner');
    const pacs = await makeAsset(t, org, officer, { name: 'PACS' });
    const titles = ['Ørsted', 'Æble', 'Ansgar', 'Åben port', 'Zebra', 'Bølge'];
    for (const [index, title] of titles.entries()) {
      await makeRisk(t, org, officer, {
        title,
        likelihood: (index % 5) + 1,
        consequenceOrganisation: 3,
        ownerUserId: index % 2 ? owner.id : officer.id,
        assetIds: index < 2 ? [pacs.id] : [],
      });
    }
    const byTitle = await t.request('GET', `/api/v1/orgs/${org.id}/risks?sort=title&limit=4`, {
      as: officer.session,
    });
    const first = byTitle.json() as Page;
    const second = (
      await t.request('GET', `/api/v1/orgs/${org.id}/risks?sort=title&limit=4&cursor=${first.nextCursor}`, {
        as: officer.session,
      })
    ).json() as Page;
    expect([...first.items, ...second.items].map((r) => r.title)).toEqual([
      'Ansgar',
      'Bølge',
      'Zebra',
      'Æble',
      'Ørsted',
      'Åben port',
    ]);
    expect(second.nextCursor).toBeNull();
    const byScore = (
      await t.request('GET', `/api/v1/orgs/${org.id}/risks`, { as: officer.session })
    ).json() as Page;
    const scores = byScore.items.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const filtered = (
      await t.request(
        'GET',
        `/api/v1/orgs/${org.id}/risks?ownerUserId=${owner.id}&scoreMin=6&scoreMax=12&sort=title`,
        {
          as: officer.session,
        },
      )
    ).json() as Page;
    expect(filtered.items.map((r) => r.title)).toEqual(['Æble', 'Åben port']);
    const byAsset = (
      await t.request('GET', `/api/v1/orgs/${org.id}/risks?assetId=${pacs.id}&sort=title`, {
        as: officer.session,
      })
    ).json() as Page;
    expect(byAsset.items.map((r) => r.title)).toEqual(['Æble', 'Ørsted']);
    const search = (
      await t.request('GET', `/api/v1/orgs/${org.id}/risks?q=ØRS`, { as: officer.session })
    ).json() as Page;
    expect(search.items.map((r) => r.title)).toEqual(['Ørsted']);
    const badSort = await t.request('GET', `/api/v1/orgs/${org.id}/risks?sort=owner`, {
      as: officer.session,
    });
    expect(badSort.statusCode).toBe(400);
    // A cursor from the title order handed to the score order is refused, not a database error.
    const wrongCursor = await t.request(
      'GET',
      `/api/v1/orgs/${org.id}/risks?sort=-score&cursor=${first.nextCursor}`,
      {
        as: officer.session,
      },
    );
    expect(wrongCursor.statusCode).toBe(400);
    expect(wrongCursor.json().error.code).toBe('invalid_cursor');
  });

  it('marks a review overdue from the day after its date and lists it under reviewOverdue; the review is a task for the owner', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const owner = await makeUser(t, org, 'risk_owner');
    const yesterday = addDaysToDate(todayLocal(), -1);
    const late = await makeRisk(t, org, officer, {
      title: 'Sen gennemgang',
      ownerUserId: owner.id,
      reviewDate: yesterday,
    });
    const onTime = await makeRisk(t, org, officer, {
      title: 'Til tiden',
      ownerUserId: owner.id,
      reviewDate: todayLocal(),
    });
    expect(late.reviewOverdue).toBe(true);
    expect(onTime.reviewOverdue).toBe(false);
    const overdue = (
      await t.request('GET', `/api/v1/orgs/${org.id}/risks?reviewOverdue=true`, { as: officer.session })
    ).json() as Page;
    expect(overdue.items.map((r) => r.id)).toEqual([late.id]);
    const mine = await t.request('GET', '/api/v1/me/tasks?overdue=true', { as: owner.session });
    expect(mine.json().items).toEqual([
      expect.objectContaining({
        entityType: 'risk_scenario',
        entityId: late.id,
        dueDate: yesterday,
        overdue: true,
      }),
    ]);
    const reviewed = await t.request('POST', `/api/v1/orgs/${org.id}/risks/${late.id}/reviews`, {
      as: owner.session,
      body: { version: late.version, note: 'Kontrollerne virker stadig.' },
    });
    expect(reviewed.statusCode).toBe(200);
    expect(reviewed.json()).toMatchObject({
      reviewOverdue: false,
      reviewDate: addMonthsToDate(todayLocal(), 12),
    });
    const tasks = (
      await t.request(
        'GET',
        `/api/v1/orgs/${org.id}/tasks?entityType=risk_scenario&entityId=${late.id}&status=open,done`,
        {
          as: officer.session,
        },
      )
    ).json().items as { status: string; dueDate: string }[];
    expect(tasks.map((x) => [x.status, x.dueDate]).sort()).toEqual(
      [
        ['done', yesterday],
        ['open', addMonthsToDate(todayLocal(), 12)],
      ].sort(),
    );
  });

  it('lets a risk owner change only the risks they own and a contributor only their own drafts', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const owner = await makeUser(t, org, 'risk_owner');
    const otherOwner = await makeUser(t, org, 'risk_owner');
    const contributor = await makeUser(t, org, 'contributor');
    const auditor = await makeUser(t, org, 'auditor');
    const mine = await makeRisk(t, org, owner, { title: 'Ejers egen' });
    expect(mine.ownerUserId).toBe(owner.id);
    const theirs = await makeRisk(t, org, officer, { ownerUserId: otherOwner.id });
    const patch = (as: typeof owner, risk: Risk, body: Record<string, unknown>) =>
      t.request('PATCH', `/api/v1/orgs/${org.id}/risks/${risk.id}`, {
        as: as.session,
        body: { version: risk.version, ...body },
      });
    expect((await patch(owner, mine, { plannedControls: 'MFA på fjernadgang' })).statusCode).toBe(200);
    expect((await patch(owner, theirs, { plannedControls: 'Noget' })).statusCode).toBe(403);
    expect(
      (await patch(owner, { ...mine, version: mine.version + 1 }, { ownerUserId: otherOwner.id })).statusCode,
    ).toBe(403);
    const draft = await t.request('POST', `/api/v1/orgs/${org.id}/risks`, {
      as: contributor.session,
      body: { title: 'Kladde fra afdelingen', likelihood: 2, consequencePatientSafety: 3 },
    });
    expect(draft.statusCode).toBe(201);
    expect(draft.json()).toMatchObject({ status: 'draft', ownerUserId: null });
    const promote = await patch(contributor, draft.json(), { status: 'open', ownerUserId: owner.id });
    expect(promote.statusCode).toBe(403);
    expect((await patch(contributor, theirs, { title: 'Overtaget' })).statusCode).toBe(403);
    expect((await patch(auditor, theirs, { title: 'Revisor' })).statusCode).toBe(403);
    const openByOfficer = await patch(officer, draft.json(), { status: 'open', ownerUserId: owner.id });
    expect(openByOfficer.json().status).toBe('open');
    const stale = await patch(officer, draft.json(), { title: 'Forældet' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    const deleteOpen = await t.request('DELETE', `/api/v1/orgs/${org.id}/risks/${theirs.id}`, {
      as: officer.session,
    });
    expect(deleteOpen.statusCode).toBe(409);
    expect(deleteOpen.json().error.code).toBe('risk_delete_not_draft');
  });

  it('hides one organisation’s risks from its sibling and lets the parent read the subtree; the supervisor reads, never writes', async () => {
    const t = get();
    const { group, org, unit, sibling } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const unitOfficer = await makeUser(t, unit, 'security_officer');
    const siblingOfficer = await makeUser(t, sibling, 'security_officer');
    const supervisor = await makeUser(t, group, 'supervisor');
    const employee = await makeUser(t, org, 'employee');
    const risk = await makeRisk(t, org, officer, { title: 'Hospitalets risiko' });
    const unitRisk = await makeRisk(t, unit, unitOfficer, { title: 'Afdelingens risiko' });
    expect(
      (await t.request('GET', `/api/v1/orgs/${org.id}/risks/${risk.id}`, { as: siblingOfficer.session }))
        .statusCode,
    ).toBe(404);
    expect(
      (await t.request('GET', `/api/v1/orgs/${sibling.id}/risks/${risk.id}`, { as: siblingOfficer.session }))
        .statusCode,
    ).toBe(404);
    expect(
      (await t.request('GET', `/api/v1/orgs/${org.id}/risks`, { as: siblingOfficer.session })).statusCode,
    ).toBe(404);
    expect(
      (await t.request('GET', `/api/v1/orgs/${org.id}/risks`, { as: employee.session })).statusCode,
    ).toBe(403);
    const subtree = (
      await t.request('GET', `/api/v1/orgs/${org.id}/risks?subtree=true&sort=title`, { as: officer.session })
    ).json() as Page;
    expect(subtree.items.map((r) => r.id)).toEqual([unitRisk.id, risk.id]);
    const fromGroup = (
      await t.request('GET', `/api/v1/orgs/${group.id}/risks?subtree=true`, { as: supervisor.session })
    ).json() as Page;
    expect(fromGroup.items.map((r) => r.id).sort()).toEqual([risk.id, unitRisk.id].sort());
    const write = await t.request('PATCH', `/api/v1/orgs/${org.id}/risks/${risk.id}`, {
      as: supervisor.session,
      body: { version: risk.version, title: 'Tilsynet retter' },
    });
    expect(write.statusCode).toBe(403);
  });

  it('draws the heat map as every matrix cell with inherent and residual counts', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    await makeRisk(t, org, officer, {
      likelihood: 5,
      consequencePatientSafety: 5,
      residualLikelihood: 2,
      residualConsequencePatientSafety: 5,
    });
    await makeRisk(t, org, officer, { likelihood: 5, consequenceOrganisation: 5 });
    await makeRisk(t, org, officer, { likelihood: 1, consequenceOrganisation: 1, status: 'draft' });
    const map = (
      await t.request('GET', `/api/v1/orgs/${org.id}/risks/heat-map`, { as: officer.session })
    ).json();
    expect(map.inherent.cells).toHaveLength(25);
    expect(map.inherent.cells[0]).toMatchObject({ likelihood: 5, consequence: 1, score: 5 });
    const cell = (
      grid: { cells: { likelihood: number; consequence: number; count: number }[] },
      l: number,
      c: number,
    ) => grid.cells.find((x) => x.likelihood === l && x.consequence === c);
    expect(cell(map.inherent, 5, 5)).toMatchObject({
      count: 2,
      score: 25,
      aboveTolerance: true,
      level: { label: 'Kritisk' },
    });
    expect(cell(map.inherent, 1, 1)?.count).toBe(0);
    expect(map.inherent.total).toBe(2);
    expect(cell(map.residual, 2, 5)).toMatchObject({ count: 1, score: 10 });
    expect(map.residual).toMatchObject({ total: 1, notAssessed: 1 });
    expect(map.likelihoodLevels[0]).toEqual({ level: 1, label: 'Meget lav' });
  });

  it('sums up the register for the dashboard, with countdowns to reviews and expiries', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const management = await makeUser(t, org, 'management');
    const soon = await makeRisk(t, org, officer, {
      likelihood: 5,
      consequencePatientSafety: 4,
      reviewDate: addDaysToDate(todayLocal(), 10),
      treatment: 'reduce',
    });
    expect(soon.reviewInDays).toBe(10);
    const late = await makeRisk(t, org, officer, { reviewDate: addDaysToDate(todayLocal(), -3) });
    expect(late.reviewInDays).toBe(-3);
    const accepted = await t.request('POST', `/api/v1/orgs/${org.id}/risks/${late.id}/acceptance`, {
      as: management.session,
      body: { version: late.version, reason: 'Forsvarligt', expiresOn: addDaysToDate(todayLocal(), 20) },
    });
    expect(accepted.json().acceptance.expiresInDays).toBe(20);
    await makeRisk(t, org, officer, { status: 'draft' });
    await t.request('POST', `/api/v1/orgs/${org.id}/risks/${soon.id}/actions`, {
      as: officer.session,
      body: { title: 'Overskredet handling', dueDate: addDaysToDate(todayLocal(), -1) },
    });
    const summary = (
      await t.request('GET', `/api/v1/orgs/${org.id}/risks/summary`, { as: management.session })
    ).json();
    expect(summary).toMatchObject({
      total: 3,
      byStatus: { draft: 1, open: 1, accepted: 1, closed: 0 },
      live: 2,
      aboveTolerance: 1,
      untreated: 1,
      reviews: { overdue: 1, dueSoon: 1 },
      acceptances: { active: 1, expiringSoon: 1, expired: 0 },
      actions: { open: 1, overdue: 1 },
    });
    expect(summary.byLevel.map((l: { label: string; count: number }) => [l.label, l.count])).toEqual([
      ['Lav', 0],
      ['Middel', 1],
      ['Høj', 0],
      ['Kritisk', 1],
    ]);
  });

  it('writes every change to the audit log', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const risk = await makeRisk(t, org, officer);
    await t.request('PATCH', `/api/v1/orgs/${org.id}/risks/${risk.id}`, {
      as: officer.session,
      body: { version: risk.version, treatment: 'reduce', plannedControls: 'Segmentering af netværket' },
    });
    const log = await t.request('GET', `/api/v1/orgs/${org.id}/audit-events?entityType=risk_scenario`, {
      as: officer.session,
    });
    expect(log.json().items.map((e: { action: string }) => e.action)).toEqual([
      'risk.updated',
      'risk.created',
    ]);
  });
});
