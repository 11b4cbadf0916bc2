import type { Migration } from '../migrate.ts';
import { foundation } from './0001-foundation.ts';

/** Forward-only and never edited once landed: add a new file for every change. */
export const migrations: readonly Migration[] = [foundation];
