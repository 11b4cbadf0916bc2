// The catalog is data; not even a type from the db layer.
import type { AnnualFrequency } from '../db/schema.ts';

export type { AnnualFrequency };
