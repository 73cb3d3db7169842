import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { RESULTS_MORE_VERB, resultsMoreAction, resultsReply } from '../../../src/bot/admin/resultsCommands.js';
import { catalogFor } from '../../../src/bot/catalog/catalog.js';
import type { AdaptiveCard } from '../../../src/bot/cards.js';
import type { Reply } from '../../../src/bot/turn.js';
import { DAY_MS } from '../../../src/engagement/activity.js';
import { ROW_COLUMNS } from '../../../src/engagement/columns.js';
import { openStore, type RapportStore } from '../../../src/store/rapportStore.js';
import { expectValidCard, ofType } from '../cards/cardTree.js';
import { AS_OF, cardActions, cardText, demo, RUN_ID, storeWithInsights, type TestStore } from '../conversations/fixtures.js';
import { configure, manualTimer, SAVED_AT, servicesOver } from './adminFixtures.js';

const catalog = catalogFor('en-GB');
const PUBLIC_URL = 'https://rapport.example/';
const stores: TestStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.dispose();
});

async function setUp({ insights = true } = {}) {
  let test: TestStore;
  if (insights) test = await storeWithInsights({ now: () => SAVED_AT });
  else {
    const dir = await mkdtemp(join(tmpdir(), 'rapport-results-'));
    const store = await openStore(dir);
    test = { dir, store, dispose: async () => { await store.close(); await rm(dir, { recursive: true, force: true }); } };
  }
  stores.push(test);
  const services = servicesOver(test.store, manualTimer(SAVED_AT).timer);
  return { store: test.store, services, deps: { store: test.store, services, publicUrl: PUBLIC_URL } };
}

const cardOf = (reply: Reply): AdaptiveCard => {
  if (!('card' in reply)) throw new Error('expected a card');
  return reply.card;
};

/** Two earlier runs (one failed) and twelve monitored mailboxes, beside the demo run. */
async function addHistory(store: RapportStore): Promise<void> {
  await store.runs.record({ id: 'run-a', startedAt: AS_OF - 14 * DAY_MS, finishedAt: AS_OF - 14 * DAY_MS + 50_000, status: 'succeeded', mailboxes: 28, emails: 900, meetings: 80, accounts: 40 });
  await store.runs.record({ id: 'run-b', startedAt: AS_OF - 7 * DAY_MS, finishedAt: AS_OF - 7 * DAY_MS + 5_000, status: 'failed', mailboxes: 0, emails: 0, meetings: 0, accounts: 0, error: 'tenant_*unreachable*' });
  await store.admin.saveDirectory({
    runId: RUN_ID, takenAt: AS_OF,
    mailboxes: Array.from({ length: 12 }, (_, i) => ({ address: `user${i + 1}@contoso.example`, objectId: `00000000-0000-0000-0000-${String(i + 1).padStart(12, '0')}`, displayName: `User ${i + 1}` })),
  });
}

