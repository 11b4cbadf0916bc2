import { expect, it } from 'vitest';
import { makeTree, makeUser } from '../../test/factories.ts';
import { describeEachDb } from '../../test/harness.ts';

describeEachDb('personal API tokens', (get) => {
  it('shows the token once, stores only its hash, and lists it with prefix and last use', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const user = await makeUser(t, org, 'security_officer');
    const created = await t.request('POST', '/api/v1/me/tokens', {
      as: user.session,
      body: { name: 'Rapportering' },
    });
    expect(created.statusCode).toBe(201);
    const { token, apiToken } = created.json();
    expect(token).toMatch(/^skj_/);
    expect(token.startsWith(apiToken.prefix)).toBe(true);
    const stored = await t.database.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('id', '=', apiToken.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(token);
    const used = await t.request('GET', `/api/v1/orgs/${org.id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(used.statusCode).toBe(200);
    const list = await t.request('GET', '/api/v1/me/tokens', { as: user.session });
    expect(JSON.stringify(list.json())).not.toContain(token);
    expect(list.json().items[0]).toMatchObject({
      name: 'Rapportering',
      lastUsedAt: expect.any(String),
      revokedAt: null,
    });
  });

  it('works without CSRF for writes, with exactly the user’s rights', async () => {
    const t = get();
    const { org, sibling } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const { token } = (
      await t.request('POST', '/api/v1/me/tokens', { as: officer.session, body: { name: 'ci' } })
    ).json();
    const bearer = { authorization: `Bearer ${token}` };
    expect(
      (await t.request('GET', `/api/v1/orgs/${org.id}/audit-events`, { headers: bearer })).statusCode,
    ).toBe(200);
    // The officer is no admin, so neither is the token; and the sibling does not exist for it.
    const write = await t.request('POST', `/api/v1/orgs/${org.id}/members`, {
      headers: bearer,
      body: { email: 'x@test.skjold.dk', name: 'X', role: 'employee' },
    });
    expect(write.statusCode).toBe(403);
    expect((await t.request('GET', `/api/v1/orgs/${sibling.id}`, { headers: bearer })).statusCode).toBe(404);
    const rename = await t.request('PATCH', '/api/v1/me', { headers: bearer, body: { name: 'Via token' } });
    expect(rename.statusCode).toBe(200);
  });

  it('rejects revoked and expired tokens with their own codes, and unknown ones as invalid', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const user = await makeUser(t, org, 'employee');
    const created = (
      await t.request('POST', '/api/v1/me/tokens', { as: user.session, body: { name: 'a' } })
    ).json();
    const revoke = await t.request('DELETE', `/api/v1/me/tokens/${created.apiToken.id}`, {
      as: user.session,
    });
    expect(revoke.statusCode).toBe(204);
    const revoked = await t.request('GET', '/api/v1/me', {
      headers: { authorization: `Bearer ${created.token}` },
    });
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json().error.code).toBe('token_revoked');

    const expiring = (
      await t.request('POST', '/api/v1/me/tokens', { as: user.session, body: { name: 'b' } })
    ).json();
    await t.database.db
      .updateTable('api_tokens')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', expiring.apiToken.id)
      .execute();
    const expired = await t.request('GET', '/api/v1/me', {
      headers: { authorization: `Bearer ${expiring.token}` },
    });
    expect(expired.json().error.code).toBe('token_expired');

    const unknown = await t.request('GET', '/api/v1/me', {
      headers: { authorization: 'Bearer skj_not-a-real-token' },
    });
    expect(unknown.json().error.code).toBe('token_invalid');
  });

  it('refuses an expiry date in the past, and token management with a token', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const user = await makeUser(t, org, 'employee');
    const past = await t.request('POST', '/api/v1/me/tokens', {
      as: user.session,
      body: { name: 'x', expiresOn: '2020-01-01' },
    });
    expect(past.statusCode).toBe(400);
    const { token } = (
      await t.request('POST', '/api/v1/me/tokens', { as: user.session, body: { name: 'y' } })
    ).json();
    const mint = await t.request('POST', '/api/v1/me/tokens', {
      headers: { authorization: `Bearer ${token}` },
      body: { name: 'z' },
    });
    expect(mint.statusCode).toBe(403);
    expect(mint.json().error.code).toBe('session_required');
  });
});
