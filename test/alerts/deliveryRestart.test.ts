import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DeliveryWorker, type DeliveryEvent, type DeliveryTransport, type OutboundMessage } from '../../src/alerts/deliveryWorker.js';
import { RateLimits } from '../../src/alerts/rateLimits.js';
import { openDeliveryStore, type DeliveryWriteStep } from '../../src/store/delivery/deliveryStore.js';
import { tempDataDir } from '../store/storeFixtures.js';
import { alertEntry } from './deliveryHarness.js';
import { manualClock } from './manualClock.js';

const UNLIMITED = { conversation: [{ limit: 1_000, windowMs: 1_000, burst: 999 }], tenant: [{ limit: 10_000, windowMs: 1_000, burst: 9_999 }] };
const diskFull = (): Error => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
beforeAll(() => void process.on('unhandledRejection', onUnhandled));
afterAll(() => void process.off('unhandledRejection', onUnhandled));
const restartWaits = (events: DeliveryEvent[]): number[] => events.flatMap((event) => (event.event === 'failed' ? [event.restartInMs] : []));

describe('a started delivery worker', () => {
  it('survives a store write failing (disk full), reports it, and delivers once the disk recovers', async () => {
    const dir = await tempDataDir();
    let full = false;
    const failWhenFull = (step: DeliveryWriteStep): void => {
      if (full && (step.step === 'journal-appending' || step.step === 'snapshot-temp-written')) throw diskFull();
    };
    const delivery = await openDeliveryStore(dir, { onStep: failWhenFull });
    const clock = manualClock();
    await delivery.outbox.enqueue([alertEntry('k1', 'u1'), alertEntry('k2', 'u2')], clock.now());
    const sent: OutboundMessage[] = [];
    const transport: DeliveryTransport = {
      send: async (message) => {
        sent.push(message);
        return { kind: 'sent' };
      },
    };
    const events: DeliveryEvent[] = [];
    const worker = new DeliveryWorker({
      outbox: delivery.outbox, transport, clock, random: () => 0.5, limits: new RateLimits(UNLIMITED, clock),
      restartBackoff: { baseMs: 1_000, maxMs: 8_000 }, log: (event) => events.push(event),
    });

    full = true;
    worker.start();
    await vi.waitFor(() => expect(events).toContainEqual({ event: 'failed', error: 'ENOSPC: no space left on device, write', restartInMs: 1_000 }));
    expect(sent).toEqual([]);
    // Still full at the restart: the next wait is longer.
    await clock.advance(1_000);
    await vi.waitFor(() => expect(restartWaits(events)).toEqual([1_000, 2_000]));

    full = false;
    await clock.advance(2_000);
    await vi.waitFor(() => expect(sent.map((message) => message.key).sort()).toEqual(['k1', 'k2']));
    expect(await worker.stop()).toMatchObject({ sent: 2, dead: 0 });
    await delivery.close();

    // The entries the failed loop left `attempting` were turned back into pending ones, counted as interrupted.
    const reopened = await openDeliveryStore(dir);
    expect(reopened.outbox.all().map((entry) => [entry.status, entry.attempts, entry.interrupted])).toEqual([['sent', 2, 1], ['sent', 2, 1]]);
    await reopened.close();
    expect(unhandled).toEqual([]);
  });

  it('stops at once while waiting to restart', async () => {
    const dir = await tempDataDir();
    const delivery = await openDeliveryStore(dir);
    const clock = manualClock();
    const events: DeliveryEvent[] = [];
    const outbox = { ...delivery.outbox, recoverInterrupted: () => Promise.reject(diskFull()) };
    const worker = new DeliveryWorker({ outbox, transport: { send: async () => ({ kind: 'sent' }) }, clock, random: () => 0.5, log: (event) => events.push(event) });
    worker.start();
    await vi.waitFor(() => expect(events).toEqual([{ event: 'failed', error: 'ENOSPC: no space left on device, write', restartInMs: 1_000 }]));
    expect(await worker.stop()).toEqual({ sent: 0, retried: 0, dead: 0, unreachable: 0, recovered: 0 });
    expect(clock.sleepers()).toBe(0);
    expect(unhandled).toEqual([]);
  });
});
