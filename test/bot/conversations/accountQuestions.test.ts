/**
 * A seller's questions about accounts, through the real bot (TeamsActivityHandler) on
 * botbuilder's TestAdapter, answered from the demo tenant's insights (seed 7, real engine).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardActions, cardOf, cardText, cardTexts, demo, insightNamed, storeWithInsights, type AdaptiveCardJson, type TestStore } from './fixtures.js';
import { Conversation, TENANT_ID, teamsUser } from './teamsTestAdapter.js';

let env: TestStore;
let bot: Conversation;
const seller = teamsUser('Sofia Rossi', 'sofia.rossi@northwind.example');

beforeAll(async () => {
  env = await storeWithInsights();
  bot = await Conversation.start(env.store);
});
afterAll(async () => env.dispose());

/** Elements of a given type anywhere in the card (fallbacks included). */
function elements(card: unknown, type: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (record['type'] === type) found.push(record);
    Object.values(record).forEach(visit);
  };
  visit(card);
  return found;
}

function expectCustomerCard(card: AdaptiveCardJson, accountName: string): void {
  const insight = insightNamed(accountName);
  const texts = cardTexts(card);
  expect(texts[0]).toBe(accountName);
  expect(texts).toContain('Customer engagement');
  const [gauge] = elements(card, 'Chart.Gauge');
  expect(gauge?.['value']).toBe(insight.year.EngagementScore);
  expect(texts).toContain(`Engagement score: ${insight.year.EngagementScore} / 100`);
  expect(cardActions(card).filter((action) => action.type === 'Action.Execute').map((action) => [action.verb, action.data])).toEqual([
    ['whoKnows', { accountId: insight.account.id }],
    ['watch', { accountId: insight.account.id }],
    ['relationship', { accountId: insight.account.id }],
  ]);
}

describe('how engaged is an account', () => {
  it.each(['how engaged is Woodgrove Bank?', 'engagement woodgrove', 'Woodgrove?', '@Rapport how is Woodgrove Bank doing?', 'WOODGROVE BANK'])(
    '"%s" → the customer card of Woodgrove Bank with its Year score',
    async (question) => {
      const card = await bot.ask(seller, question);
      expectCustomerCard(card, 'Woodgrove Bank');
    },
  );

  it('shows the Year numbers of the account, not another period', async () => {
    const insight = insightNamed('Woodgrove Bank');
    const card = await bot.ask(seller, 'how engaged is Woodgrove Bank?');
    const facts = Object.fromEntries(elements(card, 'FactSet').flatMap((set) => set['facts'] as { title: string; value: string }[]).map((fact) => [fact.title, fact.value]));
    expect(facts['Emails to them']).toBe(insight.year.NoOfEmails_ToAccount.toLocaleString('en-US'));
    expect(facts['Emails from them']).toBe(insight.year.NoOfEmails_FromAccount.toLocaleString('en-US'));
    expect(cardText(card)).toContain('Data as of Nov 3, 2026, covering 365 days');
  });

  it('in a channel, the @mention of the bot is not part of the question', async () => {
    const { replies } = await bot.turn(seller, {
      type: 'message', text: '<at>Rapport</at> how engaged is Woodgrove Bank?',
      conversation: { id: '19:deals@thread.tacv2', conversationType: 'channel', isGroup: true, tenantId: TENANT_ID, name: 'Deals' },
      entities: [{ type: 'mention', mentioned: { id: '28:rapport-bot', name: 'Rapport' }, text: '<at>Rapport</at>' }],
    });
    expect(replies).toHaveLength(1);
    expectCustomerCard(cardOf(replies[0] as Parameters<typeof cardOf>[0]), 'Woodgrove Bank');
  });

  it('finds an account whose name is misspelled ("Woodgrov Bnk")', async () => {
    expectCustomerCard(await bot.ask(seller, 'how engaged is Woodgrov Bnk?'), 'Woodgrove Bank');
    expectCustomerCard(await bot.ask(seller, 'Woodgrov Bnk'), 'Woodgrove Bank');
  });

  it('finds every account of the tenant by its exact name', async () => {
    for (const { account, year } of demo().insights.accounts) {
      const card = await bot.ask(seller, `how engaged is ${account.name}?`);
      expect(cardTexts(card)[0], account.name).toBe(account.name);
      expect(elements(card, 'Chart.Gauge')[0]?.['value'], account.name).toBe(year.EngagementScore);
    }
  });

  it('an ambiguous name gets the "Did you mean" card with a button per candidate, carrying its account id', async () => {
    const card = await bot.ask(seller, 'how engaged is Halel?');
    const texts = cardTexts(card);
    expect(texts).toContain('Several accounts match “Halel”.');
    expect(texts).toContain('Did you mean …?');
    const buttons = cardActions(card);
    expect(buttons.map((button) => [button.type, button.verb, button.title, button.data])).toEqual([
      ['Action.Execute', 'engagement', 'Halal Media', { accountId: insightNamed('Halal Media').account.id }],
      ['Action.Execute', 'engagement', 'Halul Energy', { accountId: insightNamed('Halul Energy').account.id }],
    ]);
  });

  it('a "Did you mean" button opens the customer card of the account it names', async () => {
    const { invokeResponse, replies } = await bot.execute(seller, 'engagement', { accountId: insightNamed('Halul Energy').account.id });
    expect(invokeResponse.status).toBe(200);
    expect(replies).toHaveLength(1);
    expectCustomerCard((replies[0]!.attachments![0]!.content) as AdaptiveCardJson, 'Halul Energy');
  });

  it('an unknown name gets a helpful message with an example question', async () => {
    const card = await bot.ask(seller, 'how engaged is Zorblax?');
    const text = cardText(card);
    expect(text).toContain('I couldn’t find an account called “Zorblax”.');
    expect(text).toContain('For example: “how engaged is Contoso?”');
    expect(cardActions(card)).toEqual([]);
  });

  it('a command typed as an account name is answered with help suggesting the command', async () => {
    const card = await bot.ask(seller, 'how engaged is stale acounts?');
    expect(cardText(card)).toContain('Did you mean “stale accounts”?');
    expect(cardTexts(card)).toContain('Here is what I understand');
  });
});

