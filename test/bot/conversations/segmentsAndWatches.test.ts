/** Segments (with their CSV download), saved segments and watched accounts, through the bot on TestAdapter. */
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardActions, cardOf, cardText, cardTexts, demo, insightNamed, storeWithInsights, type AdaptiveCardJson, type TestStore } from './fixtures.js';
import { Conversation, teamsUser } from './teamsTestAdapter.js';

let env: TestStore;
let bot: Conversation;

beforeEach(async () => {
  env = await storeWithInsights();
  bot = await Conversation.start(env.store);
});
afterEach(async () => env.dispose());

/** Accounts whose Year row has DaysSinceLastEmail > 60 (a null is no match), by id. */
function quietAccounts(): string[] {
  return demo().insights.accounts.filter((insight) => insight.year.DaysSinceLastEmail !== null && insight.year.DaysSinceLastEmail > 60).map((insight) => insight.account.id);
}

function listedAccounts(card: AdaptiveCardJson): string[] {
  return cardActions(card).filter((action) => action.verb === 'engagement').map((action) => action.data?.['accountId'] as string);
}

function downloadUrl(card: AdaptiveCardJson): string {
  const links = cardActions(card).filter((action) => action.type === 'Action.OpenUrl');
  expect(links).toHaveLength(1);
  expect(links[0]!.title).toBe('Download CSV');
  return links[0]!.url!;
}

describe('segment EXPRESSION', () => {
  it('lists the matching accounts with their count, in score order, and a CSV link the store serves', async () => {
    const seller = teamsUser('Sofia Rossi', 'sofia.rossi@northwind.example');
    const expected = quietAccounts();
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThanOrEqual(20);

    const card = await bot.ask(seller, 'segment DaysSinceLastEmail > 60');
    const texts = cardTexts(card);
    expect(texts[0]).toBe('Segment: DaysSinceLastEmail > 60');
    expect(texts[1]).toBe(`${expected.length} accounts`);
    const listed = listedAccounts(card);
    expect(new Set(listed)).toEqual(new Set(expected));
    const scores = listed.map((id) => demo().insights.accounts.find((insight) => insight.account.id === id)!.year.EngagementScore);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    const url = downloadUrl(card);
    const match = /^https:\/\/rapport\.example\/api\/downloads\/(?<token>[A-Za-z0-9_-]{43})$/.exec(url);
    expect(match, url).not.toBeNull();
    const download = await env.store.downloads.open(match!.groups!['token']!);
    if (typeof download === 'string') throw new Error(`the download link is ${download}`);
    expect(download.fileName).toBe('segment.csv');
    const rows = parse(download.content, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row['AccountId'])).toEqual(listed);
    for (const row of rows) {
      const year = demo().insights.accounts.find((insight) => insight.account.id === row['AccountId'])!.year;
      expect(row['AccountName']).toBe(year.AccountName);
      expect(row['AggregationLevel']).toBe('Year');
      expect(Number(row['DaysSinceLastEmail'])).toBe(year.DaysSinceLastEmail);
      expect(Number(row['EngagementScore'])).toBe(year.EngagementScore);
    }
  });

  it('a segment nothing matches says so, and its CSV has only the header', async () => {
    const seller = teamsUser('Sofia Rossi', 'sofia.rossi@northwind.example');
    const card = await bot.ask(seller, 'segment EngagementScore > 100');
    expect(cardTexts(card)).toContain('No accounts match.');
    expect(listedAccounts(card)).toEqual([]);
    const token = downloadUrl(card).split('/').at(-1)!;
    const download = await env.store.downloads.open(token);
    if (typeof download === 'string') throw new Error(`the download link is ${download}`);
    expect(parse(download.content, { columns: true })).toEqual([]);
  });

  it('a syntax error is answered with the parser message and a caret under the mistake', async () => {
    const seller = teamsUser('Sofia Rossi', 'sofia.rossi@northwind.example');
    const card = await bot.ask(seller, 'segment DaysSinceLastEmail >> 60');
    const texts = cardTexts(card);
    expect(texts[0]).toBe('Something is not right');
    const message = texts[1]!;
    expect(message.startsWith('I couldn’t read that segment: Unknown operator \'>>\' at position 19')).toBe(true);
    const lines = message.split('\n');
    const expressionLine = lines.find((line) => line.includes('DaysSinceLastEmail >> 60'))!;
    const caretLine = lines[lines.indexOf(expressionLine) + 1]!;
    expect(caretLine.trim()).toBe('^');
    expect(caretLine.indexOf('^')).toBe(expressionLine.indexOf('>>'));
    // Nothing was exported for a segment that could not be read.
    expect(cardActions(card)).toEqual([]);
  });

  it('an unknown column is named, with the column it resembles', async () => {
    const seller = teamsUser('Sofia Rossi', 'sofia.rossi@northwind.example');
    const text = cardText(await bot.ask(seller, 'segment DaysSinceLastEmial > 60'));
    expect(text).toContain("Unknown column 'DaysSinceLastEmial' (did you mean DaysSinceLastEmail?)");
  });
});

