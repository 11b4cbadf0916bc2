import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { makeRoot, makeTree, makeUser } from '../../test/factories.ts';
import { describeEachDb, type TestApp } from '../../test/harness.ts';
import { type ReceivedMail, receiveInto } from '../../test/smtp-fixture.ts';
import { JobRunner } from '../jobs/runner.ts';
import { sendMail } from './send-mail.ts';

const SMTP_USER = 'skjold';
const SMTP_PASSWORD = 'smtp-hemmelighed-123';

const received: ReceivedMail[] = [];
let smtp: SMTPServer;
let smtpPort = 0;

beforeAll(async () => {
  smtp = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD)
        callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onData: receiveInto(received),
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

/** A runner whose configuration points at the test SMTP server; logs go to `logs` when given. */
function smtpRunner(t: TestApp, options: { password?: string; logs?: string[] } = {}) {
  const system = t.system();
  const logger = options.logs
    ? pino({ level: 'debug' }, { write: (line: string) => options.logs?.push(line) })
    : system.logger;
  const smtpUrl = `smtp://${SMTP_USER}:${options.password ?? SMTP_PASSWORD}@127.0.0.1:${smtpPort}`;
  const config = { ...t.config, mail: { smtpUrl, from: 'Skjold <skjold@test.skjold.dk>' } };
  return new JobRunner({ ...system, config, logger }, { schedules: [] });
}

const outboxRunner = (t: TestApp) => new JobRunner(t.system(), { schedules: [] });

/** The decoded value of a header of a raw message (RFC 2047 encoded words, folded lines). */
function header(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0] ?? '';
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const line = unfolded.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  const value = line?.slice(name.length + 1).trim() ?? '';
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?[^?]+\?([BbQq])\?([^?]*)\?=/g, (_, encoding: string, data: string) => {
      if (encoding.toUpperCase() === 'B') return Buffer.from(data, 'base64').toString('utf8');
      const bytes = data
        .replace(/_/g, ' ')
        .split(/(=[0-9A-Fa-f]{2})/)
        .flatMap((part) =>
          /^=[0-9A-Fa-f]{2}$/.test(part)
            ? [Number.parseInt(part.slice(1), 16)]
            : [...Buffer.from(part, 'latin1')],
        );
      return Buffer.from(bytes).toString('utf8');
    });
}

const task = { orgName: 'Hospital Syd', taskTitle: 'Gennemgå adgange', dueDate: '2026-12-01' };
const unique = () => randomBytes(4).toString('hex');