describe('relationship and lists', () => {
  it('"relationship Woodgrove Bank" → the relationship card of the account', async () => {
    const card = await bot.ask(seller, 'relationship Woodgrove Bank');
    const texts = cardTexts(card);
    expect(texts[0]).toBe('Relationship with Woodgrove Bank');
    const health = insightNamed('Woodgrove Bank').health;
    if (health.health !== null) expect(texts).toContain(String(health.health));
    expect(texts).toContain('Last 90 days');
  });

  it('"stale accounts" lists the accounts gone quiet for over 60 days, longest silence first', async () => {
    const card = await bot.ask(seller, 'stale accounts');
    const stale = demo().insights.accounts.filter((insight) => insight.health.stale);
    expect(stale.length).toBeGreaterThan(0);
    const rows = cardActions(card).filter((action) => action.verb === 'engagement').map((action) => action.data?.['accountId']);
    expect(new Set(rows)).toEqual(new Set(stale.slice(0, 20).map((insight) => insight.account.id)));
    const silence = (id: unknown) => {
      const year = demo().insights.accounts.find((insight) => insight.account.id === id)!.year;
      return Math.min(year.DaysSinceLastEmail ?? Infinity, year.DaysSinceLastMeeting ?? Infinity);
    };
    const silences = rows.map(silence);
    expect(silences).toEqual([...silences].sort((a, b) => b - a));
    expect(silences.every((days) => days > 60)).toBe(true);
    expect(cardTexts(card)[0]).toBe('Accounts going cold (no email or meeting for over 60 days)');
    expect(cardTexts(card)[1]).toBe(`${stale.length} accounts`);
  });

  it('"top accounts" lists 20 accounts at most, in score order', async () => {
    const card = await bot.ask(seller, 'top accounts');
    const rows = cardActions(card).filter((action) => action.verb === 'engagement').map((action) => action.data?.['accountId'] as string);
    const scored = demo().insights.accounts.filter((insight) => insight.year.EngagementScore > 0);
    expect(scored.length).toBeGreaterThan(20);
    expect(rows).toHaveLength(20);
    const scores = rows.map((id) => demo().insights.accounts.find((insight) => insight.account.id === id)!.year.EngagementScore);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const best = [...scored].sort((a, b) => b.year.EngagementScore - a.year.EngagementScore).slice(0, 20).map((insight) => insight.year.EngagementScore);
    expect(scores).toEqual(best);
    expect(cardTexts(card).slice(0, 2)).toEqual(['Top accounts by engagement', `Showing 20 of ${scored.length} accounts`]);
  });

  it('"top 5" is the first five of the same list', async () => {
    const top = await bot.ask(seller, 'top accounts');
    const top5 = await bot.ask(seller, 'top 5');
    expect(cardActions(top5)).toEqual(cardActions(top).slice(0, 5));
  });
});

describe('help', () => {
  it('"help" → the help card', async () => {
    const card = await bot.ask(seller, 'help');
    const texts = cardTexts(card);
    expect(texts[0]).toBe('Here is what I understand');
    expect(texts).toContain('“who knows someone at Contoso?” · “who knows jane@contoso.com?”');
    expect(texts.some((text) => text.startsWith('I didn’t understand'))).toBe(false);
  });

  it('a sentence Rapport cannot read → help, with the line saying what was not understood', async () => {
    const card = await bot.ask(seller, 'what is the weather like today?');
    const texts = cardTexts(card);
    expect(texts[0]).toBe('I didn’t understand “what is the weather like today?”.');
    expect(texts).toContain('Here is what I understand');
  });

  it('a mistyped command → help with the not-understood line and the command it resembles', async () => {
    const card = await bot.ask(seller, 'stale acounts');
    expect(cardTexts(card)[0]).toBe('I didn’t understand “stale acounts”. Did you mean “stale accounts”?');
  });

  it('an empty message or a greeting alone → plain help', async () => {
    for (const text of ['', 'hi', '👍']) {
      const card = await bot.ask(seller, text);
      expect(cardTexts(card)[0], JSON.stringify(text)).toBe('Here is what I understand');
    }
  });

  it('answers before any enrichment run with "no data" (a store without insights)', async () => {
    const { mkdtemp, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { openStore } = await import('../../../src/store/rapportStore.js');
    const dir = await mkdtemp(join(tmpdir(), 'rapport-empty-'));
    const store = await openStore(dir);
    try {
      const empty = await Conversation.start(store);
      expect(cardText(await empty.ask(seller, 'how engaged is Woodgrove Bank?'))).toContain('No enrichment run has finished yet');
      expect(cardTexts(await empty.ask(seller, 'help'))[0]).toBe('Here is what I understand');
    } finally {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