describe('saved segments', () => {
  it('save segment cold … → segments → run segment cold (and its Run button)', async () => {
    const seller = teamsUser('Sofia Rossi', 'sofia.rossi@northwind.example');
    const count = quietAccounts().length;

    const saved = await bot.ask(seller, 'save segment cold DaysSinceLastEmail > 60');
    expect(cardTexts(saved)).toEqual(['Done', `Saved the segment “cold”. ${count} accounts match today; say “run segment cold” any time.`]);

    const list = await bot.ask(seller, 'segments');
    const texts = cardTexts(list);
    expect(texts[0]).toBe('Saved segments');
    expect(texts).toEqual(expect.arrayContaining(['cold', 'DaysSinceLastEmail > 60', `${count} accounts`]));
    expect(cardActions(list).map((action) => [action.verb, action.data])).toEqual([['segment', { name: 'cold' }]]);

    const direct = await bot.ask(seller, 'segment DaysSinceLastEmail > 60');
    const run = await bot.ask(seller, 'run segment cold');
    expect(cardTexts(run)[0]).toBe('Segment: DaysSinceLastEmail > 60');
    expect(listedAccounts(run)).toEqual(listedAccounts(direct));

    const clicked = await bot.execute(seller, 'segment', { name: 'cold' });
    expect(clicked.invokeResponse.status).toBe(200);
    expect(listedAccounts(cardOf(clicked.replies[0] as Parameters<typeof cardOf>[0]))).toEqual(listedAccounts(direct));
  });

  it('segments belong to the user who saved them', async () => {
    const owner = teamsUser('Sofia Rossi', 'sofia.rossi@northwind.example');
    const other = teamsUser('Nora Olsen', 'nora.olsen@northwind.example');
    await bot.ask(owner, 'save segment cold DaysSinceLastEmail > 60');
    expect(cardText(await bot.ask(other, 'run segment cold'))).toContain('You have no segment called “cold”. Say “segments” to see yours.');
    expect(cardText(await bot.ask(other, 'segments'))).toContain('No saved segments yet.');
  });

  it('a segment with a syntax error is not saved', async () => {
    const seller = teamsUser('Sofia Rossi', 'sofia.rossi@northwind.example');
    expect(cardText(await bot.ask(seller, 'save segment broken DaysSinceLastEmail >> 60'))).toContain('I couldn’t read that segment');
    expect(cardText(await bot.ask(seller, 'segments'))).toContain('No saved segments yet.');
  });
});

describe('watches', () => {
  it('watch <account> / my watches / unwatch <account>', async () => {
    const seller = teamsUser('Sofia Rossi', 'sofia.rossi@northwind.example');
    expect(cardTexts(await bot.ask(seller, 'my watches'))).toEqual(['Accounts you watch', 'You are not watching any account yet. Try “watch Contoso”.']);

    expect(cardTexts(await bot.ask(seller, 'watch Woodgrove Bank'))).toEqual(['Done', 'I’ll let you know when Woodgrove Bank goes quiet.']);
    expect(cardTexts(await bot.ask(seller, 'watch Contoso'))).toEqual(['Done', 'I’ll let you know when Contoso goes quiet.']);
    expect(cardTexts(await bot.ask(seller, 'my watches'))).toEqual(['Accounts you watch', 'Woodgrove Bank and Contoso']);
    expect(env.store.preferences.watches(seller.aadObjectId)).toEqual([insightNamed('Woodgrove Bank').account.id, insightNamed('Contoso').account.id]);

    expect(cardTexts(await bot.ask(seller, 'unwatch Woodgrove Bank'))).toEqual(['Done', 'You will no longer hear about Woodgrove Bank.']);
    expect(cardTexts(await bot.ask(seller, 'my watches'))).toEqual(['Accounts you watch', 'Contoso']);
    // Nothing was done, so the title is not "Done".
    expect(cardTexts(await bot.ask(seller, 'unwatch Woodgrove Bank'))).toEqual(['Accounts you watch', 'You were not watching Woodgrove Bank.']);
  });

  it('the customer card\'s "Alert me" button watches the account', async () => {
    const seller = teamsUser('Sofia Rossi', 'sofia.rossi@northwind.example');
    const { invokeResponse, replies } = await bot.execute(seller, 'watch', { accountId: insightNamed('Woodgrove Bank').account.id });
    expect(invokeResponse.status).toBe(200);
    expect(cardTexts(cardOf(replies[0] as Parameters<typeof cardOf>[0]))).toEqual(['Done', 'I’ll let you know when Woodgrove Bank goes quiet.']);
    expect(cardTexts(await bot.ask(seller, 'my watches'))).toEqual(['Accounts you watch', 'Woodgrove Bank']);
  });

  it('watches are per user', async () => {
    const seller = teamsUser('Sofia Rossi', 'sofia.rossi@northwind.example');
    const other = teamsUser('Nora Olsen', 'nora.olsen@northwind.example');
    await bot.ask(seller, 'watch Woodgrove Bank');
    expect(cardTexts(await bot.ask(other, 'my watches'))[1]).toBe('You are not watching any account yet. Try “watch Contoso”.');
  });
});
