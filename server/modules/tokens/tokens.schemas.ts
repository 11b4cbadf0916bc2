import { z } from 'zod';
import { uuidParam } from '../../platform/api-schemas.ts';
import { apiTokenSchema } from './tokens.presenter.ts';

export const createTokenBody = z.object({
  name: z.string().trim().min(1).max(100),
  expiresOn: z.iso.date().optional().describe('Last Danish calendar day the token works'),
});
export type CreateTokenInput = z.infer<typeof createTokenBody>;

export const tokenParams = z.object({ tokenId: uuidParam });

export const tokenListResponse = z.object({ items: z.array(apiTokenSchema) });
export const createTokenResponse = z.object({ token: z.string(), apiToken: apiTokenSchema });
