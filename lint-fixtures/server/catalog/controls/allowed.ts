import type { Framework } from './types.ts';

export type { Framework };
