import { expect, it } from 'vitest';
import { makeTree, makeUser, TEST_PASSWORD } from '../../test/factories.ts';
import { describeEachDb } from '../../test/harness.ts';

describeEachDb('auth', (get) => {
  it('answers a wrong password and an unknown e-mail identically (no account enumeration)', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const user = await makeUser(t, org, 'employee');
    const wrong = await t.request('POST', '/api/v1/auth/login', {
      body: { email: user.email, password: 'not the password' },
    });
    const unknown = await t.request('POST', '/api/v1/auth/login', {
      body: { email: 'nobody-here@test.skjold.dk', password: 'not the password' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.code).toBe('invalid_credentials');
    expect(wrong.cookies).toEqual([]);
  });

  it('signs in with a case-insensitive e-mail and sets an httpOnly, SameSite session cookie', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const user = await makeUser(t, org, 'employee');
    const response = await t.request('POST', '/api/v1/auth/login', {
      body: { email: `  ${user.email.toUpperCase()} `, password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'skjold_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(response.json().memberships).toEqual([
      expect.objectContaining({ orgId: org.id, role: 'employee', orgName: org.name }),
    ]);
  });

  it('marks the cookie Secure when the instance is served over TLS', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const user = await makeUser(t, org, 'employee');
    const response = await t.request('POST', '/api/v1/auth/login', {
      body: { email: user.email, password: TEST_PASSWORD },
      headers: { 'x-forwarded-proto': 'https' },
    });
    // Without a trusted proxy the forwarded header is ignored: no Secure flag on plain HTTP.
    expect(response.cookies.find((c) => c.name === 'skjold_session')?.secure).toBeFalsy();
  });

  it('rejects a request without a session as unauthenticated', async () => {
    const response = await get().request('GET', '/api/v1/me');
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('unauthenticated');
  });

  it('rejects an idle-expired session with its own code', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const user = await makeUser(t, org, 'employee');
    const longAgo = new Date(Date.now() - (t.config.session.idleMinutes + 1) * 60_000).toISOString();
    await t.database.db
      .updateTable('sessions')
      .set({ last_seen_at: longAgo })
      .where('user_id', '=', user.id)
      .execute();
    const response = await t.request('GET', '/api/v1/me', { as: user.session });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('session_expired');
    const again = await t.request('GET', '/api/v1/me', { as: user.session });
    expect(again.json().error.code).toBe('unauthenticated');
  });

  it('rejects a session past its absolute lifetime even when active', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const user = await makeUser(t, org, 'employee');
    const past = new Date(Date.now() - 1000).toISOString();
    await t.database.db
      .updateTable('sessions')
      .set({ absolute_expires_at: past })
      .where('user_id', '=', user.id)
      .execute();
    const response = await t.request('GET', '/api/v1/me', { as: user.session });
    expect(response.json().error.code).toBe('session_expired');
  });

  it('rejects a cookie-authenticated write without the CSRF token, and with a wrong one', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const user = await makeUser(t, org, 'employee');
    const missing = await t.request('PATCH', '/api/v1/me', {
      as: user.session,
      body: { name: 'Ny' },
      withoutCsrf: true,
    });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe('csrf_token_invalid');
    const wrong = await t.request('PATCH', '/api/v1/me', {
      as: { ...user.session, csrf: 'x'.repeat(32) },
      body: { name: 'Ny' },
    });
    expect(wrong.json().error.code).toBe('csrf_token_invalid');
    const right = await t.request('PATCH', '/api/v1/me', { as: user.session, body: { name: 'Ny Navn' } });
    expect(right.statusCode).toBe(200);
    expect(right.json().name).toBe('Ny Navn');
  });

  it('logs out this session only, and logout-all ends every session of the user', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const user = await makeUser(t, org, 'employee');
    const second = await t.login(user.email, TEST_PASSWORD);
    const third = await t.login(user.email, TEST_PASSWORD);
    expect((await t.request('POST', '/api/v1/auth/logout', { as: user.session })).statusCode).toBe(204);
    expect((await t.request('GET', '/api/v1/me', { as: user.session })).statusCode).toBe(401);
    expect((await t.request('GET', '/api/v1/me', { as: second })).statusCode).toBe(200);
    expect((await t.request('POST', '/api/v1/auth/logout-all', { as: second })).statusCode).toBe(204);
    expect((await t.request('GET', '/api/v1/me', { as: second })).statusCode).toBe(401);
    expect((await t.request('GET', '/api/v1/me', { as: third })).statusCode).toBe(401);
  });

  it('holds a new member at the password change until the one-time password is replaced', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const admin = await makeUser(t, org, 'admin');
    const added = await t.request('POST', `/api/v1/orgs/${org.id}/members`, {
      as: admin.session,
      body: { email: 'ny.medarbejder@test.skjold.dk', name: 'Ny Medarbejder', role: 'employee' },
    });
    expect(added.statusCode).toBe(201);
    const otp = added.json().oneTimePassword as string;
    expect(otp).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    const session = await t.login('ny.medarbejder@test.skjold.dk', otp);
    const me = await t.request('GET', '/api/v1/me', { as: session });
    expect(me.json().mustChangePassword).toBe(true);
    const blocked = await t.request('GET', `/api/v1/orgs/${org.id}`, { as: session });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('password_change_required');
    const short = await t.request('POST', '/api/v1/me/password', {
      as: session,
      body: { currentPassword: otp, newPassword: 'kort' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details.fields[0].path).toBe('newPassword');
    const changed = await t.request('POST', '/api/v1/me/password', {
      as: session,
      body: { currentPassword: otp, newPassword: 'en lang og god adgangssætning' },
    });
    expect(changed.statusCode).toBe(204);
    expect((await t.request('GET', `/api/v1/orgs/${org.id}`, { as: session })).statusCode).toBe(200);
    await expect(t.login('ny.medarbejder@test.skjold.dk', otp)).rejects.toThrow();
    await t.login('ny.medarbejder@test.skjold.dk', 'en lang og god adgangssætning');
  });

  it('ends the other sessions when the password changes, and refuses a wrong current password', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const user = await makeUser(t, org, 'employee');
    const other = await t.login(user.email, TEST_PASSWORD);
    const wrong = await t.request('POST', '/api/v1/me/password', {
      as: user.session,
      body: { currentPassword: 'forkert', newPassword: 'endnu en lang adgangssætning' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('current_password_wrong');
    const ok = await t.request('POST', '/api/v1/me/password', {
      as: user.session,
      body: { currentPassword: TEST_PASSWORD, newPassword: 'endnu en lang adgangssætning' },
    });
    expect(ok.statusCode).toBe(204);
    expect((await t.request('GET', '/api/v1/me', { as: user.session })).statusCode).toBe(200);
    expect((await t.request('GET', '/api/v1/me', { as: other })).statusCode).toBe(401);
  });

  it('stores passwords as argon2id and sessions only as hashes', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const user = await makeUser(t, org, 'employee');
    const row = await t.database.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=1\$/);
    const token = user.session.cookie.split('=')[1] as string;
    const sessions = await t.database.db
      .selectFrom('sessions')
      .selectAll()
      .where('user_id', '=', user.id)
      .execute();
    expect(sessions.some((s) => s.token_hash === token)).toBe(false);
  });
});
