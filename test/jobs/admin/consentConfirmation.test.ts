/** Pending consent is checked again every few minutes for a day, and no more once it is recorded. */
import { afterEach, describe, expect, it } from 'vitest';
import { CONFIRMATION_INTERVAL_MS, CONFIRMATION_PERIOD_MS, consentConfirmation } from '../../../src/jobs/admin/consentConfirmation.js';
import type { RapportStore } from '../../../src/store/rapportStore.js';
import { manualTimer } from '../runs/manualTimer.js';
import { openTestStore, tempDataDir } from '../../store/storeFixtures.js';

const pendingAt = Date.parse('2026-11-04T10:15:00Z');
const stores: RapportStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

async function setUp(confirmOnCheck: number) {
  const store = await openTestStore(await tempDataDir());
  stores.push(store);
  const { timer, armed, advanceTo } = manualTimer(pendingAt);
  const checks: number[] = [];
  const status = async () => {
    checks.push(timer.now());
    if (checks.length === confirmOnCheck) await store.admin.recordConsent('tenant-1', timer.now());
    return { recordedAt: store.admin.consent().recordedAt, requestedAt: null, granted: [], missing: [] };
  };
  const confirmation = consentConfirmation({ store, consent: { status }, timer, logError: () => undefined });
  return { store, confirmation, checks, armed, advanceTo };
}

describe('consent confirmation', () => {
  it('arms nothing while no consent is pending', async () => {
    const { confirmation, armed } = await setUp(1);
    confirmation.watch();
    expect(armed).toEqual([]);
  });

  it('checks every few minutes until consent is recorded, then stops', async () => {
    const { store, confirmation, checks, armed, advanceTo } = await setUp(3);
    await store.admin.recordConsentPending('tenant-1', pendingAt, 'admin-1');
    confirmation.watch();
    await advanceTo(pendingAt + 10 * CONFIRMATION_INTERVAL_MS);
    expect(checks).toEqual([1, 2, 3].map((n) => pendingAt + n * CONFIRMATION_INTERVAL_MS));
    expect(store.admin.consent()).toMatchObject({ recordedAt: pendingAt + 3 * CONFIRMATION_INTERVAL_MS, pendingSince: null });
    expect(armed).toEqual([]);
  });

  it('gives up after a day: "consent status" takes over', async () => {
    const { store, confirmation, checks, armed, advanceTo } = await setUp(Number.POSITIVE_INFINITY);
    await store.admin.recordConsentPending('tenant-1', pendingAt, 'admin-1');
    confirmation.watch();
    await advanceTo(pendingAt + 2 * CONFIRMATION_PERIOD_MS);
    expect(checks).toHaveLength(CONFIRMATION_PERIOD_MS / CONFIRMATION_INTERVAL_MS);
    expect(armed).toEqual([]);
  });

  it('stops checking when stopped', async () => {
    const { store, confirmation, checks, advanceTo } = await setUp(Number.POSITIVE_INFINITY);
    await store.admin.recordConsentPending('tenant-1', pendingAt, 'admin-1');
    confirmation.watch();
    confirmation.stop();
    await advanceTo(pendingAt + CONFIRMATION_PERIOD_MS);
    expect(checks).toEqual([]);
  });
});
