import { expect, it } from 'vitest';
import { runCli } from '../../cli.ts';
import { writeAudit } from '../../platform/audit.ts';
import { makeTree, makeUser } from '../../test/factories.ts';
import { describeEachDb, startTestApp } from '../../test/harness.ts';
import { testDialects } from '../../test/test-database.ts';

describeEachDb('audit log', (get) => {
  it('records actor, organisation, entity and before/after for a change, with secrets redacted', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const admin = await makeUser(t, org, 'admin');
    const current = await t.request('GET', `/api/v1/orgs/${org.id}`, { as: admin.session });
    await t.request('PATCH', `/api/v1/orgs/${org.id}`, {
      as: admin.session,
      body: { version: current.json().version, name: 'Omdøbt Hospital' },
    });
    const added = await t.request('POST', `/api/v1/orgs/${org.id}/members`, {
      as: admin.session,
      body: { email: 'hemmelig@test.skjold.dk', name: 'Hemmelig', role: 'employee' },
    });
    expect(added.statusCode).toBe(201);
    const log = await t.request('GET', `/api/v1/orgs/${org.id}/audit-events?limit=50`, { as: admin.session });
    expect(log.statusCode).toBe(200);
    const events = log.json().items as { action: string; actorId: string; before: unknown; after: unknown }[];
    const rename = events.find((e) => e.action === 'org.updated');
    expect(rename).toMatchObject({
      actorId: admin.id,
      before: expect.objectContaining({ name: org.name }),
      after: expect.objectContaining({ name: 'Omdøbt Hospital' }),
    });
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['user.created', 'member.added']));
    const raw = JSON.stringify(events);
    expect(raw).not.toContain(added.json().oneTimePassword);
    expect(raw).not.toMatch(/argon2id/);
  });

  it('redacts secret-looking fields at any depth', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const ctx = { ...t.system() };
    await t.database.db.transaction().execute((trx) =>
      writeAudit(trx, ctx, {
        orgId: org.id,
        action: 'test.secret',
        entityType: 'test',
        entityId: 'x',
        after: { apiToken: 'tok-123', nested: { password: 'hunter2', note: 'fine' } },
      }),
    );
    const row = await t.database.db
      .selectFrom('audit_events')
      .select('after_json')
      .where('action', '=', 'test.secret')
      .executeTakeFirstOrThrow();
    expect(row.after_json).not.toContain('tok-123');
    expect(row.after_json).not.toContain('hunter2');
    expect(row.after_json).toContain('fine');
  });

  it('filters by action and Danish calendar day, pages newest first, and exports CSV', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const admin = await makeUser(t, org, 'admin');
    for (const name of ['Første', 'Anden', 'Tredje']) {
      await t.request('POST', `/api/v1/orgs/${org.id}/members`, {
        as: admin.session,
        body: { email: `${name.toLowerCase()}@test.skjold.dk`.replace('ø', 'oe'), name, role: 'employee' },
      });
    }
    const first = await t.request('GET', `/api/v1/orgs/${org.id}/audit-events?action=member.added&limit=2`, {
      as: admin.session,
    });
    const page1 = first.json();
    expect(page1.items).toHaveLength(2);
    expect(page1.items[0].seq).toBeGreaterThan(page1.items[1].seq);
    const second = await t.request(
      'GET',
      `/api/v1/orgs/${org.id}/audit-events?action=member.added&limit=2&cursor=${page1.nextCursor}`,
      { as: admin.session },
    );
    // Three employees plus the admin's own membership.
    expect(second.json().items).toHaveLength(2);
    expect(second.json().nextCursor).toBeNull();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
    const none = await t.request('GET', `/api/v1/orgs/${org.id}/audit-events?to=2020-01-01`, {
      as: admin.session,
    });
    expect(none.json().items).toEqual([]);
    const todays = await t.request('GET', `/api/v1/orgs/${org.id}/audit-events?from=${today}&to=${today}`, {
      as: admin.session,
    });
    expect(todays.json().items.length).toBeGreaterThan(4);
    const csv = await t.request('GET', `/api/v1/orgs/${org.id}/audit-events.csv?action=member.added`, {
      as: admin.session,
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('attachment');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('seq,at,actorName,actorId,action,entityType,entityId,before,after,hash');
    expect(lines).toHaveLength(5);
    expect(csv.body).toContain('Første');
  });

  it('refuses the audit log to roles without audit rights', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const employee = await makeUser(t, org, 'employee');
    const response = await t.request('GET', `/api/v1/orgs/${org.id}/audit-events`, { as: employee.session });
    expect(response.statusCode).toBe(403);
  });

  it('keeps one unbroken hash chain per organisation that `cli audit verify` accepts, and finds a tampered event', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const admin = await makeUser(t, org, 'admin');
    for (let i = 0; i < 3; i++) {
      const current = await t.request('GET', `/api/v1/orgs/${org.id}`, { as: admin.session });
      await t.request('PATCH', `/api/v1/orgs/${org.id}`, {
        as: admin.session,
        body: { version: current.json().version, name: `Navn ${i}` },
      });
    }
    const env = { DATABASE_URL: t.config.databaseUrl, SKJOLD_LOG_LEVEL: 'silent' };
    const logs = captureConsole();
    expect(await runCli(['audit', 'verify'], env)).toBe(0);
    const victim = await t.database.db
      .selectFrom('audit_events')
      .select(['id', 'seq', 'after_json'])
      .where('org_id', '=', org.id)
      .where('action', '=', 'org.updated')
      .orderBy('seq')
      .executeTakeFirstOrThrow();
    await t.database.db
      .updateTable('audit_events')
      .set({ after_json: (victim.after_json ?? '').replace('Navn 0', 'Forfalsket') })
      .where('id', '=', victim.id)
      .execute();
    expect(await runCli(['audit', 'verify'], env)).toBe(1);
    logs.restore();
    expect(logs.errors.join('\n')).toContain(`chain ${org.id}, event ${victim.seq}: hash_mismatch`);
  });
});

function captureConsole() {
  const errors: string[] = [];
  const originalError = console.error;
  const originalLog = console.log;
  console.error = (...args: unknown[]) => errors.push(args.join(' '));
  console.log = () => {};
  return {
    errors,
    restore: () => {
      console.error = originalError;
      console.log = originalLog;
    },
  };
}

for (const dialect of testDialects) {
  it(`fails a successful write that wrote no audit event [${dialect}]`, async () => {
    // A route that changes data but forgets its audit event, as a buggy module would.
    const { t, stop } = await startTestApp(dialect, {}, (app) => {
      app.post('/api/v1/rogue-write', async (request) => {
        await request.ctx.db.updateTable('users').set({ locale: 'en' }).execute();
        return { ok: true };
      });
    });
    try {
      const { org } = await makeTree(t);
      const admin = await makeUser(t, org, 'admin');
      const response = await t.request('POST', '/api/v1/rogue-write', { as: admin.session, body: {} });
      expect(response.statusCode).toBe(500);
      expect(response.json().error.code).toBe('audit_missing');
    } finally {
      await stop();
    }
  });
}
