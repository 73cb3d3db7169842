import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/rapportStore.js';
import { fakeClock, openTestStore, tempDataDir } from './storeFixtures.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const requester = { email: 'Sam@Us.com', name: 'Sam', userKey: 'user-sam' };

describe('introductions', () => {
  it('create a pending request (emails lower-cased) and get it back', async () => {
    const clock = fakeClock(5_000);
    const store = await openTestStore(await tempDataDir(), { now: clock.now });
    const created = await store.introductions.create({
      requester, introducer: 'Uma@US.com', accountId: 'contoso', person: 'Pat@Contoso.com', note: ' Renewal in May ',
    });
    expect(created).toEqual({
      id: created.id,
      requester: { email: 'sam@us.com', name: 'Sam', userKey: 'user-sam' },
      introducer: 'uma@us.com',
      accountId: 'contoso',
      person: 'pat@contoso.com',
      note: 'Renewal in May',
      createdAt: 5_000,
      status: 'pending',
    });
    expect(store.introductions.get(created.id)).toEqual(created);
    expect(store.introductions.get('no-such-id')).toBeUndefined();
  });

  it('are answered once: the second answer gets already-answered and changes nothing', async () => {
    const clock = fakeClock(5_000);
    const store = await openTestStore(await tempDataDir(), { now: clock.now });
    const { id } = await store.introductions.create({ requester, introducer: 'uma@us.com', accountId: 'contoso' });
    clock.advance(60_000);
    const accepted = await store.introductions.answer(id, { accepted: true, note: 'Happy to', by: 'UMA@us.com' });
    expect(accepted).toMatchObject({ status: 'accepted', answeredAt: 65_000, answerNote: 'Happy to', answeredBy: 'uma@us.com' });
    clock.advance(1_000);
    expect(await store.introductions.answer(id, { accepted: false, by: 'uma@us.com' })).toBe('already-answered');
    expect(store.introductions.get(id)).toMatchObject({ status: 'accepted', answeredAt: 65_000 });
  });

  it('record a decline, and say not-found for an unknown id', async () => {
    const store = await openTestStore(await tempDataDir());
    const { id } = await store.introductions.create({ requester, introducer: 'uma@us.com', accountId: 'contoso' });
    expect(await store.introductions.answer(id, { accepted: false, by: 'uma@us.com' })).toMatchObject({ status: 'declined' });
    expect(await store.introductions.answer('f00', { accepted: true, by: 'uma@us.com' })).toBe('not-found');
  });

  it('take only one of two concurrent answers', async () => {
    const store = await openTestStore(await tempDataDir());
    const { id } = await store.introductions.create({ requester, introducer: 'uma@us.com', accountId: 'contoso' });
    const answers = await Promise.all([
      store.introductions.answer(id, { accepted: true, by: 'uma@us.com' }),
      store.introductions.answer(id, { accepted: false, by: 'uma@us.com' }),
    ]);
    expect(answers.filter((answer) => answer === 'already-answered')).toHaveLength(1);
    expect(store.introductions.get(id)?.status).toBe('accepted');
  });

  it('have unguessable ids: random v4 UUIDs, distinct over 1,000', async () => {
    const store = await openTestStore(await tempDataDir());
    const created = await Promise.all(
      Array.from({ length: 1_000 }, () => store.introductions.create({ requester, introducer: 'uma@us.com', accountId: 'contoso' })),
    );
    for (const { id } of created) expect(id).toMatch(UUID_V4);
    expect(new Set(created.map(({ id }) => id)).size).toBe(1_000);
  });

  it('survive a restart, answerable after it', async () => {
    const dataDir = await tempDataDir();
    const first = await openStore(dataDir);
    const { id } = await first.introductions.create({ requester, introducer: 'uma@us.com', accountId: 'contoso' });
    await first.close();
    const second = await openTestStore(dataDir);
    expect(second.introductions.get(id)?.status).toBe('pending');
    expect(await second.introductions.answer(id, { accepted: true, by: 'uma@us.com' })).toMatchObject({ status: 'accepted' });
  });
});
