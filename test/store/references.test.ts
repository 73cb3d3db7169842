import { describe, expect, it } from 'vitest';
import type { StoredReference } from '../../src/store/rapportStore.js';
import { openStore } from '../../src/store/rapportStore.js';
import { openTestStore, tempDataDir } from './storeFixtures.js';

function reference(fields: Partial<StoredReference> & { conversationId: string }): StoredReference {
  const { conversationId, ...rest } = fields;
  return {
    userKey: 'user-1',
    aadObjectId: 'AAD-1111',
    email: 'Uma@Us.com',
    name: 'Uma',
    conversationType: 'personal',
    reference: { conversation: { id: conversationId }, serviceUrl: 'https://smba.example/', bot: { id: 'bot' } },
    updatedAt: 1,
    ...rest,
  };
}

describe('references', () => {
  it('round-trip a personal reference, found by user key, email in any case, or AAD id', async () => {
    const store = await openTestStore(await tempDataDir());
    await store.references.save(reference({ conversationId: 'a:personal' }));
    for (const key of ['user-1', 'uma@us.com', 'UMA@US.COM', 'aad-1111']) {
      expect(store.references.personalFor(key)?.reference).toEqual({
        conversation: { id: 'a:personal' },
        serviceUrl: 'https://smba.example/',
        bot: { id: 'bot' },
      });
    }
    expect(store.references.personalFor('user-1')?.email).toBe('uma@us.com');
    expect(store.references.personalFor('someone-else')).toBeUndefined();
  });

  it('find any reference of a person: the personal one first, else their newest group chat or channel', async () => {
    const store = await openTestStore(await tempDataDir());
    await store.references.save(reference({ conversationId: '19:group', conversationType: 'groupChat', updatedAt: 5 }));
    await store.references.save(reference({ conversationId: '19:channel', conversationType: 'channel', updatedAt: 6 }));
    expect(store.references.personalFor('uma@us.com')).toBeUndefined();
    expect(store.references.anyFor('UMA@us.com')?.conversationType).toBe('channel');
    await store.references.save(reference({ conversationId: 'a:personal', updatedAt: 1 }));
    expect(store.references.anyFor('aad-1111')?.conversationType).toBe('personal');
    expect(store.references.anyFor('someone-else')).toBeUndefined();
  });

  it('keep one personal reference per user: a newer one replaces it', async () => {
    const store = await openTestStore(await tempDataDir());
    await store.references.save(reference({ conversationId: 'a:old', updatedAt: 1 }));
    await store.references.save(reference({ conversationId: 'a:new', updatedAt: 2 }));
    expect(store.references.all()).toHaveLength(1);
    expect(store.references.personalFor('user-1')?.updatedAt).toBe(2);
  });

  it('keep group chat and channel references apart from the personal one, one per conversation', async () => {
    const store = await openTestStore(await tempDataDir());
    await store.references.save(reference({ conversationId: 'a:personal' }));
    await store.references.save(reference({ conversationId: '19:group', conversationType: 'groupChat', updatedAt: 5 }));
    await store.references.save(reference({ conversationId: '19:channel', conversationType: 'channel', updatedAt: 6 }));
    await store.references.save(reference({ conversationId: '19:group', conversationType: 'groupChat', updatedAt: 7 }));
    const all = store.references.all();
    expect(all.map((ref) => [ref.conversationType, ref.updatedAt])).toEqual([
      ['personal', 1],
      ['groupChat', 7],
      ['channel', 6],
    ]);
    expect((store.references.personalFor('user-1')?.reference as { conversation: { id: string } }).conversation.id).toBe('a:personal');
  });

  it('refuse a group chat reference without a conversation id', async () => {
    const store = await openTestStore(await tempDataDir());
    const bad = { ...reference({ conversationId: 'x' }), conversationType: 'groupChat' as const, reference: { serviceUrl: 'x' } };
    await expect(store.references.save(bad)).rejects.toThrow(/conversation\.id/);
  });

  it('store a copy: changing the saved or returned object changes nothing stored', async () => {
    const store = await openTestStore(await tempDataDir());
    const saved = reference({ conversationId: 'a:personal' });
    await store.references.save(saved);
    (saved.reference as { serviceUrl: string }).serviceUrl = 'changed';
    const returned = store.references.personalFor('user-1')!;
    (returned.reference as { serviceUrl: string }).serviceUrl = 'changed too';
    expect((store.references.personalFor('user-1')?.reference as { serviceUrl: string }).serviceUrl).toBe('https://smba.example/');
  });

  it('survive a restart', async () => {
    const dataDir = await tempDataDir();
    const first = await openStore(dataDir);
    await first.references.save(reference({ conversationId: 'a:personal' }));
    await first.close();
    const second = await openTestStore(dataDir);
    expect(second.references.personalFor('uma@us.com')?.name).toBe('Uma');
  });
});