describe('results', () => {
  it('explains that nothing is configured yet', async () => {
    const { deps } = await setUp();
    expect(cardText(cardOf(await resultsReply(deps, catalog)))).toContain('No engagement enrichment is configured yet, so there are no results.');
  });

  it('explains that no run has finished yet, and when the next is due', async () => {
    const { deps, services, store } = await setUp({ insights: false });
    await configure(services, store, SAVED_AT);
    expect(cardText(cardOf(await resultsReply(deps, catalog)))).toContain(
      'The enrichment “Account engagement” is configured, but no run has finished yet. The next run is due Wed, 4 Nov 2026, 16:15; say “run now” to start one sooner.',
    );
  });

  it('shows the numbers of the store: totals, accounts per run, run history, the first rows and the mailboxes', async () => {
    const { deps, services, store } = await setUp();
    await configure(services, store, SAVED_AT);
    await addHistory(store);
    const card = cardOf(await resultsReply(deps, catalog));
    expectValidCard(card);
    const text = cardText(card);
    const { insights } = demo();
    const earliest = insights.accounts.map((insight) => insight.year.EngagementStartDate).filter((date): date is string => date !== null).sort()[0]!;
    const covered = Math.ceil((AS_OF - Math.max(Date.parse(`${earliest}T00:00:00Z`), insights.windowStart)) / DAY_MS);

    expect(text).toContain('Account engagement · output table AccountEngagement');
    expect(text).toContain(`Enriched accounts\n${insights.accounts.length}`);
    expect(text).toContain('Emails processed\n1,000\nMeetings processed\n100');
    expect(text).toContain(`Days of data covered\n${covered}`);
    // Europe/London: still summer time on 20 Oct. The axis has room for the day; the range and the fallback say the rest.
    const [chart] = ofType(card, 'Chart.Line');
    expect(chart!.data).toEqual([{ legend: 'Enriched accounts', values: [{ x: '20', y: 40 }, { x: '3', y: insights.accounts.length }] }]);
    expect(String(chart!.xAxisTitle).replace(/\u2009/g, ' ')).toBe('20 Oct, 01:00 – 3 Nov, 00:01');
    expect((chart!.fallback as { facts: unknown[] }).facts).toEqual([
      { title: '20 Oct, 01:00', value: '40' }, { title: '3 Nov, 00:01', value: String(insights.accounts.length) },
    ]);
    expect(text).toContain('Tue, 3 Nov 2026, 00:00 to Tue, 3 Nov 2026, 00:01 · succeeded\n30 mailboxes · 1,000 emails · 100 meetings');
    expect(text).toContain('Tue, 27 Oct 2026, 00:00 to Tue, 27 Oct 2026, 00:00 · failed\n0 mailboxes · 0 emails · 0 meetings · 0 accounts\nErrors: tenant_*unreachable*');

    expect(text).toContain(`Rows 1 to 10 of ${insights.accounts.length}`);
    const names = insights.accounts.slice(0, 11).map((insight) => insight.account.name);
    for (const name of names.slice(0, 10)) expect(text).toContain(name);
    expect(text).not.toContain(`\n${names[10]}\n`);
    const more = cardActions(card).find((action) => action.type === 'Action.Execute');
    expect(more).toMatchObject({ title: 'Show more', verb: RESULTS_MORE_VERB, data: { offset: 10 } });

    expect(text).toContain('Monitored mailboxes (Office_UserEntity)\nShowing 10 of 12\nMailbox\nObject id\nuser1@contoso.example\n00000000-0000-0000-0000-000000000001');
    expect(text).toContain('user10@contoso.example');
    expect(text).not.toContain('user11@contoso.example');
  });

  it('links to an unguessable, expiring CSV of the output table', async () => {
    const { deps, services, store } = await setUp();
    await configure(services, store, SAVED_AT);
    const card = cardOf(await resultsReply(deps, catalog));
    const link = cardActions(card).find((action) => action.type === 'Action.OpenUrl')!;
    expect(link.title).toBe('Download the table (CSV)');
    const token = /^https:\/\/rapport\.example\/api\/downloads\/([A-Za-z0-9_-]{43})$/.exec(link.url!)![1]!;
    expect(cardText(card)).toContain('The download link works until Thu, 5 Nov 2026, 10:15.');
    const download = await store.downloads.open(token);
    if (typeof download === 'string') throw new Error(download);
    expect(cardText(card)).toContain('Monitored mailboxes (Office_UserEntity)\nNo mailbox list has been saved yet.');
    expect(download.fileName).toBe('AccountEngagement.csv');
    const [header, ...rows] = parse(download.content) as string[][];
    expect(header).toEqual([...ROW_COLUMNS]);
    const { insights } = demo();
    const expected = insights.accounts.flatMap((insight) => [insight.year, ...insight.months, ...insight.weeks]);
    expect(rows).toHaveLength(expected.length);
    expect(rows[0]!.slice(0, 3)).toEqual([expected[0]!.AccountId, expected[0]!.AccountName, String(expected[0]!.EngagementScore)]);
    expect(rows.filter((row) => row[ROW_COLUMNS.indexOf('AggregationLevel')] === 'Year')).toHaveLength(insights.accounts.length);
  });

  it('pages through the table with "show more", ten rows at a time, until the last row', async () => {
    const { deps, services, store } = await setUp();
    await configure(services, store, SAVED_AT);
    const names = demo().insights.accounts.map((insight) => insight.account.name);
    let offset: unknown = 10;
    const seen: string[] = [];
    for (let page = 0; offset !== undefined; page++) {
      const outcome = await resultsMoreAction(deps, { offset }, catalog);
      if (!('replaceWith' in outcome)) throw new Error('expected a replacement card');
      const card = cardOf(outcome.replaceWith);
      expectValidCard(card);
      const from = 10 * (page + 1);
      const to = Math.min(from + 10, names.length);
      expect(cardText(card)).toContain(`Rows ${from + 1} to ${to} of ${names.length}`);
      for (const name of names.slice(from, to)) seen.push(name), expect(cardText(card)).toContain(name);
      offset = cardActions(card).find((action) => action.verb === RESULTS_MORE_VERB)?.data?.['offset'];
      if (to === names.length) expect(offset).toBeUndefined();
    }
    expect(seen).toEqual(names.slice(10));
  });

  it('says so when the last run found no account activity', async () => {
    const { deps, services, store } = await setUp({ insights: false });
    await configure(services, store, SAVED_AT);
    await store.insights.saveForRun('run-empty', { asOf: AS_OF, windowStart: AS_OF - 365 * DAY_MS, accounts: [], knownBy: {}, colleagueNames: {} });
    const card = cardOf(await resultsReply(deps, catalog));
    expectValidCard(card);
    expect(cardText(card)).toContain('Enriched accounts\n0');
    expect(cardText(card)).toContain('Output table (Year rows)\nThe last run found no account activity.');
    expect(cardActions(card).some((action) => action.verb === RESULTS_MORE_VERB)).toBe(false);
  });

  it('starts from the top for an offset that is not a whole number', async () => {
    const { deps } = await setUp();
    for (const offset of ['abc', -5, 2.5, null]) {
      const outcome = await resultsMoreAction(deps, { offset }, catalog);
      expect('replaceWith' in outcome && cardText(cardOf(outcome.replaceWith))).toContain('Rows 1 to 10 of');
    }
  });
});
