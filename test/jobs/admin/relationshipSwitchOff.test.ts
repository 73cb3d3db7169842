import { describe, expect, it, vi } from 'vitest';
import { checkRelationshipSwitchOff, startRelationshipWatch } from '../../../src/jobs/admin/relationshipSwitchOff.js';
import { manualTimer, type ManualTimer } from '../runs/manualTimer.js';
import type { RelationshipSettings } from '../../../src/store/stateSchema.js';
import { openTestStore, tempDataDir } from '../../store/storeFixtures.js';

const enabledAt = Date.parse('2024-07-01T00:00:00Z');
const dueAt = Date.parse('2024-07-15T00:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const pending: RelationshipSettings = {
  enabledAt, enabledBy: 'admin-1', groups: ['sales'], exchangeIntegration: true, exchangeRegions: ['EU'],
  identifiableConsentAt: null, switchedOffAt: null,
};

/**
 * After each due callback, wait for the watch to arm its next check: a check writes the state
 * file and only then tells and re-arms, which takes longer than a tick, so "one macrotask
 * later" is not "done".
 */
function watchTimer(start: number) {
  const clock: ManualTimer = manualTimer(start, () => vi.waitFor(() => expect(clock.armed.length).toBeGreaterThan(0)));
  return clock;
}

describe('checkRelationshipSwitchOff', () => {
  it('persists the switch-off once, at the due instant, and never again', async () => {
    const dir = await tempDataDir();
    const store = await openTestStore(dir);
    await store.admin.saveRelationship(pending);
    expect(await checkRelationshipSwitchOff(store, dueAt - 1)).toBeNull();
    expect(store.admin.relationship()?.switchedOffAt).toBeNull();
    expect(await checkRelationshipSwitchOff(store, dueAt)).toEqual({ ...pending, switchedOffAt: dueAt });
    expect(store.admin.relationship()?.switchedOffAt).toBe(dueAt);
    expect(await checkRelationshipSwitchOff(store, dueAt + DAY)).toBeNull();
  });

  it('leaves consented settings alone', async () => {
    const store = await openTestStore(await tempDataDir());
    await store.admin.saveRelationship({ ...pending, identifiableConsentAt: enabledAt + 10 * DAY });
    expect(await checkRelationshipSwitchOff(store, dueAt + DAY)).toBeNull();
    expect(store.admin.relationship()?.switchedOffAt).toBeNull();
  });
});

describe('startRelationshipWatch', () => {
  it('tells the admin once at day 14, and not again after a restart', async () => {
    const dir = await tempDataDir();
    const store = await openTestStore(dir);
    await store.admin.saveRelationship(pending);
    const clock = watchTimer(enabledAt + 13 * DAY);
    const told: number[] = [];
    const stop = startRelationshipWatch({ store, timer: clock.timer, onSwitchedOff: (saved) => void told.push(saved.switchedOffAt!) });
    await clock.advanceTo(dueAt - 1);
    expect(told).toEqual([]);
    await clock.advanceTo(dueAt + 3 * 60 * 60 * 1000);
    expect(told).toEqual([dueAt]);
    stop();
    await store.close();

    const reopened = await openTestStore(dir);
    expect(reopened.admin.relationship()?.switchedOffAt).toBe(dueAt);
    const later = watchTimer(dueAt + DAY);
    const stopAgain = startRelationshipWatch({ store: reopened, timer: later.timer, onSwitchedOff: (saved) => void told.push(saved.switchedOffAt!) });
    await later.advanceTo(dueAt + 2 * DAY);
    expect(told).toEqual([dueAt]);
    stopAgain();
  });
});
