import { z } from 'zod';
import { authorizeInstanceAdmin } from '../../platform/access.ts';
import { errorResponses, isoInstant } from '../../platform/api-schemas.ts';
import { writeAudit } from '../../platform/audit.ts';
import { actorOf } from '../../platform/authenticate.ts';
import { DomainError } from '../../platform/errors.ts';
import { clearLock, listLocks } from '../../platform/login-throttle.ts';
import type { ZodApp } from '../../platform/zod-app.ts';

const lockSchema = z
  .object({ key: z.string(), failures: z.number().int(), lockedUntil: isoInstant })
  .meta({ id: 'LoginLock' });

export function registerLoginLockRoutes(app: ZodApp): void {
  app.get(
    '/admin/login-locks',
    {
      schema: {
        tags: ['admin'],
        summary: 'Sign-in locks in force (accounts and client addresses); instance admins',
        response: { 200: z.object({ items: z.array(lockSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      authorizeInstanceAdmin(actorOf(request));
      const rows = await listLocks(request.ctx.db);
      return {
        items: rows.map((r) => ({ key: r.key, failures: r.failures, lockedUntil: r.locked_until as string })),
      };
    },
  );

  app.delete(
    '/admin/login-locks/:key',
    {
      schema: {
        tags: ['admin'],
        summary: 'Clear a sign-in lock',
        params: z.object({ key: z.string().min(1).max(300) }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      authorizeInstanceAdmin(actorOf(request));
      const { ctx } = request;
      await ctx.db.transaction().execute(async (trx) => {
        if (!(await clearLock(trx, request.params.key))) throw new DomainError(404, 'lock_not_found');
        await writeAudit(trx, ctx, {
          orgId: null,
          action: 'auth.lock_cleared',
          entityType: 'login_throttle',
          entityId: request.params.key,
        });
      });
      return reply.status(204).send(null);
    },
  );
}
