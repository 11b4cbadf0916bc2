import type { FastifyRequest } from 'fastify';
import type { LoggerOptions } from 'pino';
import type { Config } from '../config.ts';

/**
 * Structured logs without secrets or personal data: no headers, bodies, query strings or
 * client addresses; the route pattern instead of the raw URL.
 */
export function loggerOptions(config: Pick<Config, 'logLevel'>): LoggerOptions {
  return {
    level: config.logLevel,
    redact: {
      paths: ['req.headers', 'password', '*.password', 'token', '*.token', 'email', '*.email'],
      censor: '[redacted]',
    },
    serializers: {
      req: (request: FastifyRequest) => ({
        method: request.method,
        route: request.routeOptions?.url ?? request.url.split('?')[0],
      }),
    },
  };
}
