import { expect, it } from 'vitest';
import { describeEachDb } from '../test/harness.ts';
import { DEMO_PASSWORD, demoEmail, seedDemo } from './demo-data.ts';

describeEachDb('demo assets and risks', (get) => {
  it('gives the demo hospital a ranked set of critical processes, a live risk register and last year’s approved assessment', async () => {
    const t = get();
    await seedDemo({ config: t.config, db: t.database.db, dialect: t.dialect, logger: t.app.log as never });
    const hospital = await t.database.db
      .selectFrom('organisations')
      .select('id')
      .where('name', '=', 'Vestkystens Universitetshospital')
      .executeTakeFirstOrThrow();
    const officer = await t.login(demoEmail('security_officer'), DEMO_PASSWORD);
    const base = `/api/v1/orgs/${hospital.id}`;
    const overview = (await t.request('GET', `${base}/assets/critical-processes`, { as: officer })).json();
    expect(
      overview.items.map((i: { rank: number; process: { name: string } }) => [i.rank, i.process.name]),
    ).toEqual([
      [1, 'Akut modtagelse og traume'],
      [2, 'Medicinering: ordination og administration'],
      [3, 'Billeddiagnostik'],
      [4, 'Laboratoriediagnostik (blodprøver)'],
    ]);
    const risks = (await t.request('GET', `${base}/risks`, { as: officer })).json().items;
    expect(risks).toHaveLength(7);
    expect(risks.filter((r: { status: string }) => r.status === 'accepted')).toHaveLength(2);
    const assessments = (await t.request('GET', `${base}/risk-assessments`, { as: officer })).json().items;
    expect(assessments).toEqual([
      expect.objectContaining({ status: 'approved', summary: expect.objectContaining({ risks: 4 }) }),
    ]);
    const heatMap = (await t.request('GET', `${base}/risks/heat-map`, { as: officer })).json();
    expect(heatMap.inherent.total).toBe(6);
    const impact = (await t.request('GET', `${base}/assets`, { as: officer })).json().items;
    const power = impact.find((a: { name: string }) => a.name === 'Nødstrøm og UPS');
    const hit = (await t.request('GET', `${base}/assets/${power.id}/impact`, { as: officer })).json();
    expect(hit.criticalProcesses).toHaveLength(4);
  });
});
