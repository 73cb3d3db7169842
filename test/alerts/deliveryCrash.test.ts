import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deliveryStatus } from '../../src/alerts/deliveryStatus.js';
import { openDeliveryStore } from '../../src/store/delivery/deliveryStore.js';
import { imager } from '../store/delivery/crashImages.js';
import { openTestStore, tempDataDir } from '../store/storeFixtures.js';
import { alertEntry, deliveryRig, savePersonalReference } from './deliveryHarness.js';
import { startAlertConnector, type AlertConnector } from './fakeConnector.js';

const connectors: AlertConnector[] = [];
afterEach(async () => {
  await Promise.all(connectors.splice(0).map((connector) => connector.close()));
});

const UNLIMITED = { conversation: [{ limit: 1_000, windowMs: 1_000, burst: 999 }], tenant: [{ limit: 10_000, windowMs: 1_000, burst: 9_999 }] };
const QUICK_RETRY = { maxAttempts: 8, baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 1_000 };

describe('a process killed at any step of a delivery', () => {
  it('leaves a store from which a new worker delivers the rest: nothing lost, nothing twice but the interrupted', async () => {
    const fake = await startAlertConnector({
      latencyMs: 2,
      fault: ({ key, attempt }) => (attempt === 1 && Number(key?.split('-').at(-1)) % 3 === 0 ? { status: 503 } : null),
    });
    connectors.push(fake);
    const dir = await tempDataDir();
    const store = await openTestStore(dir);
    const users = Array.from({ length: 6 }, (_, i) => `user-${i}`);
    for (const user of users) await savePersonalReference(store, fake, user);
    const keys = users.flatMap((user) => Array.from({ length: 4 }, (_, i) => `${user}-alert-${i}`));
    const deliveryDir = join(dir, 'delivery');
    // What Teams had received when each image was taken.
    const receivedAt: Map<string, number>[] = [];
    const { onStep, images } = imager(deliveryDir, () => {
      receivedAt.push(new Map(fake.deliveries));
      return receivedAt.length - 1;
    });
    const first = await openDeliveryStore(deliveryDir, { onStep, compactAfterBytes: 2_000 });
    await first.outbox.enqueue(keys.map((key) => alertEntry(key, key.split('-alert-')[0]!)), Date.now());
    const rig = deliveryRig(store);
    await rig.worker(first, { limits: UNLIMITED, retry: QUICK_RETRY }).drain();
    await first.close();
    expect(fake.duplicates()).toBe(0);
    expect(new Set(images.map((image) => image.step))).toEqual(new Set(['journal-appending', 'journal-appended', 'snapshot-temp-written', 'snapshot-renamed', 'compacted']));

    let imagesWithInterrupted = 0;
    for (const image of images) {
      const reopened = await openDeliveryStore(image.dir, { onWarning: () => undefined });
      // The enqueue is one record: a crash before it is confirmed leaves none of the entries, never some.
      const enqueued = reopened.outbox.all().length;
      expect(enqueued === 0 ? receivedAt[image.label]!.size : enqueued).toBe(enqueued === 0 ? 0 : keys.length);
      const interrupted = new Set(reopened.outbox.all().filter((entry) => entry.status === 'attempting').map((entry) => entry.key));
      const before = new Map(fake.deliveries);
      const summary = await rig.worker(reopened, { limits: UNLIMITED, retry: QUICK_RETRY }).drain();
      const what = `after ${image.step}${image.torn ? ' (torn)' : ''} #${image.label}`;
      expect(summary.recovered, what).toBe(interrupted.size);
      if (interrupted.size > 0) imagesWithInterrupted++;
      for (const key of enqueued === 0 ? [] : keys) {
        const received = (receivedAt[image.label]!.get(key) ?? 0) + (fake.deliveries.get(key) ?? 0) - (before.get(key) ?? 0);
        // Only an entry caught between its request and its sent mark may have reached Teams twice.
        if (interrupted.has(key)) expect(received, `${key} ${what}`).toBeGreaterThanOrEqual(1);
        else expect(received, `${key} ${what}`).toBe(1);
        expect(received, `${key} ${what}`).toBeLessThanOrEqual(2);
      }
      expect(deliveryStatus(reopened.outbox.all()), what).toMatchObject({ total: enqueued, sent: enqueued, interrupted: interrupted.size });
      await reopened.close();
    }
    expect(imagesWithInterrupted).toBeGreaterThan(10);
    expect(images.filter((image) => image.torn).length).toBeGreaterThan(10);
    expect(rig.turnErrors).toEqual([]);
  });
});
