import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/database.ts';
import type { OrgKind } from '../db/schema.ts';
import { resolveApiToken } from './api-tokens.ts';
import type { Actor, RequestContext } from './context.ts';
import { DomainError, forbidden, unauthenticated } from './errors.ts';
import { isRole } from './roles.ts';
import { findSession, SESSION_COOKIE } from './sessions.ts';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
  }
  interface FastifyContextConfig {
    /** Route needs no signed-in user (login, health, public pages). */
    public?: boolean;
    /**
     * Route stays open while the user must still replace a one-time password or turn on
     * two-factor authentication (profile, password, MFA setup, logout).
     */
    allowDuringOnboarding?: boolean;
    /** Route needs a browser session; personal API tokens are refused (token and credential management). */
    sessionOnly?: boolean;
  }
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function loadActor(
  db: Db,
  userId: string,
  via: { sessionId: string } | { tokenId: string } | null,
): Promise<Actor | null> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'name', 'email', 'locale', 'must_change_password', 'disabled_at', 'totp_enabled_at'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user || user.disabled_at) return null;
  const memberships = await db
    .selectFrom('memberships as m')
    .innerJoin('organisations as o', 'o.id', 'm.org_id')
    .select([
      'm.id',
      'm.org_id',
      'm.role',
      'm.include_subtree',
      'o.path',
      'o.kind',
      'o.name',
      'o.require_mfa',
    ])
    .where('m.user_id', '=', userId)
    .orderBy('o.name_key')
    .orderBy('m.role')
    .execute();
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    locale: user.locale,
    mustChangePassword: Boolean(user.must_change_password),
    totpEnabled: user.totp_enabled_at !== null,
    mfaRequired: memberships.some((m) => Boolean(m.require_mfa)),
    sessionId: via && 'sessionId' in via ? via.sessionId : null,
    tokenId: via && 'tokenId' in via ? via.tokenId : null,
    memberships: memberships.flatMap((m) =>
      isRole(m.role)
        ? [
            {
              id: m.id,
              orgId: m.org_id,
              orgPath: m.path,
              orgKind: m.kind as OrgKind,
              orgName: m.name,
              role: m.role,
              includeSubtree: Boolean(m.include_subtree),
            },
          ]
        : [],
    ),
  };
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

async function actorFromBearer(request: FastifyRequest, token: string): Promise<Actor> {
  const { ctx } = request;
  const resolved = await resolveApiToken(ctx.db, token);
  if (resolved.status !== 'valid') throw unauthenticated(`token_${resolved.status}`);
  if (request.routeOptions.config.sessionOnly) throw forbidden('session_required');
  const actor = await loadActor(ctx.db, resolved.userId, { tokenId: resolved.tokenId });
  if (!actor) throw unauthenticated('token_invalid');
  return actor;
}

async function actorFromCookie(request: FastifyRequest, reply: FastifyReply): Promise<Actor> {
  const { ctx } = request;
  const token = request.cookies[SESSION_COOKIE];
  if (!token) throw unauthenticated();
  const lookup = await findSession(ctx.db, token, ctx.config);
  if (lookup.status !== 'valid') {
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    throw unauthenticated(lookup.status === 'expired' ? 'session_expired' : 'unauthenticated');
  }
  // Cookies ride along on cross-site requests; the token in a header does not.
  if (unsafeMethods.has(request.method)) {
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !sameSecret(sent, lookup.session.csrf_token)) {
      throw new DomainError(403, 'csrf_token_invalid');
    }
  }
  const actor = await loadActor(ctx.db, lookup.session.user_id, { sessionId: lookup.session.id });
  if (!actor) throw unauthenticated();
  return actor;
}

/**
 * preHandler for every route that is not marked public: resolves a personal API token
 * (Authorization: Bearer) or the session cookie into an actor, checks the CSRF token on
 * cookie-authenticated writes, and holds users at onboarding (one-time password, required TOTP).
 */
export async function authenticate(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const config = request.routeOptions.config;
  // Only the API has signed-in routes; the web app's files and the public pages are open.
  if (config.public || request.is404 || !request.url.startsWith('/api/')) return;
  const authorization = request.headers.authorization;
  const actor = authorization?.startsWith('Bearer ')
    ? await actorFromBearer(request, authorization.slice('Bearer '.length).trim())
    : await actorFromCookie(request, reply);
  if (!config.allowDuringOnboarding) {
    if (actor.mustChangePassword) throw forbidden('password_change_required');
    if (actor.mfaRequired && !actor.totpEnabled) throw forbidden('mfa_enrolment_required');
  }
  request.ctx.actor = actor;
}

/** The signed-in actor of a route that is not public (authenticate has run). */
export function actorOf(request: FastifyRequest): Actor {
  const { actor } = request.ctx;
  if (!actor) throw unauthenticated();
  return actor;
}
