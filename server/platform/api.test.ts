import fc from 'fast-check';
import { expect, it } from 'vitest';
import { makeTree, makeUser } from '../test/factories.ts';
import { describeEachDb } from '../test/harness.ts';

describeEachDb('API contract', (get) => {
  it('serves health, readiness and the OpenAPI 3.1 document without login', async () => {
    const t = get();
    expect((await t.request('GET', '/api/health')).json()).toEqual({ status: 'ok' });
    expect((await t.request('GET', '/api/ready')).json()).toEqual({ status: 'ready', database: t.dialect });
    const doc = (await t.request('GET', '/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/login',
        '/api/v1/orgs/{orgId}/members',
        '/api/v1/orgs/{orgId}/audit-events',
      ]),
    );
    const docs = await t.request('GET', '/api/docs/');
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toContain('text/html');
  });

  it('answers an unknown API route with 404 route_not_found in the envelope', async () => {
    const response = await get().request('GET', '/api/v1/does-not-exist', {
      headers: { 'accept-language': 'en' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      error: { code: 'route_not_found', message: 'This address does not exist in the API.' },
    });
  });

  it('answers in Danish by default and in English when asked', async () => {
    const t = get();
    const body = { email: 'x@y.dk', password: 'forkert-forkert' };
    const da = await t.request('POST', '/api/v1/auth/login', { body });
    const en = await t.request('POST', '/api/v1/auth/login', {
      body,
      headers: { 'accept-language': 'en-GB,en;q=0.8' },
    });
    expect(da.json().error.message).toBe('Forkert e-mail eller adgangskode.');
    expect(en.json().error.message).toBe('Wrong e-mail or password.');
  });

  it('gives 400 with field-level details in the user’s language for invalid input', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const admin = await makeUser(t, org, 'admin');
    const response = await t.request('POST', `/api/v1/orgs/${org.id}/members`, {
      as: admin.session,
      body: { email: 'ikke-en-mail', role: 'emperor' },
      headers: { 'accept-language': 'da' },
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('invalid_request');
    const byPath = Object.fromEntries(
      error.details.fields.map((f: { path: string; code: string }) => [f.path, f.code]),
    );
    expect(byPath).toEqual({ email: 'invalid_format', name: 'required', role: 'invalid_value' });
    expect(error.details.fields.find((f: { path: string }) => f.path === 'name').message).toBe(
      'Feltet skal udfyldes.',
    );
  });

  it('rejects a malformed id in the path with 400, not 404 or 500', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const admin = await makeUser(t, org, 'admin');
    const response = await t.request('GET', '/api/v1/orgs/not-a-uuid', { as: admin.session });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.fields[0].path).toBe('params.orgId');
  });

  it('answers 413 for a body over the limit, 400 for broken JSON, 415 for a non-JSON body', async () => {
    const t = get();
    const big = await t.request('POST', '/api/v1/auth/login', {
      body: JSON.stringify({ email: 'a@b.dk', password: 'x'.repeat(t.config.bodyLimitBytes) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('payload_too_large');
    const broken = await t.request('POST', '/api/v1/auth/login', {
      body: '{"email": "a@b.dk", ',
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.code).toBe('invalid_json');
    const xml = await t.request('POST', '/api/v1/auth/login', {
      body: '<login/>',
      headers: { 'content-type': 'application/xml' },
    });
    expect(xml.statusCode).toBe(415);
    expect(xml.json().error.code).toBe('unsupported_media_type');
  });

  it('sends a strict Content-Security-Policy and the other security headers', async () => {
    const response = await get().request('GET', '/api/health');
    const csp = response.headers['content-security-policy'] as string;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('forbids framing in every browser and keeps API answers out of caches', async () => {
    const t = get();
    const health = await t.request('GET', '/api/health');
    expect(health.headers['x-frame-options']).toBe('DENY');
    expect(health.headers['cache-control']).toBe('no-store');
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const me = await t.request('GET', '/api/v1/me', { as: officer.session });
    expect(me.headers['cache-control']).toBe('no-store');
    const missing = await t.request('GET', '/api/v1/orgs/00000000-0000-7000-8000-000000000000', {
      as: officer.session,
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-store');
  });

  it('never answers 5xx to malformed bodies, params and headers on any documented route', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const admin = await makeUser(t, org, 'admin');
    const doc = (await t.request('GET', '/api/openapi.json')).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => ({ path, method: method.toUpperCase() })),
    );
    const junk = fc.oneof(
      fc.string(),
      fc.constantFrom('not-a-uuid', '00000000-0000-0000-0000-000000000000', org.id, '%00', '..%2F..', 'æøå'),
    );
    const body = fc.oneof(fc.jsonValue(), fc.string(), fc.constant(undefined));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...operations),
        junk,
        body,
        fc.option(
          fc.constantFrom(
            'text/plain',
            'application/json',
            'multipart/form-data',
            'application/json; charset=latin1',
          ),
        ),
        fc.boolean(),
        async (operation, param, payload, contentType, signedIn) => {
          const url = operation.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(param));
          const headers: Record<string, string> = { 'accept-language': 'en' };
          if (contentType) headers['content-type'] = contentType;
          const response = await t.request(
            operation.method,
            `${url}?limit=${encodeURIComponent(param)}&cursor=${encodeURIComponent(param)}`,
            {
              as: signedIn ? admin.session : undefined,
              body: typeof payload === 'string' || payload === undefined ? payload : JSON.stringify(payload),
              headers,
            },
          );
          expect(
            response.statusCode,
            `${operation.method} ${url} -> ${response.body.slice(0, 200)}`,
          ).toBeLessThan(500);
        },
      ),
      { numRuns: 300, seed: 20261126 },
    );
  });
});
