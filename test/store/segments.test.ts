import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/rapportStore.js';
import { fakeClock, openTestStore, tempDataDir } from './storeFixtures.js';

describe('segments', () => {
  it('round-trip with the time saved', async () => {
    const clock = fakeClock(1_000);
    const store = await openTestStore(await tempDataDir(), { now: clock.now });
    expect(await store.segments.save('user-1', { name: 'At risk', expression: 'health < 40' })).toBe('created');
    expect(store.segments.get('user-1', 'At risk')).toEqual({ name: 'At risk', expression: 'health < 40', savedAt: 1_000 });
    expect(store.segments.list('user-1')).toEqual([{ name: 'At risk', expression: 'health < 40', savedAt: 1_000 }]);
  });

  it('treat names case-insensitively: saving again replaces, in place, with the new spelling', async () => {
    const clock = fakeClock(1_000);
    const store = await openTestStore(await tempDataDir(), { now: clock.now });
    await store.segments.save('user-1', { name: 'At risk', expression: 'health < 40' });
    await store.segments.save('user-1', { name: 'Stale', expression: 'stale' });
    clock.advance(5);
    expect(await store.segments.save('user-1', { name: 'AT RISK', expression: 'health < 30' })).toBe('replaced');
    expect(store.segments.list('user-1')).toEqual([
      { name: 'AT RISK', expression: 'health < 30', savedAt: 1_005 },
      { name: 'Stale', expression: 'stale', savedAt: 1_000 },
    ]);
    expect(store.segments.get('user-1', 'at risk')?.expression).toBe('health < 30');
  });

  it('keep each user’s names apart', async () => {
    const store = await openTestStore(await tempDataDir());
    await store.segments.save('user-1', { name: 'Mine', expression: 'stale' });
    expect(await store.segments.save('user-2', { name: 'mine', expression: 'health < 40' })).toBe('created');
    expect(store.segments.get('user-1', 'mine')?.expression).toBe('stale');
    expect(store.segments.get('user-2', 'MINE')?.expression).toBe('health < 40');
    expect(store.segments.list('user-3')).toEqual([]);
  });

  it('remove by name in any case, once', async () => {
    const store = await openTestStore(await tempDataDir());
    await store.segments.save('user-1', { name: 'Stale', expression: 'stale' });
    expect(await store.segments.remove('user-1', 'STALE')).toBe(true);
    expect(await store.segments.remove('user-1', 'stale')).toBe(false);
    expect(store.segments.get('user-1', 'Stale')).toBeUndefined();
  });

  it('refuse an empty name or expression', async () => {
    const store = await openTestStore(await tempDataDir());
    await expect(store.segments.save('user-1', { name: '  ', expression: 'stale' })).rejects.toThrow(/name/);
    await expect(store.segments.save('user-1', { name: 'x', expression: '' })).rejects.toThrow(/expression/);
  });

  it('survive a restart', async () => {
    const dataDir = await tempDataDir();
    const first = await openStore(dataDir);
    await first.segments.save('user-1', { name: 'Stale', expression: 'stale' });
    await first.close();
    const second = await openTestStore(dataDir);
    expect(second.segments.list('user-1').map((segment) => segment.name)).toEqual(['Stale']);
  });
});