describeEachDb('mail', (get) => {
  it('sends a queued mail once over SMTP, in the recipient’s language, and logs no address or content', async () => {
    const t = get();
    const logs: string[] = [];
    const cases = [
      { locale: 'da', subject: 'Påmindelse: Gennemgå adgange (frist 1. december 2026)' },
      { locale: 'en', subject: 'Reminder: Gennemgå adgange (due 1 December 2026)' },
    ] as const;
    for (const { locale, subject } of cases) {
      const to = `modtager-${locale}-${unique()}@test.skjold.dk`;
      await t.database.db
        .transaction()
        .execute((trx) => sendMail(trx, t.system(), { to, template: 'task_reminder', locale, params: task }));
      const runner = smtpRunner(t, { logs });
      expect((await runner.runDue()).done).toBe(1);
      const delivered = received.filter((mail) => mail.to.includes(to));
      expect(delivered).toHaveLength(1);
      const raw = delivered[0]?.raw ?? '';
      expect(header(raw, 'Subject')).toBe(subject);
      expect(header(raw, 'From')).toBe('Skjold <skjold@test.skjold.dk>');
      expect(raw).toMatch(/multipart\/alternative/);

      expect((await runner.runDue()).claimed).toBe(0);
      expect(received.filter((mail) => mail.to.includes(to))).toHaveLength(1);
      const outbox = await t.database.db
        .selectFrom('mail_outbox')
        .selectAll()
        .where('recipient', '=', to)
        .execute();
      expect(outbox).toEqual([
        expect.objectContaining({ status: 'sent', subject, locale, template: 'task_reminder' }),
      ]);
      expect(outbox[0]?.sent_at).not.toBeNull();
    }
    const logText = logs.join('');
    expect(logText).toContain('mail delivered');
    expect(logText).not.toMatch(/test\.skjold\.dk|Gennemgå|Hospital Syd|Påmindelse/);
    expect(logText).not.toContain(SMTP_PASSWORD);
  });

  it('retries when the SMTP server refuses, without storing the password or the address, then delivers once', async () => {
    const t = get();
    const to = `afvist-${unique()}@test.skjold.dk`;
    const { id } = await t.database.db
      .transaction()
      .execute((trx) => sendMail(trx, t.system(), { to, template: 'test_mail', locale: 'da', params: {} }));
    expect((await smtpRunner(t, { password: 'wrong-password' }).runDue()).retried).toBe(1);
    const job = await t.database.db
      .selectFrom('jobs')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(job).toMatchObject({ status: 'queued', attempts: 1 });
    expect(job.last_error).toBeTruthy();
    expect(job.last_error).not.toContain('wrong-password');
    expect(job.last_error).not.toContain(to);
    expect(received.filter((mail) => mail.to.includes(to))).toHaveLength(0);
    expect(
      await t.database.db.selectFrom('mail_outbox').select('id').where('job_id', '=', id).execute(),
    ).toEqual([]);

    const runner = smtpRunner(t);
    expect((await runner.runDue({ now: new Date(job.run_at) })).done).toBe(1);
    expect((await runner.runDue({ now: new Date(Date.parse(job.run_at) + 3_600_000) })).claimed).toBe(0);
    expect(received.filter((mail) => mail.to.includes(to))).toHaveLength(1);
  });

  it('sends one mail for one dedupe key, however often it is queued', async () => {
    const t = get();
    const to = `en-gang-${unique()}@test.skjold.dk`;
    const dedupeKey = `task_reminder:task-1:2026-12-01:${to}`;
    for (let i = 0; i < 3; i += 1) {
      await t.database.db
        .transaction()
        .execute((trx) =>
          sendMail(trx, t.system(), { to, template: 'task_reminder', locale: 'da', params: task, dedupeKey }),
        );
    }
    await smtpRunner(t).runDue();
    await smtpRunner(t).runDue();
    expect(received.filter((mail) => mail.to.includes(to))).toHaveLength(1);
  });

  it('refuses params that do not fit the template in the caller’s transaction', async () => {
    const t = get();
    const to = `ugyldig-${unique()}@test.skjold.dk`;
    await expect(
      t.database.db.transaction().execute((trx) =>
        sendMail(trx, t.system(), {
          to,
          template: 'task_overdue',
          locale: 'da',
          params: { ...task, dueDate: 'i morgen' },
        }),
      ),
    ).rejects.toThrow();
    const jobs = await t.database.db
      .selectFrom('jobs')
      .select('payload_json')
      .where('type', '=', 'mail.send')
      .execute();
    expect(jobs.some((job) => job.payload_json.includes(to))).toBe(false);
  });

  it('keeps mail in the outbox without SMTP, readable by instance admins', async () => {
    const t = get();
    const admin = await makeUser(t, await makeRoot(t), 'admin');
    const before = received.length;
    const queued = await t.request('POST', '/api/v1/admin/outbox/test-mail', { as: admin.session });
    expect(queued.statusCode).toBe(202);
    const { jobId } = queued.json() as { jobId: string };
    expect((await outboxRunner(t).runDue()).done).toBeGreaterThanOrEqual(1);
    expect(received.length).toBe(before);

    const outbox = await t.request('GET', '/api/v1/admin/outbox?template=test_mail&status=stored', {
      as: admin.session,
    });
    expect(outbox.statusCode).toBe(200);
    const mail = (outbox.json().items as { jobId: string }[]).find((item) => item.jobId === jobId);
    expect(mail).toMatchObject({
      to: admin.email,
      locale: 'da',
      template: 'test_mail',
      subject: 'Testmail fra Skjold',
      status: 'stored',
      sentAt: null,
    });
    expect(mail).toHaveProperty('html', expect.stringContaining('<html lang="da">'));
    const audited = await t.database.db
      .selectFrom('audit_events')
      .select(['chain', 'actor_id'])
      .where('action', '=', 'mail.test_queued')
      .where('entity_id', '=', jobId)
      .executeTakeFirst();
    expect(audited).toEqual({ chain: 'global', actor_id: admin.id });
  });

  it('pages the outbox newest first', async () => {
    const t = get();
    const admin = await makeUser(t, await makeRoot(t), 'admin');
    for (let i = 0; i < 3; i += 1) {
      await t.request('POST', '/api/v1/admin/outbox/test-mail', { as: admin.session });
    }
    await outboxRunner(t).runDue();
    const first = await t.request('GET', '/api/v1/admin/outbox?limit=2', { as: admin.session });
    const second = await t.request('GET', `/api/v1/admin/outbox?limit=2&cursor=${first.json().nextCursor}`, {
      as: admin.session,
    });
    const ids = [...first.json().items, ...second.json().items].map((item: { id: string }) => item.id);
    expect(ids).toHaveLength(4);
    expect([...ids].sort().reverse()).toEqual(ids);
  });

  it('hides the outbox from everyone but the admins of the sector root', async () => {
    const t = get();
    const { root, org } = await makeTree(t);
    for (const user of [await makeUser(t, org, 'admin'), await makeUser(t, root, 'dpo')]) {
      expect((await t.request('GET', '/api/v1/admin/outbox', { as: user.session })).statusCode).toBe(404);
      const test = await t.request('POST', '/api/v1/admin/outbox/test-mail', { as: user.session });
      expect(test.statusCode).toBe(404);
    }
  });
});

describe('mail configuration', () => {
  const base = { DATABASE_URL: 'sqlite::memory:' };

  it('runs jobs by default and not with SKJOLD_JOBS=0', () => {
    expect(loadConfig(base).jobs).toBe(true);
    expect(loadConfig({ ...base, SKJOLD_JOBS: '0' }).jobs).toBe(false);
  });

  it('needs a sender address with SMTP_URL, and an smtp(s) URL', () => {
    expect(() => loadConfig({ ...base, SMTP_URL: 'smtp://u:p@mail.example.dk:587' })).toThrow(
      /SKJOLD_MAIL_FROM/,
    );
    expect(() =>
      loadConfig({ ...base, SMTP_URL: 'https://mail.example.dk', SKJOLD_MAIL_FROM: 'a@b.dk' }),
    ).toThrow(/SMTP_URL/);
    const config = loadConfig({
      ...base,
      SMTP_URL: 'smtps://u:p@mail.example.dk',
      SKJOLD_MAIL_FROM: 'Skjold <a@b.dk>',
    });
    expect(config.mail).toEqual({ smtpUrl: 'smtps://u:p@mail.example.dk', from: 'Skjold <a@b.dk>' });
    expect(loadConfig(base).mail.smtpUrl).toBeUndefined();
  });
});
