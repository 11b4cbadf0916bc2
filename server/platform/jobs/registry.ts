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

const definitions = new Map<string, JobDefinition<unknown>>();

/**
 * Registers the handler of a job type. The payload schema is checked when the job is enqueued
 * (a bad payload fails in the caller's request) and again when it runs.
 */
export function defineJob<S extends z.ZodType>(
  type: string,
  payload: S,
  handler: JobHandler<z.output<S>>,
  options: { maxAttempts?: number } = {},
): JobDefinition<z.output<S>> {
  if (definitions.has(type)) throw new Error(`Job type "${type}" is defined twice`);
  const definition: JobDefinition<z.output<S>> = {
    type,
    payload: payload as z.ZodType<z.output<S>>,
    handler,
    maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
  };
  definitions.set(type, definition as unknown as JobDefinition<unknown>);
  return definition;
}

export const jobDefinition = (type: string): JobDefinition<unknown> | undefined => definitions.get(type);
