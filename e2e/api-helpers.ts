import type { APIRequestContext } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { DEMO_PASSWORD, expect } from './support.ts';

/** A signed-in API session of a test: cookie in the request context, CSRF token for writes. */
export interface ApiSession {
  request: APIRequestContext;
  csrf: string;
  me: { id: string; memberships: { orgId: string; orgName: string; role: string }[] };
}

export async function apiLogin(
  request: APIRequestContext,
  email: string,
  password = DEMO_PASSWORD,
): Promise<ApiSession> {
  const response = await request.post('/api/v1/auth/login', { data: { email, password } });
  expect(response.status(), await response.text()).toBe(200);
  const me = await response.json();
  return { request, csrf: me.csrfToken, me };
}

async function write(session: ApiSession, method: 'post' | 'patch', path: string, data: unknown) {
  const response = await session.request[method](path, { data, headers: { 'x-csrf-token': session.csrf } });
  expect(response.ok(), `${method.toUpperCase()} ${path}: ${await response.text()}`).toBe(true);
  return response.status() === 204 ? null : response.json();
}

/** The id of an organisation the session can see, by name. */
export async function orgIdByName(session: ApiSession, name: string): Promise<string> {
  const response = await session.request.get('/api/v1/orgs?limit=500');
  expect(response.ok()).toBe(true);
  const org = ((await response.json()).items as { id: string; name: string }[]).find((o) => o.name === name);
  if (!org) throw new Error(`No organisation ${name}`);
  return org.id;
}

/** A new unit (department) under an organisation; optionally one that requires two-factor of its members. */
export async function createUnit(
  session: ApiSession,
  parentId: string,
  name: string,
  requireMfa = false,
): Promise<string> {
  const org = await write(session, 'post', '/api/v1/orgs', { parentId, kind: 'unit', name });
  if (requireMfa) {
    await write(session, 'patch', `/api/v1/orgs/${org.id}`, { version: org.version, requireMfa: true });
  }
  return org.id as string;
}

/** Adds a new person to an organisation and returns their one-time password. */
export async function addMember(
  session: ApiSession,
  orgId: string,
  member: { email: string; name: string; role: string },
): Promise<string> {
  const result = await write(session, 'post', `/api/v1/orgs/${orgId}/members`, member);
  expect(result.oneTimePassword).toBeTruthy();
  return result.oneTimePassword as string;
}

/** Changes the password of the signed-in user (ends the one-time password). */
export async function changePassword(session: ApiSession, currentPassword: string, newPassword: string) {
  await write(session, 'post', '/api/v1/me/password', { currentPassword, newPassword });
}

const PERIOD_MS = 30_000;

/** An authenticator app in the test: codes from the secret Skjold showed, never the same step twice. */
export class Authenticator {
  private readonly totp: TOTP;
  private lastStep = -1;

  constructor(secretBase32: string) {
    this.totp = new TOTP({
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
      secret: Secret.fromBase32(secretBase32.replace(/\s+/g, '')),
    });
  }

  /**
   * The code of the current 30-second step, or of the next one when the current step was already
   * used (Skjold accepts one step of clock drift, and each step only once).
   */
  code(): string {
    const step = Math.max(Math.floor(Date.now() / PERIOD_MS), this.lastStep + 1);
    this.lastStep = step;
    return this.totp.generate({ timestamp: step * PERIOD_MS + 1 });
  }
}
