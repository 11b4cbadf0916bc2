import { describe, expect, it } from 'vitest';
import { RETRY_BASE_MS, RETRY_CAP_MS, retryDelayMs } from './backoff.ts';
import { safeErrorMessage } from './safe-error.ts';

describe('retry backoff', () => {
  it('doubles from 30 seconds, within ±20 % jitter', () => {
    expect(retryDelayMs(1, () => 0.5)).toBe(RETRY_BASE_MS);
    expect(retryDelayMs(2, () => 0.5)).toBe(2 * RETRY_BASE_MS);
    expect(retryDelayMs(4, () => 0.5)).toBe(8 * RETRY_BASE_MS);
    expect(retryDelayMs(3, () => 0)).toBe(4 * RETRY_BASE_MS * 0.8);
    expect(retryDelayMs(3, () => 1)).toBe(4 * RETRY_BASE_MS * 1.2);
  });

  it('never waits longer than an hour', () => {
    expect(retryDelayMs(30, () => 1)).toBe(RETRY_CAP_MS);
    expect(retryDelayMs(500, () => 0)).toBe(RETRY_CAP_MS);
  });
});

describe('error messages kept with a job', () => {
  it('leave out credentials in URLs and e-mail addresses', () => {
    const message = safeErrorMessage(
      new Error(
        'Connect to smtps://skjold:hemmelig@mail.region.dk failed; 550 <Kari.Nordmann@region.dk> rejected',
      ),
    );
    expect(message).toBe('Connect to smtps://[redacted]@mail.region.dk failed; 550 <[address]> rejected');
  });

  it('keep the message only, and short', () => {
    expect(safeErrorMessage(new Error('x'.repeat(2000)))).toHaveLength(500);
    expect(safeErrorMessage({ secret: 'value' })).toBe('Unknown error');
  });
});
