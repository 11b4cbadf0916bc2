import { z } from 'zod';
import { isoInstant } from '../../platform/api-schemas.ts';

export const feedStatusSchema = z
  .object({
    active: z.boolean(),
    prefix: z.string().nullable().describe('First characters of the secret, to tell URLs apart'),
    createdAt: isoInstant.nullable(),
    lastUsedAt: isoInstant.nullable().describe('When a calendar app last fetched the feed'),
  })
  .meta({ id: 'IcalFeedStatus' });

export const feedCreatedSchema = z
  .object({ url: z.string().describe('Shown once; treat it like a password'), feed: feedStatusSchema })
  .meta({ id: 'IcalFeedCreated' });

export type FeedStatus = z.infer<typeof feedStatusSchema>;
export type FeedCreated = z.infer<typeof feedCreatedSchema>;

export const feedFileParams = z.object({ file: z.string().regex(/^[A-Za-z0-9_-]{20,100}\.ics$/) });
