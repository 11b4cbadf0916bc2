// The catalog is data; it imports no platform code.
import type { Role } from '../platform/roles.ts';

export type { Role };
