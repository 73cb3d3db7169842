import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { openStore, storePaths } from '../../src/store/rapportStore.js';
import { emptyAdminState } from '../../src/store/stateSchema.js';
import { fakeClock, openTestStore, tempDataDir } from './storeFixtures.js';

const HOUR = 3_600_000;

describe('the admin settings in the store', () => {
  it('migrates a version 1 state file: admin defaults (weekly Monday 06:00, nothing configured), a backup kept', async () => {
    const dataDir = await tempDataDir();
    const v1 = {
      version: 1, personalReferences: [], conversationReferences: [], optedOut: ['ann@contoso.com'], watches: [], segments: [],
      introductions: [], downloads: [], runs: [], insights: { current: null, saved: [] },
    };
    await writeFile(storePaths(dataDir).state, JSON.stringify(v1));
    const store = await openTestStore(dataDir);
    expect(store.admin.schedule()).toEqual({ cadence: 'weekly', day: 'Monday', time: '06:00' });
    expect(store.admin.enrichment()).toBeNull();
    expect(store.admin.consent().recordedAt).toBeNull();
    expect(store.preferences.isOptedOut('ann@contoso.com')).toBe(true);
    expect(JSON.parse(await readFile(`${storePaths(dataDir).state}.v1.bak`, 'utf8'))).toEqual(v1);
    expect(JSON.parse(await readFile(storePaths(dataDir).state, 'utf8')).admin).toEqual(emptyAdminState());
  });

  it('refuses a consent state used twice, and forgets used states once they have expired', async () => {
    const store = await openTestStore(await tempDataDir());
    const t = Date.parse('2026-12-01T10:00:00Z');
    expect(await store.admin.useConsentState('n1', t + HOUR, t)).toBe('ok');
    expect(await store.admin.useConsentState('n1', t + HOUR, t + 1)).toBe('replayed');
    expect(await store.admin.useConsentState('n2', t + 3 * HOUR, t + 2 * HOUR)).toBe('ok');
    expect(store.admin.consent().usedStates.map((used) => used.nonce)).toEqual(['n2']);
  });

  it('keeps consent, schedule and the signing key across a restart; the key is made once', async () => {
    const dataDir = await tempDataDir();
    let calls = 0;
    const first = await openStore(dataDir, { randomBytes: (n) => (calls++, Buffer.alloc(n, 7)) });
    const key = await first.admin.signingKey();
    expect(await first.admin.signingKey()).toBe(key);
    await first.admin.recordConsentRequest('admin-1', 100);
    await first.admin.recordConsent('tenant-1', 200);
    await first.admin.setSchedule({ cadence: 'daily', time: '07:30' });
    await first.close();
    const second = await openTestStore(dataDir);
    expect(await second.admin.signingKey()).toBe(key);
    expect(calls).toBe(1);
    expect(second.admin.consent()).toMatchObject({ requestedBy: 'admin-1', requestedAt: 100, recordedAt: 200, tenantId: 'tenant-1' });
    expect(second.admin.schedule()).toEqual({ cadence: 'daily', time: '07:30' });
    await second.admin.clearConsent();
    expect(second.admin.consent()).toMatchObject({ recordedAt: null, tenantId: null, requestedAt: 100 });
  });

  it('returns copies: changing what it returned changes nothing stored', async () => {
    const store = await openTestStore(await tempDataDir());
    store.admin.schedule().cadence = 'off';
    expect(store.admin.schedule().cadence).toBe('weekly');
  });
});

describe('registered datasets', () => {
  it('writes the CSV under datasets/, and a dataset of the same name (any case) replaces the older one under the same id', async () => {
    const clock = fakeClock();
    let n = 0;
    const store = await openTestStore(await tempDataDir(), { now: clock.now, randomBytes: (size) => Buffer.alloc(size, ++n) });
    const first = await store.datasets.add({ name: 'Customers', content: 'Email,Account\na@x.com,X\n', columns: ['Email', 'Account'], rows: 1, registeredBy: 'u1' });
    expect(await readFile(store.datasets.pathOf(first), 'utf8')).toBe('Email,Account\na@x.com,X\n');
    clock.advance(1000);
    const second = await store.datasets.add({ name: ' customers ', content: 'E\nb@y.com\n', columns: ['E'], rows: 1, registeredBy: 'u2' });
    expect(second.id).toBe(first.id);
    expect(store.datasets.list()).toEqual([second]);
    expect(await readFile(store.datasets.pathOf(second), 'utf8')).toBe('E\nb@y.com\n');
    expect(second).toMatchObject({ name: 'customers', columns: ['E'], rows: 1, registeredBy: 'u2', registeredAt: clock.now() });
  });
});

describe('dialog storage (botbuilder Storage over the state file)', () => {
  it('reads back what was written after a restart, and refuses a write with a stale eTag', async () => {
    const dataDir = await tempDataDir();
    const first = await openStore(dataDir);
    await first.dialogs.write({ 'conv/1': { dialogStack: [{ id: 'wizard', state: { step: 2 } }], eTag: '*' } });
    const [read] = Object.values(await first.dialogs.read(['conv/1', 'missing']));
    expect(read?.['dialogStack']).toEqual([{ id: 'wizard', state: { step: 2 } }]);
    await first.dialogs.write({ 'conv/1': { ...read, dialogStack: [], eTag: read!.eTag! } });
    await expect(first.dialogs.write({ 'conv/1': { dialogStack: ['stale'], eTag: read!.eTag! } })).rejects.toThrow(/eTag conflict/);
    await first.close();

    const second = await openTestStore(dataDir);
    expect((await second.dialogs.read(['conv/1']))['conv/1']?.['dialogStack']).toEqual([]);
    await second.dialogs.delete(['conv/1']);
    expect(await second.dialogs.read(['conv/1'])).toEqual({});
  });
});
