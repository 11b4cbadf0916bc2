import { z } from 'zod';
import { isoInstant } from '../../platform/api-schemas.ts';
import type { TokenRow } from './tokens.repository.ts';

export const apiTokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string().describe('The first characters of the token, to tell tokens apart'),
    createdAt: isoInstant,
    expiresAt: isoInstant.nullable(),
    lastUsedAt: isoInstant.nullable(),
    revokedAt: isoInstant.nullable(),
  })
  .meta({ id: 'ApiToken' });

export function presentToken(row: TokenRow): z.infer<typeof apiTokenSchema> {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}
