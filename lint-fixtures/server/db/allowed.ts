import { Kysely } from 'kysely';
import type { Database } from './schema.ts';

export type { Database };
export { Kysely };
