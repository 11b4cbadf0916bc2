import type { Db } from '../db/database.ts';
import type { AnnualFrequency } from '../db/schema.ts';
import type { AppContext, RequestContext } from './context.ts';
import { type LinkTargetExists, registerLinkTarget } from './files/link-targets.ts';
import { type MessageCatalog, registerMessages } from './i18n.ts';
import { type AnyJobDefinition, registerJob } from './jobs/registry.ts';
import { type RecurringSchedule, registerSchedule } from './jobs/schedule.ts';
import type { Role } from './roles.ts';
import type { ZodApp } from './zod-app.ts';

type LocalizedText = { da: string; en: string };

/** One figure of the dashboards and the supervision table, computed per organisation. */
export type IndicatorDefinition = {
  key: string;
  label: LocalizedText;
  /** Value per organisation id, as a share (numerator of denominator) or a count. */
  compute: (
    db: Db,
    orgIds: readonly string[],
    today: string,
  ) => Promise<Map<string, { value: number; numerator?: number; denominator?: number }>>;
};

/** Items for a user's home page ("what needs my attention"), each linking to its record. */
export type AttentionSource = {
  key: string;
  list: (
    ctx: RequestContext,
    orgId: string,
  ) => Promise<{ title: string; href: string; dueAt: string | null; urgency: number }[]>;
};

/** A section of the annual report upward and the management report. */
export type ReportSection = {
  key: string;
  title: LocalizedText;
  build: (db: Db, orgId: string, period: { from: string; to: string }) => Promise<unknown>;
};

/** One recurring ISMS activity of the årshjul that every organisation starts with (once per key). */
export type AnnualActivityDefault = {
  key: string;
  frequency: AnnualFrequency;
  /** Months (1-12) in which it falls due; by default on the last day of the month. */
  months: readonly number[];
  responsibleRole: Role;
  title: LocalizedText;
  description: LocalizedText;
};

/** What the demo seeder hands each module: the system context and the demo organisations by key. */
export type DemoSeed = {
  ctx: RequestContext;
  orgs: Readonly<Record<string, { id: string; name: string }>>;
  users: Readonly<Record<string, string>>;
};

/** Scale of the sector data generator (benchmarks). */
export type GenerateScale = { organisations: readonly string[]; recordsPerOrg: number };

/**
 * A module's wiring, iterated by app.ts (routes, link targets, messages), the job runner
 * (jobs, schedules), the demo seeder (demo), the dashboards (indicators, attention,
 * reportSections), the årshjul (annualCycleDefaults) and the data generator (generate).
 * Nothing is registered by importing a file.
 */
export type ModuleManifest = {
  name: string;
  /** Routes under /api/v1. */
  routes?: (app: ZodApp) => void;
  /** Routes outside /api/v1: public pages and well-known files. */
  rootRoutes?: (app: ZodApp) => void;
  jobs?: readonly AnyJobDefinition[];
  schedules?: readonly RecurringSchedule[];
  /** Entity types files and links may point at, with the check that the record exists in the organisation. */
  linkTargets?: Readonly<Record<string, LinkTargetExists>>;
  messages?: MessageCatalog;
  indicators?: readonly IndicatorDefinition[];
  attention?: readonly AttentionSource[];
  reportSections?: readonly ReportSection[];
  annualCycleDefaults?: readonly AnnualActivityDefault[];
  demo?: (seed: DemoSeed) => Promise<void>;
  generate?: (app: AppContext, scale: GenerateScale) => Promise<void>;
};

let installed: readonly ModuleManifest[] = [];

/**
 * Wires the modules into this process: job types, schedules, link targets and messages.
 * Called once by every entry point (app, job runner, CLI, tests) with the list of
 * server/modules.ts; calling it again with the same manifests changes nothing.
 */
export function installModules(manifests: readonly ModuleManifest[]): void {
  for (const manifest of manifests) {
    if (installed.includes(manifest)) continue;
    for (const job of manifest.jobs ?? []) registerJob(job);
    for (const schedule of manifest.schedules ?? []) registerSchedule(schedule);
    for (const [type, exists] of Object.entries(manifest.linkTargets ?? {})) registerLinkTarget(type, exists);
    if (manifest.messages) registerMessages(manifest.messages);
  }
  installed = [...new Set([...installed, ...manifests])];
}

/** The installed modules, for platform features that gather from all of them (indicators, årshjul defaults). */
export const installedModules = (): readonly ModuleManifest[] => installed;
