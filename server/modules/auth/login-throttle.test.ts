import { expect, it } from 'vitest';
import { makeRoot, makeTree, makeUser } from '../../test/factories.ts';
import { describeEachDb } from '../../test/harness.ts';

describeEachDb('sign-in throttling', (get) => {
  it('answers the Nth failure with 429 and Retry-After, for a real and a made-up e-mail alike', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const user = await makeUser(t, org, 'employee');
    const max = t.config.loginThrottle.maxFailures;
    for (const email of [user.email, 'made-up-person@test.skjold.dk']) {
      const statuses: number[] = [];
      for (let i = 0; i < max; i++) {
        const r = await t.request('POST', '/api/v1/auth/login', {
          body: { email, password: 'wrong password!' },
        });
        statuses.push(r.statusCode);
      }
      expect(statuses).toEqual(Array(max).fill(401));
      const locked = await t.request('POST', '/api/v1/auth/login', {
        body: { email, password: 'wrong password!' },
      });
      expect(locked.statusCode).toBe(429);
      expect(locked.json().error.code).toBe('too_many_attempts');
      const retryAfter = Number(locked.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(t.config.loginThrottle.lockMinutes * 60);
    }
    // Even the right password waits out the lock.
    const right = await t.request('POST', '/api/v1/auth/login', {
      body: { email: user.email, password: 'correct horse battery staple' },
    });
    expect(right.statusCode).toBe(429);
  });

  it('shows locks to the instance admin, who can clear one; others see nothing', async () => {
    const t = get();
    const root = await makeRoot(t);
    const { org } = await makeTree(t);
    const instanceAdmin = await makeUser(t, root, 'admin');
    const orgAdmin = await makeUser(t, org, 'admin');
    const user = await makeUser(t, org, 'employee');
    for (let i = 0; i < t.config.loginThrottle.maxFailures; i++) {
      await t.request('POST', '/api/v1/auth/login', {
        body: { email: user.email, password: 'wrong password!' },
      });
    }
    expect((await t.request('GET', '/api/v1/admin/login-locks', { as: orgAdmin.session })).statusCode).toBe(
      404,
    );
    const locks = await t.request('GET', '/api/v1/admin/login-locks', { as: instanceAdmin.session });
    const key = `account:${user.email}`;
    expect(locks.json().items.map((l: { key: string }) => l.key)).toContain(key);
    const cleared = await t.request('DELETE', `/api/v1/admin/login-locks/${encodeURIComponent(key)}`, {
      as: instanceAdmin.session,
    });
    expect(cleared.statusCode).toBe(204);
    const ok = await t.request('POST', '/api/v1/auth/login', {
      body: { email: user.email, password: 'correct horse battery staple' },
    });
    expect(ok.statusCode).toBe(200);
  });
});
