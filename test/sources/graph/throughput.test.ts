import { describe, expect, it } from 'vitest';
import { ITEMS_PER_MAILBOX, readFakeTenant } from './fakePipeline.js';

describe('mailbox pipeline concurrency', () => {
  it('keeps the global cap of requests in flight, never more than 4 per mailbox, and reads everything once', async () => {
    const run = await readFakeTenant(40, 5, 16);
    expect(run.items).toBe(40 * ITEMS_PER_MAILBOX);
    expect(run.requests).toBe(40 * 4);
    expect(run.maxInFlight).toBe(16);
    expect(run.maxInFlightPerMailbox).toBeLessThanOrEqual(4);
  });
});
