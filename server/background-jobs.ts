import { installAllModules } from './modules.ts';
import type { AppContext } from './platform/context.ts';
import { JobRunner, type JobRunnerOptions } from './platform/jobs/runner.ts';

/** The job runner with every module's job types and schedules (from the manifests), so a jobs-only process misses none. */
export function createJobRunner(app: AppContext, options?: JobRunnerOptions): JobRunner {
  installAllModules();
  return new JobRunner(app, options);
}
