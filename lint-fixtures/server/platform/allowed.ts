import type { Database } from '../db/schema.ts';
import { clock } from './clock.ts';

export type { Database };
export { clock };
