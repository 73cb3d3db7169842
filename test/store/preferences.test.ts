import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/rapportStore.js';
import { openTestStore, tempDataDir } from './storeFixtures.js';

describe('preferences: opting out', () => {
  it('compares emails case-insensitively and lists them lower-cased', async () => {
    const store = await openTestStore(await tempDataDir());
    await store.preferences.setOptedOut('Ann.Lee@Contoso.COM', true);
    expect(store.preferences.isOptedOut('ann.lee@contoso.com')).toBe(true);
    expect(store.preferences.isOptedOut(' ANN.LEE@CONTOSO.COM ')).toBe(true);
    expect(store.preferences.isOptedOut('bob@contoso.com')).toBe(false);
    expect(store.preferences.optedOut()).toEqual(['ann.lee@contoso.com']);
  });

  it('opts out once however often asked, and opts back in in any case', async () => {
    const store = await openTestStore(await tempDataDir());
    await store.preferences.setOptedOut('ann@contoso.com', true);
    await store.preferences.setOptedOut('ANN@contoso.com', true);
    await store.preferences.setOptedOut('bob@contoso.com', true);
    expect(store.preferences.optedOut()).toEqual(['ann@contoso.com', 'bob@contoso.com']);
    await store.preferences.setOptedOut('Ann@Contoso.com', false);
    expect(store.preferences.optedOut()).toEqual(['bob@contoso.com']);
  });
});

describe('preferences: watching accounts', () => {
  it('watches once, unwatches once, and says when nothing changed', async () => {
    const store = await openTestStore(await tempDataDir());
    expect(await store.preferences.watch('user-1', 'contoso')).toBe(true);
    expect(await store.preferences.watch('user-1', 'contoso')).toBe(false);
    expect(await store.preferences.watch('user-1', 'fabrikam')).toBe(true);
    expect(store.preferences.watches('user-1')).toEqual(['contoso', 'fabrikam']);
    expect(await store.preferences.unwatch('user-1', 'contoso')).toBe(true);
    expect(await store.preferences.unwatch('user-1', 'contoso')).toBe(false);
    expect(store.preferences.watches('user-1')).toEqual(['fabrikam']);
    expect(store.preferences.watches('user-2')).toEqual([]);
  });

  it('lists who watches an account', async () => {
    const store = await openTestStore(await tempDataDir());
    await store.preferences.watch('user-1', 'contoso');
    await store.preferences.watch('user-2', 'contoso');
    await store.preferences.watch('user-2', 'fabrikam');
    expect(store.preferences.watchersOf('contoso')).toEqual(['user-1', 'user-2']);
    expect(store.preferences.watchersOf('fabrikam')).toEqual(['user-2']);
    expect(store.preferences.watchersOf('nobody-watches')).toEqual([]);
    await store.preferences.unwatch('user-1', 'contoso');
    expect(store.preferences.watchersOf('contoso')).toEqual(['user-2']);
  });

  it('survive a restart', async () => {
    const dataDir = await tempDataDir();
    const first = await openStore(dataDir);
    await first.preferences.watch('user-1', 'contoso');
    await first.preferences.setOptedOut('ann@contoso.com', true);
    await first.close();
    const second = await openTestStore(dataDir);
    expect(second.preferences.watchersOf('contoso')).toEqual(['user-1']);
    expect(second.preferences.isOptedOut('ANN@contoso.com')).toBe(true);
  });
});
