/** Conversation references, kept for proactive messages: stored on install and on every message or card action. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardTexts, cardOf, storeWithInsights, type TestStore } from './fixtures.js';
import { Conversation, SERVICE_URL, TENANT_ID, teamsUser } from './teamsTestAdapter.js';

let env: TestStore;
let bot: Conversation;
let clock: number;

beforeEach(async () => {
  clock = Date.parse('2026-11-03T09:00:00Z');
  env = await storeWithInsights();
  bot = await Conversation.start(env.store, () => clock);
});
afterEach(async () => env.dispose());

describe('conversation references', () => {
  it('installing the app stores the personal reference and sends the help card', async () => {
    const user = teamsUser('Nora Olsen', 'nora.olsen@northwind.example');
    const replies = await bot.install(user);
    expect(replies).toHaveLength(1);
    expect(cardTexts(cardOf(replies[0] as Parameters<typeof cardOf>[0]))[0]).toBe('Here is what I understand');

    const stored = env.store.references.personalFor('nora.olsen@northwind.example');
    expect(stored).toMatchObject({
      userKey: user.aadObjectId, aadObjectId: user.aadObjectId, email: 'nora.olsen@northwind.example', name: 'Nora Olsen',
      conversationType: 'personal', updatedAt: clock,
      reference: {
        channelId: 'msteams', serviceUrl: SERVICE_URL,
        user: { id: user.id, aadObjectId: user.aadObjectId },
        bot: { id: '28:rapport-bot' },
        conversation: { id: user.conversationId, tenantId: TENANT_ID },
      },
    });
    // Found by any of its keys.
    expect(env.store.references.personalFor(user.aadObjectId)?.userKey).toBe(user.aadObjectId);
    expect(env.store.references.personalFor('Nora.Olsen@Northwind.example')?.userKey).toBe(user.aadObjectId);
  });

  it('every message refreshes the reference (one per user), and card actions store it too', async () => {
    const user = teamsUser('Nora Olsen', 'nora.olsen@northwind.example');
    await bot.say(user, 'help');
    expect(env.store.references.personalFor(user.aadObjectId)?.updatedAt).toBe(clock);
    clock += 60_000;
    await bot.say(user, 'top accounts');
    expect(env.store.references.personalFor(user.aadObjectId)?.updatedAt).toBe(clock);
    clock += 60_000;
    await bot.execute(user, 'whoKnows', { accountId: 'ACC-99999' });
    expect(env.store.references.personalFor(user.aadObjectId)?.updatedAt).toBe(clock);
    expect(env.store.references.all().filter((ref) => ref.userKey === user.aadObjectId)).toHaveLength(1);
  });

  it('a message from a group chat is kept apart: it never replaces the personal reference', async () => {
    const user = teamsUser('Nora Olsen', 'nora.olsen@northwind.example');
    await bot.say(user, 'help');
    await bot.turn(user, { type: 'message', text: 'help', conversation: { id: '19:group-chat@thread.v2', conversationType: 'groupChat', isGroup: true, tenantId: TENANT_ID, name: 'Deal room' } });
    const mine = env.store.references.all().filter((ref) => ref.userKey === user.aadObjectId);
    expect(mine.map((ref) => ref.conversationType).sort()).toEqual(['groupChat', 'personal']);
    expect((env.store.references.personalFor(user.aadObjectId)?.reference as { conversation: { id: string } }).conversation.id).toBe(user.conversationId);
  });

  it('without an address from Teams the reference is still stored, under the user key', async () => {
    const user = teamsUser('No Address');
    await bot.install(user);
    const stored = env.store.references.personalFor(user.aadObjectId);
    expect(stored?.email).toBeUndefined();
    expect(stored?.name).toBe('No Address');
  });
});
