import { z } from 'zod';
import { GLOBAL_CHAIN } from '../audit.ts';
import { nowIso } from '../clock.ts';
import { defineJob, type JobContext } from '../jobs/registry.ts';
import { scheduleRecurring } from '../jobs/schedule.ts';
import * as repo from './audit-head.repository.ts';
import { sendMail } from './send-mail.ts';

type Org = Awaited<ReturnType<typeof repo.listOrgsForHeads>>[number];
type Admin = Awaited<ReturnType<typeof repo.listActiveAdmins>>[number];
type Chain = { orgName: string | null; seq: number; hash: string };

/**
 * Who answers for an organisation's chain: its own admins; for an organisation without any
 * (a unit, typically) the admins of the nearest ancestor who hold the subtree. Admins of the
 * sector root do not reach the organisations' records, so they get only their own chains and
 * the instance's shared chain.
 */
function responsibleAdmins(org: Org, orgs: Map<string, Org>, adminsByOrg: Map<string, Admin[]>): Admin[] {
  const own = adminsByOrg.get(org.id) ?? [];
  if (own.length > 0) return own;
  const ancestorIds = org.path.split('/').filter(Boolean).slice(0, -1).reverse();
  for (const id of ancestorIds) {
    if (orgs.get(id)?.kind === 'sector') continue;
    const reaching = (adminsByOrg.get(id) ?? []).filter((admin) => Boolean(admin.include_subtree));
    if (reaching.length > 0) return reaching;
  }
  return [];
}

/**
 * DESIGN.md section 5: every morning each organisation's admins get the head (sequence number
 * and hash) of its audit chain. A copy outside the database makes a rewrite of the audit table
 * detectable. One mail per admin lists every chain they answer for.
 */
async function mailAuditChainHeads(_payload: unknown, ctx: JobContext): Promise<void> {
  const at = nowIso();
  const heads = await repo.listChainHeads(ctx.db);
  const orgs = new Map((await repo.listOrgsForHeads(ctx.db)).map((org) => [org.id, org]));
  const admins = await repo.listActiveAdmins(ctx.db);
  const adminsByOrg = new Map<string, Admin[]>();
  for (const admin of admins)
    adminsByOrg.set(admin.org_id, [...(adminsByOrg.get(admin.org_id) ?? []), admin]);
  const instanceAdmins = admins.filter((admin) => orgs.get(admin.org_id)?.kind === 'sector');

  const inbox = new Map<string, { to: string; locale: 'da' | 'en'; chains: Chain[] }>();
  for (const head of heads) {
    const org = head.chain === GLOBAL_CHAIN ? null : orgs.get(head.chain);
    if (org === undefined) continue;
    const recipients = org ? responsibleAdmins(org, orgs, adminsByOrg) : instanceAdmins;
    for (const admin of recipients) {
      const mail = inbox.get(admin.user_id) ?? { to: admin.email, locale: admin.locale, chains: [] };
      mail.chains.push({ orgName: org?.name ?? null, seq: head.seq, hash: head.hash });
      inbox.set(admin.user_id, mail);
    }
  }

  await ctx.db.transaction().execute(async (trx) => {
    for (const [userId, mail] of inbox) {
      const chains = mail.chains.sort((a, b) => (a.orgName ?? '').localeCompare(b.orgName ?? '', 'da'));
      await sendMail(trx, ctx, {
        to: mail.to,
        template: 'audit_chain_head',
        locale: mail.locale,
        params: { at, chains },
        // A retry of this job after a partial failure does not mail anyone twice.
        dedupeKey: `audit-chain-head:${ctx.job.id}:${userId}`,
      });
    }
  });
  ctx.logger.info({ chains: heads.length, mails: inbox.size }, 'audit chain heads mailed');
}

export const auditChainHeadsJob = defineJob('mail.audit_chain_heads', z.object({}), mailAuditChainHeads);

export const auditChainHeadsSchedule = scheduleRecurring(
  'audit-chain-heads',
  { dailyAt: '06:00' },
  auditChainHeadsJob.type,
);
