import { expect, it } from 'vitest';
import { installAllModules } from '../../modules.ts';

installAllModules();

import { makeTree, makeUser } from '../../test/factories.ts';
import { describeEachDb, type TestApp } from '../../test/harness.ts';
import { enqueueJob } from '../jobs/enqueue.ts';
import { JobRunner } from '../jobs/runner.ts';
import { recurringSchedules } from '../jobs/schedule.ts';
import { auditChainHeadsJob } from './audit-head-mail.ts';

async function headOf(t: TestApp, chain: string) {
  return t.database.db
    .selectFrom('audit_heads')
    .select(['seq', 'hash'])
    .where('chain', '=', chain)
    .executeTakeFirstOrThrow();
}

async function mailsTo(t: TestApp, email: string) {
  return t.database.db
    .selectFrom('mail_outbox')
    .selectAll()
    .where('recipient', '=', email)
    .where('template', '=', 'audit_chain_head')
    .execute();
}

describeEachDb('daily audit chain head mail', (get) => {
  it('is scheduled every day at 06:00 Danish time', () => {
    expect(recurringSchedules()).toContainEqual(
      expect.objectContaining({
        name: 'audit-chain-heads',
        recurrence: { dailyAt: '06:00' },
        type: auditChainHeadsJob.type,
      }),
    );
  });

  it('mails each organisation’s admins the head of its chain, units to the admins above them', async () => {
    const t = get();
    const { root, org, unit, sibling } = await makeTree(t);
    const orgAdmin = await makeUser(t, org, 'admin');
    const englishAdmin = await makeUser(t, org, 'admin');
    await t.database.db
      .updateTable('users')
      .set({ locale: 'en' })
      .where('id', '=', englishAdmin.id)
      .execute();
    const rootAdmin = await makeUser(t, root, 'admin');
    const officer = await makeUser(t, org, 'security_officer');

    const runner = new JobRunner(t.system(), { schedules: [] });
    await enqueueJob(t.database.db, { type: auditChainHeadsJob.type, payload: {} });
    await runner.runDue();

    const orgHead = await headOf(t, org.id);
    const unitHead = await headOf(t, unit.id);
    const siblingHead = await headOf(t, sibling.id);
    const [mail] = await mailsTo(t, orgAdmin.email);
    expect(await mailsTo(t, orgAdmin.email)).toHaveLength(1);
    expect(mail?.locale).toBe('da');
    expect(mail?.subject).toMatch(/^Revisionsloggens kædehoved /);
    expect(mail?.text).toContain(`${org.name}: ${orgHead.seq} / ${orgHead.hash}`);
    expect(mail?.text).toContain(`${unit.name}: ${unitHead.seq} / ${unitHead.hash}`);
    expect(mail?.text).not.toContain(siblingHead.hash);

    const [english] = await mailsTo(t, englishAdmin.email);
    expect(english?.subject).toMatch(/^Audit log chain head /);
    expect(english?.text).toContain(`${org.name}: ${orgHead.seq} / ${orgHead.hash}`);

    // The sector root's admins answer for the root's chain, not for the organisations below.
    const [rootMail] = await mailsTo(t, rootAdmin.email);
    const rootHead = await headOf(t, root.id);
    expect(rootMail?.text).toContain(`${root.name}: ${rootHead.seq} / ${rootHead.hash}`);
    expect(rootMail?.text).not.toContain(orgHead.hash);
    expect(await mailsTo(t, officer.email)).toEqual([]);
  });
});
