export const RETRY_BASE_MS = 30_000;
export const RETRY_CAP_MS = 60 * 60_000;

/**
 * Delay before the next attempt after `attempt` failed: 30 s · 2^(attempt-1), ±20 % jitter so
 * jobs that failed together (an SMTP outage) do not retry in lockstep, capped at one hour.
 */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const exponential = RETRY_BASE_MS * 2 ** Math.max(0, attempt - 1);
  return Math.min(RETRY_CAP_MS, Math.round(exponential * (0.8 + 0.4 * random())));
}
