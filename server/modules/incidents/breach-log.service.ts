import { z } from 'zod';
import {
  breachRisks,
  dataCategories,
  dataSubjectCategories,
  incidentCategories,
  incidentStatuses,
} from '../../catalog/incidents.ts';
import { requireOrg } from '../../platform/access.ts';
import { isoInstant } from '../../platform/api-schemas.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { decodeCursor, pageOf } from '../../platform/pagination.ts';
import { maskedOrNull } from './cpr.rules.ts';
import { referenceOf } from './incidents.presenter.ts';
import * as repo from './incidents.repository.ts';
import { readableOrgIds } from './incidents.service.ts';
import { breachNotificationsOf } from './notifications.repository.ts';

/**
 * The breach log of GDPR Art. 33(5): every personal-data breach, notified or not, with its
 * facts, effects and remedial action, and the reasoning when it was not notified. CPR numbers
 * are masked: the log may be handed to Datatilsynet.
 */
export const breachLogEntrySchema = z
  .object({
    incidentId: z.string(),
    orgId: z.string(),
    reference: z.string(),
    status: z.enum(incidentStatuses),
    category: z.enum(incidentCategories).nullable(),
    awareAt: isoInstant,
    occurredAt: isoInstant.nullable(),
    reportedAt: isoInstant,
    facts: z.string().describe('What happened (CPR numbers masked)'),
    dataCategories: z.array(z.enum(dataCategories)),
    dataSubjectCategories: z.array(z.enum(dataSubjectCategories)),
    dataSubjectsApprox: z.number().int().nullable(),
    recordsApprox: z.number().int().nullable(),
    effects: z.string().nullable().describe('Likely consequences'),
    remedialAction: z.string().nullable().describe('Measures taken or proposed'),
    risk: z.enum(breachRisks).nullable(),
    reasoning: z
      .string()
      .nullable()
      .describe('Why it was not notified, when judged unlikely to result in a risk'),
    notifiedAuthorityAt: isoInstant.nullable(),
    authorityReference: z.string().nullable(),
    delayReason: z.string().nullable(),
    dataSubjectsNotifiedAt: isoInstant.nullable(),
    dataSubjectsExemption: z.string().nullable(),
    lessonsLearned: z.string().nullable(),
  })
  .meta({ id: 'BreachLogEntry' });

export type BreachLogEntry = z.infer<typeof breachLogEntrySchema>;

const list = <T extends string>(text: string, allowed: readonly T[]): T[] =>
  (JSON.parse(text) as string[]).filter((v): v is T => (allowed as readonly string[]).includes(v));

type Sent = Awaited<ReturnType<typeof breachNotificationsOf>>[number];

function present(row: repo.IncidentRow, sent: readonly Sent[]): BreachLogEntry {
  const mine = sent.filter((n) => n.incident_id === row.id);
  const authority = mine.find((n) => n.recipient === 'datatilsynet');
  const subjects = mine.find((n) => n.recipient === 'data_subjects');
  return {
    incidentId: row.id,
    orgId: row.org_id,
    reference: referenceOf(row),
    status: row.status,
    category: row.category,
    awareAt: row.aware_at,
    occurredAt: row.occurred_at,
    reportedAt: row.reported_at,
    facts: maskedOrNull(row.description) ?? '',
    dataCategories: list(row.data_categories, dataCategories),
    dataSubjectCategories: list(row.data_subject_categories, dataSubjectCategories),
    dataSubjectsApprox: row.data_subjects_approx,
    recordsApprox: row.records_approx,
    effects: maskedOrNull(row.likely_consequences),
    remedialAction: maskedOrNull(row.measures_taken),
    risk: row.breach_risk,
    reasoning: maskedOrNull(row.breach_risk_reasoning),
    notifiedAuthorityAt: authority?.sent_at ?? null,
    authorityReference: authority?.reference ?? null,
    delayReason: maskedOrNull(authority?.delay_reason ?? null),
    dataSubjectsNotifiedAt: subjects?.sent_at ?? null,
    dataSubjectsExemption: maskedOrNull(row.data_subjects_exemption),
    lessonsLearned: maskedOrNull(row.lessons_learned),
  };
}

export type BreachLogQuery = { limit: number; cursor?: string; subtree?: boolean };

async function breachRows(ctx: RequestContext, actor: Actor, orgId: string, query: BreachLogQuery) {
  const org = await requireOrg(ctx, actor, orgId, 'incidents.read');
  const orgIds = await readableOrgIds(ctx, actor, org, query.subtree ?? false);
  const rows = await repo.listIncidents(ctx.db, orgIds, {
    dialect: ctx.dialect,
    personalDataBreach: true,
    direction: 'desc',
    cursor: query.cursor ? decodeCursor(query.cursor, 2) : undefined,
    limit: query.limit,
  });
  return { org, rows };
}

export async function listBreachLog(ctx: RequestContext, actor: Actor, orgId: string, query: BreachLogQuery) {
  const { rows } = await breachRows(ctx, actor, orgId, query);
  const page = pageOf(rows, query.limit, (row) => [row.reported_at, row.id]);
  const sent = await breachNotificationsOf(
    ctx.db,
    page.items.map((r) => r.id),
  );
  return { items: page.items.map((row) => present(row, sent)), nextCursor: page.nextCursor };
}

/** Export limit: the breach log of even a large region is far below this. */
export const BREACH_EXPORT_LIMIT = 5000;

/** The whole log (newest first) for the XLSX and PDF exports. */
export async function breachLogForExport(ctx: RequestContext, actor: Actor, orgId: string, subtree: boolean) {
  const { org, rows } = await breachRows(ctx, actor, orgId, { limit: BREACH_EXPORT_LIMIT, subtree });
  const items = rows.slice(0, BREACH_EXPORT_LIMIT);
  const sent = await breachNotificationsOf(
    ctx.db,
    items.map((r) => r.id),
  );
  return { org, entries: items.map((row) => present(row, sent)) };
}
