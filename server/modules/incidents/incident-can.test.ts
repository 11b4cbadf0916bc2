import { expect, it } from 'vitest';
import { makeTree, makeUser } from '../../test/factories.ts';
import { describeEachDb } from '../../test/harness.ts';
import { getIncident, reportIncident } from '../../test/incidents-factories.ts';

describeEachDb('incidents: what each role may do (can)', (get) => {
  it('offers triage to the security officer, the breach assessment but not triage to the DPO, and nothing to the auditor', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const employee = await makeUser(t, org, 'employee');
    const officer = await makeUser(t, org, 'security_officer');
    const dpo = await makeUser(t, org, 'dpo');
    const auditor = await makeUser(t, org, 'auditor');
    const { id } = await reportIncident(t, employee, org);

    const canOf = async (who: typeof officer) => (await getIncident(t, who, org.id, id)).can;
    expect(await canOf(officer)).toMatchObject({ triage: true, changeStatus: true, assessBreach: true });
    expect(await canOf(dpo)).toMatchObject({
      triage: false,
      changeStatus: false,
      assessBreach: true,
      setAwareness: true,
    });
    const auditorCan = (await canOf(auditor)) as Record<string, boolean>;
    expect(Object.keys(auditorCan)).toContain('triage');
    expect(Object.values(auditorCan).every((allowed) => allowed === false)).toBe(true);

    // The list carries the same answer as the record.
    const list = await t.request('GET', `/api/v1/orgs/${org.id}/incidents`, { as: dpo.session });
    expect(list.json().items[0].can).toMatchObject({ triage: false, assessBreach: true });

    // And the operations agree with what was offered.
    const version = (await getIncident(t, dpo, org.id, id)).version;
    const triageByDpo = await t.request('PATCH', `/api/v1/orgs/${org.id}/incidents/${id}`, {
      as: dpo.session,
      body: { version, severity: 'low' },
    });
    expect(triageByDpo.statusCode).toBe(403);
  });
});
