import { randomBytes } from 'node:crypto';
import { v7 } from 'uuid';

/** UUIDv7: time-ordered, the same text in both databases. */
export const newId = (): string => v7();

/** Unguessable token for sessions, one-time passwords and similar secrets (base64url). */
export const newSecret = (bytes = 32): string => randomBytes(bytes).toString('base64url');

export const isUuid = (value: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
