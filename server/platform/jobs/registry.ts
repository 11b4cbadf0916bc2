import type { z } from 'zod';
import type { AppContext } from '../context.ts';

export const DEFAULT_MAX_ATTEMPTS = 5;

/** What a handler learns about the job it runs. `attempt` counts from 1. */
export type JobInfo = { id: string; type: string; attempt: number; maxAttempts: number };

/** A handler gets the process context (with a logger bound to the job) and opens its own transactions. */
export type JobContext = AppContext & { job: JobInfo };

export type JobHandler<P> = (payload: P, ctx: JobContext) => Promise<void>;

export type JobDefinition<P> = {
  type: string;
  payload: z.ZodType<P>;
  handler: JobHandler<P>;
  maxAttempts: number;
};

/** Any job definition, whatever its payload: what manifests list. */
export type AnyJobDefinition = {
  type: string;
  payload: z.ZodType;
  handler: (payload: never, ctx: JobContext) => Promise<void>;
  maxAttempts: number;
};

const definitions = new Map<string, JobDefinition<unknown>>();

/**
 * Describes the handler of a job type; a module lists it in its manifest's `jobs`. The payload
 * schema is checked when the job is enqueued (a bad payload fails in the caller's request) and
 * again when it runs.
 */
export function defineJob<S extends z.ZodType>(
  type: string,
  payload: S,
  handler: JobHandler<z.output<S>>,
  options: { maxAttempts?: number } = {},
): JobDefinition<z.output<S>> {
  return {
    type,
    payload: payload as z.ZodType<z.output<S>>,
    handler,
    maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
  };
}

/** Makes a job type runnable in this process (done by installModules); the same definition twice is a no-op. */
export function registerJob(definition: AnyJobDefinition): void {
  const existing = definitions.get(definition.type);
  if (existing === (definition as unknown)) return;
  if (existing) throw new Error(`Job type "${definition.type}" is defined twice`);
  definitions.set(definition.type, definition as unknown as JobDefinition<unknown>);
}

export const jobDefinition = (type: string): JobDefinition<unknown> | undefined => definitions.get(type);
