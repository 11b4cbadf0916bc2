import type { Migration } from '../migrate.ts';
import { foundation } from './0001-foundation.ts';
import { signInHardening } from './0002-sign-in-hardening.ts';
import { jobsMail } from './0003-jobs-mail.ts';
import { files } from './0004-files.ts';
import { tasks } from './0005-tasks.ts';
import { assetsRisks } from './0006-assets-risks.ts';
import { controlsSoa } from './0007-controls-soa.ts';
import { incidents } from './0008-incidents.ts';
import { policiesAnnualCycle } from './0009-policies-annual-cycle.ts';

/** Forward-only and never edited once landed: add a new file for every change. */
export const migrations: readonly Migration[] = [
  foundation,
  signInHardening,
  jobsMail,
  files,
  tasks,
  assetsRisks,
  controlsSoa,
  incidents,
  policiesAnnualCycle,
];
