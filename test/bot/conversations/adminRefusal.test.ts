/** Admin commands in a real conversation: refused for anyone but a configured admin, who is named. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardTexts, storeWithInsights, type TestStore } from './fixtures.js';
import { Conversation, teamsUser } from './teamsTestAdapter.js';

const admin = teamsUser('Alex Wilber', 'alexw@example.com');
const seller = teamsUser('Bo Seller', 'bo@contoso.com');

let env: TestStore;
let bot: Conversation;

beforeEach(async () => {
  env = await storeWithInsights();
  bot = await Conversation.start(env.store, undefined, [admin.aadObjectId.toLowerCase(), 'ga@contoso.com']);
});
afterEach(() => env.dispose());

/** What a card says, markdown escapes removed. */
const said = async (user: typeof admin, text: string) => cardTexts(await bot.ask(user, text)).join(' ').replace(/\\/g, '');

describe('admin commands', () => {
  it.each(['configure engagement', 'run now', 'consent status', 'schedule weekly Monday 06:00', 'results', 'delivery status', 'enable relationship intelligence'])(
    '"%s" from a seller is refused, naming the admins by the name Teams gave them',
    async (command) => {
      await bot.install(admin);
      const text = await said(seller, command);
      expect(text).toContain('Only admins can do that');
      expect(text).toContain('Alex Wilber, ga@contoso.com');
    },
  );

  it('an admin is not refused', async () => {
    expect(await said(admin, 'configure engagement')).not.toContain('Only admins can do that');
  });

  it('seller questions are not admin commands', async () => {
    expect(await said(seller, 'top accounts')).not.toContain('Only admins');
  });
});
