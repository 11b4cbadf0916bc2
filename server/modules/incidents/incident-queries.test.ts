import { CompiledQuery, sql } from 'kysely';
import { expect, it } from 'vitest';
import type { Db } from '../../db/database.ts';
import { newId } from '../../platform/ids.ts';
import { describeEachDb, type TestApp } from '../../test/harness.ts';
import { type IncidentListFilter, listIncidentsQuery } from './incidents.repository.ts';

/**
 * Every list has an index matching its filter and sort (DESIGN.md section 9): the plan uses it
 * and needs no separate sort step. On PostgreSQL sequential scans are switched off for the
 * check, so the answer does not depend on the (tiny) table's statistics.
 */
async function plan(t: TestApp, query: CompiledQuery): Promise<string> {
  if (t.dialect === 'sqlite') {
    const result = await t.database.db.executeQuery<{ detail: string }>(
      CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]),
    );
    return result.rows.map((r) => r.detail).join('\n');
  }
  return t.database.db.transaction().execute(async (trx) => {
    await sql`set local enable_seqscan = off`.execute(trx);
    const result = await trx.executeQuery<{ 'QUERY PLAN': string }>(
      CompiledQuery.raw(`explain ${query.sql}`, [...query.parameters]),
    );
    return result.rows.map((r) => r['QUERY PLAN']).join('\n');
  });
}

const base: IncidentListFilter = { direction: 'desc', limit: 50 };

const cases: { name: string; filter: IncidentListFilter; index: string }[] = [
  { name: 'newest first', filter: base, index: 'incidents_org_reported_idx' },
  {
    name: 'by status, next page',
    filter: { ...base, status: ['in_progress'], cursor: ['2026-03-01T00:00:00.000Z', newId()] },
    index: 'incidents_org_status_idx',
  },
  { name: 'breach log', filter: { ...base, personalDataBreach: true }, index: 'incidents_breach_log_idx' },
];

describeEachDb('incidents: query plans', (get) => {
  it('reads a subtree list newest first through incidents_reported_idx without sorting', async () => {
    const t = get();
    const orgIds = Array.from({ length: 40 }, () => newId());
    const compiled = listIncidentsQuery(t.database.db as Db, orgIds, {
      ...base,
      dialect: t.dialect,
    }).compile();
    const text = await plan(t, compiled);
    // PostgreSQL chooses by its statistics (bench/incidents.ts shows it reading the same index
    // on a filled table); SQLite is steered to it.
    if (t.dialect === 'sqlite') {
      expect(text).toContain('incidents_reported_idx');
      expect(text).not.toContain('TEMP B-TREE');
    } else {
      expect(text).toMatch(/incidents_\w+_idx/);
    }
  });

  for (const { name, filter, index } of cases) {
    it(`reads the incident list (${name}) through ${index} without sorting`, async () => {
      const t = get();
      const compiled = listIncidentsQuery(t.database.db as Db, [newId()], {
        ...filter,
        dialect: t.dialect,
      }).compile();
      const text = await plan(t, compiled);
      // SQLite picks the matching index by its shape; PostgreSQL costs an empty table, so any of
      // the incident indexes that gives the order without a sort step is right there.
      if (t.dialect === 'sqlite') expect(text).toContain(index);
      else expect(text).toMatch(/Index Scan.* using incidents_\w+_idx on incidents/);
      expect(text).not.toMatch(/TEMP B-TREE|Sort Key|^\s*(->\s*)?Sort/im);
    });
  }
});
