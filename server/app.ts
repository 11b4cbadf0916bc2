import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { DatabaseHandle } from './db/database.ts';
import { installAllModules } from './modules.ts';
import { authenticate } from './platform/authenticate.ts';
import { errorBody, registerErrorHandling, validatorCompiler } from './platform/http-errors.ts';
import { localeFromHeader } from './platform/i18n.ts';
import { newId } from './platform/ids.ts';
import { loggerOptions } from './platform/logging.ts';
import { registerSystemRoutes } from './platform/system.routes.ts';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function buildApp(config: Config, database: DatabaseHandle, logger?: Logger) {
  const modules = installAllModules();
  const app = Fastify({
    ...(logger
      ? { loggerInstance: logger as unknown as FastifyBaseLogger }
      : { logger: loggerOptions(config) }),
    genReqId: () => newId(),
    requestIdHeader: false,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    forceCloseConnections: 'idle',
    routerOptions: { maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets CSS variables through style attributes and one style element.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: config.publicUrl?.startsWith('https:') ? undefined : false,
    crossOriginEmbedderPolicy: false,
    // The CSP's frame-ancestors 'none' for browsers that only read the older header.
    frameguard: { action: 'deny' },
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Skjold API',
        version: '1',
        description: 'Information security management for the Danish health sector.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'skjold_session' } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(async (docs) => {
    // The interactive API docs are public, like the document they render.
    docs.addHook('onRoute', (route) => {
      route.config = { ...route.config, public: true };
    });
    await docs.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  });
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  app.decorateRequest('ctx', null as never);
  app.addHook('onRequest', async (request, reply) => {
    request.ctx = {
      config,
      db: database.db,
      dialect: database.dialect,
      logger: request.log as unknown as Logger,
      actor: null,
      requestId: request.id,
      auditEvents: 0,
    };
    reply.header('x-request-id', request.id);
    // API answers hold personal and security data: never kept by browsers or proxies.
    if (request.url.startsWith('/api')) reply.header('cache-control', 'no-store');
  });
  app.addHook('preHandler', authenticate);

  if (config.assertAudit) {
    // Test guard: a successful write that left no audit event is a bug, made loud here.
    app.addHook('onSend', async (request, reply, payload) => {
      const isWrite = unsafeMethods.has(request.method) && request.url.startsWith('/api/v1/');
      if (!isWrite || reply.statusCode >= 300 || request.ctx.auditEvents > 0) return payload;
      request.log.error({ route: request.routeOptions.url }, 'write without audit event');
      reply.status(500).header('content-type', 'application/json; charset=utf-8');
      return JSON.stringify(errorBody(localeFromHeader(request.headers['accept-language']), 'audit_missing'));
    });
  }

  await app.register(
    async (api) => {
      registerSystemRoutes(api, database);
    },
    { prefix: '/api' },
  );
  await app.register(
    async (v1) => {
      for (const module of modules) module.routes?.(v1);
    },
    { prefix: '/api/v1' },
  );
  // Public pages and well-known files (security.txt, public documents).
  await app.register(async (root) => {
    for (const module of modules) module.rootRoutes?.(root);
  });

  const webRoot = resolve(config.webDist);
  const hasWeb = existsSync(resolve(webRoot, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: true, index: ['index.html'] });
  }
  app.setNotFoundHandler((request, reply) => {
    const locale = localeFromHeader(request.headers['accept-language']);
    // Client-side routes get the app; a missing build file is a plain 404, never HTML.
    const wantsPage =
      request.method === 'GET' && !request.url.startsWith('/api') && !request.url.startsWith('/assets/');
    if (wantsPage && hasWeb) return reply.type('text/html').sendFile('index.html');
    return reply.status(404).send(errorBody(locale, 'route_not_found'));
  });

  return app;
}

export type SkjoldApp = Awaited<ReturnType<typeof buildApp>>;
