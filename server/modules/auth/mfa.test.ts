import { expect, it } from 'vitest';
import { totpCode } from '../../platform/totp.ts';
import { makeTree, makeUser, TEST_PASSWORD, type TestUser } from '../../test/factories.ts';
import { describeEachDb, type TestApp } from '../../test/harness.ts';

const step = 30_000;

/** Enrols the user in TOTP through the API, returning the secret and the recovery codes. */
async function enrol(t: TestApp, user: TestUser) {
  const setup = await t.request('POST', '/api/v1/me/mfa/totp/setup', { as: user.session });
  expect(setup.statusCode).toBe(200);
  const { secret, otpauthUri, qrSvg } = setup.json();
  expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/Skjold:/);
  expect(qrSvg).toContain('<svg');
  // The code of the previous step, so the login below can use the current one.
  const confirm = await t.request('POST', '/api/v1/me/mfa/totp/confirm', {
    as: user.session,
    body: { code: totpCode(secret, Date.now() - step) },
  });
  expect(confirm.statusCode).toBe(200);
  return { secret: secret as string, recoveryCodes: confirm.json().recoveryCodes as string[] };
}

const login = (t: TestApp, email: string, extra: Record<string, string> = {}) =>
  t.request('POST', '/api/v1/auth/login', { body: { email, password: TEST_PASSWORD, ...extra } });

describeEachDb('two-factor sign-in (TOTP)', (get) => {
  it('requires the second step once enrolled, and refuses a wrong code', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const user = await makeUser(t, org, 'security_officer');
    const { secret } = await enrol(t, user);
    const missing = await login(t, user.email);
    expect(missing.statusCode).toBe(401);
    expect(missing.json().error.code).toBe('totp_required');
    expect(missing.cookies).toEqual([]);
    const wrongCode = String((Number(totpCode(secret)) + 1) % 1_000_000).padStart(6, '0');
    const wrong = await login(t, user.email, { totp: wrongCode });
    expect(wrong.json().error.code).toBe('totp_invalid');
    const ok = await login(t, user.email, { totp: totpCode(secret) });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().totpEnabled).toBe(true);
  });

  it('accepts a code only once, even within its 30 seconds', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const user = await makeUser(t, org, 'employee');
    const { secret } = await enrol(t, user);
    const code = totpCode(secret);
    expect((await login(t, user.email, { totp: code })).statusCode).toBe(200);
    const reused = await login(t, user.email, { totp: code });
    expect(reused.statusCode).toBe(401);
    expect(reused.json().error.code).toBe('totp_reused');
  });

  it('lets a recovery code stand in for the app, once', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const user = await makeUser(t, org, 'employee');
    const { recoveryCodes } = await enrol(t, user);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const first = await login(t, user.email, { recoveryCode: recoveryCodes[0] as string });
    expect(first.statusCode).toBe(200);
    const again = await login(t, user.email, { recoveryCode: recoveryCodes[0] as string });
    expect(again.json().error.code).toBe('recovery_code_invalid');
    const mfa = await t.request('GET', '/api/v1/me/mfa', { as: user.session });
    expect(mfa.json()).toEqual({ totpEnabled: true, required: false, recoveryCodesLeft: 9 });
  });

  it('refuses to confirm enrolment with a wrong code and keeps two-factor off', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const user = await makeUser(t, org, 'employee');
    await t.request('POST', '/api/v1/me/mfa/totp/setup', { as: user.session });
    const bad = await t.request('POST', '/api/v1/me/mfa/totp/confirm', {
      as: user.session,
      body: { code: '000000' },
    });
    expect(bad.statusCode).toBe(400);
    expect((await login(t, user.email)).statusCode).toBe(200);
  });

  it('holds members of an organisation that requires two-factor at enrolment until it is on', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const admin = await makeUser(t, org, 'admin');
    const member = await makeUser(t, org, 'security_officer');
    const current = await t.request('GET', `/api/v1/orgs/${org.id}`, { as: admin.session });
    const updated = await t.request('PATCH', `/api/v1/orgs/${org.id}`, {
      as: admin.session,
      body: { version: current.json().version, requireMfa: true },
    });
    expect(updated.json().requireMfa).toBe(true);
    const me = await t.request('GET', '/api/v1/me', { as: member.session });
    expect(me.json().mfaEnrolmentRequired).toBe(true);
    const blocked = await t.request('GET', `/api/v1/orgs/${org.id}/members`, { as: member.session });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('mfa_enrolment_required');
    const { secret } = await enrol(t, member);
    expect(
      (await t.request('GET', `/api/v1/orgs/${org.id}/members`, { as: member.session })).statusCode,
    ).toBe(200);
    const off = await t.request('POST', '/api/v1/me/mfa/totp/disable', {
      as: member.session,
      body: { password: TEST_PASSWORD, totp: totpCode(secret) },
    });
    expect(off.statusCode).toBe(403);
    expect(off.json().error.code).toBe('mfa_required_by_org');
  });

  it('lets an admin reset a member’s two-factor, and not their own', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const admin = await makeUser(t, org, 'admin');
    const member = await makeUser(t, org, 'employee');
    await enrol(t, member);
    const members = (
      await t.request('GET', `/api/v1/orgs/${org.id}/members?limit=100`, { as: admin.session })
    ).json();
    const find = (userId: string) => members.items.find((m: { userId: string }) => m.userId === userId).id;
    const reset = await t.request('POST', `/api/v1/orgs/${org.id}/members/${find(member.id)}/mfa-reset`, {
      as: admin.session,
    });
    expect(reset.statusCode).toBe(204);
    expect((await login(t, member.email)).statusCode).toBe(200);
    const self = await t.request('POST', `/api/v1/orgs/${org.id}/members/${find(admin.id)}/mfa-reset`, {
      as: admin.session,
    });
    expect(self.json().error.code).toBe('segregation_of_duties');
  });

  it('turns two-factor off with password and a current code', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const user = await makeUser(t, org, 'employee');
    const { secret } = await enrol(t, user);
    const off = await t.request('POST', '/api/v1/me/mfa/totp/disable', {
      as: user.session,
      body: { password: TEST_PASSWORD, totp: totpCode(secret) },
    });
    expect(off.statusCode).toBe(204);
    expect((await login(t, user.email)).statusCode).toBe(200);
  });
});
