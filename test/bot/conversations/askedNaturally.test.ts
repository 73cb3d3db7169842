/**
 * Issue 18, through the real bot on botbuilder's adapter, in every language (each asked in that
 * language's words, taken from the command registry; replies checked against that language's
 * catalog): "top 10" and "stale accounts 3" show that many, within 1..40 and saying so;
 * "which accounts need attention?" lists the accounts going cold; "what's new" tells what
 * changed since the person last asked, remembered per person.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogFor, type Language } from '../../../src/bot/catalog/catalog.js';
import { ACCOUNT_LIST_LIMIT } from '../../../src/bot/cardData/accountList.js';
import { canonicalPhrase, examplePhrase } from '../../../src/bot/commands/canonical.js';
import { InsightsView } from '../../../src/bot/insightsView.js';
import { DAY_MS } from '../../../src/engagement/activity.js';
import type { EnrichmentInsights } from '../../../src/engagement/insights.js';
import { cardActions, cardTexts, demo, insightNamed, RUN_ID, storeWithInsights, type TestStore } from './fixtures.js';
import { Conversation, teamsUser } from './teamsTestAdapter.js';

const LOCALES: readonly [string, Language][] = [['en-US', 'en'], ['sv-SE', 'sv'], ['ca-ES', 'ca'], ['id-ID', 'id'], ['kk-KZ', 'kk']];

let env: TestStore;
let bot: Conversation;
beforeAll(async () => {
  env = await storeWithInsights();
  bot = await Conversation.start(env.store);
});
afterAll(async () => env.dispose());

const rows = (card: unknown) => cardActions(card).filter((action) => action.verb === 'engagement').map((action) => action.data?.['accountId']);
const byScore = () => new InsightsView(demo().insights).byScore().map((insight) => insight.account.id);
const stale = () => new InsightsView(demo().insights).stale().map((insight) => insight.account.id);

describe.each(LOCALES)('in %s', (locale, language) => {
  const catalog = catalogFor(locale);
  const seller = teamsUser('Sofia Rossi', 'sofia.rossi@northwind.example');
  const top = (count: number) => examplePhrase('topAccounts', language, { count: String(count) });

  it('"top 5" shows the five most engaged accounts', async () => {
    const card = await bot.ask(seller, top(5), locale);
    expect(rows(card)).toEqual(byScore().slice(0, 5));
    expect(cardTexts(card)).toContain(catalog.t('list.showing', { shown: 5, total: catalog.t('list.count', { count: byScore().length }) }));
  });

  it(`"top 500" shows ${ACCOUNT_LIST_LIMIT} and says it shows no more at a time; "top 0" shows one and says so`, async () => {
    const many = await bot.ask(seller, top(500), locale);
    expect(rows(many)).toEqual(byScore().slice(0, ACCOUNT_LIST_LIMIT));
    expect(cardTexts(many)).toContain(catalog.t('commands.countTooMany', { requested: 500, max: ACCOUNT_LIST_LIMIT }));
    const none = await bot.ask(seller, top(0), locale);
    expect(rows(none)).toEqual(byScore().slice(0, 1));
    expect(cardTexts(none)).toContain(catalog.t('commands.countTooFew'));
  });

  it('"stale accounts 3" (in English, which works everywhere) shows the three longest silent', async () => {
    expect(rows(await bot.ask(seller, 'stale accounts 3', locale))).toEqual(stale().slice(0, 3));
  });

  it('"which accounts need attention?" lists the accounts going cold, under its own title', async () => {
    const card = await bot.ask(seller, `${canonicalPhrase('needsAttention', language)}?`, locale);
    expect(cardTexts(card)[0]).toBe(catalog.t('commands.attentionTitle', { days: 60 }));
    expect(rows(card)).toEqual(stale());
  });
});

describe('what’s new', () => {
  // Rosa Rossi owns four accounts of the demo tenant: Corwyn Capital, Cordel Capital (stale), Fenlin Health, Vendan Retail.
  const OWNER = 'rosa.rossi@northwind.example';

  /** The next weekly run: Corwyn Capital gone quiet, Cordel Capital active again, Vendan Retail's score down 21. */
  function nextRun(insights: EnrichmentInsights): EnrichmentInsights {
    const next = structuredClone(insights);
    next.asOf += 7 * DAY_MS;
    next.windowStart += 7 * DAY_MS;
    for (const insight of next.accounts) {
      if (insight.account.name === 'Corwyn Capital') insight.health.stale = true;
      if (insight.account.name === 'Cordel Capital') insight.health.stale = false;
      if (insight.account.name === 'Vendan Retail') insight.year.EngagementScore -= 21;
    }
    return next;
  }

  it.each(LOCALES)('in %s: first where the accounts stand, then nothing new in the same run, then what changed', async (locale, language) => {
    const local = await storeWithInsights();
    const conversation = await Conversation.start(local.store);
    try {
      const catalog = catalogFor(locale);
      const rosa = teamsUser('Rosa Rossi', OWNER);
      const ask = () => conversation.ask(rosa, canonicalPhrase('whatsNew', language), locale);

      const first = await ask();
      expect(cardTexts(first).slice(0, 3)).toEqual([catalog.t('commands.whatsNew.title'), catalog.t('commands.whatsNew.first'), catalog.t('commands.whatsNew.quietNow')]);
      expect(rows(first)).toEqual([insightNamed('Cordel Capital').account.id]);
      expect(local.store.seen.lastSeen(rosa.aadObjectId)?.accounts.map((account) => account.accountId).sort()).toHaveLength(4);

      const again = await ask();
      expect(cardTexts(again)).toContain(catalog.t('commands.whatsNew.noNewRun'));

      const next = nextRun(demo().insights);
      await local.store.insights.saveForRun(`${RUN_ID}-next`, next);
      conversation.bot.useInsights(new InsightsView(next));
      const changed = await ask();
      const texts = cardTexts(changed);
      expect(texts).toEqual(expect.arrayContaining([
        catalog.t('commands.whatsNew.newlyStale'), 'Corwyn Capital',
        catalog.t('commands.whatsNew.backToLife'), 'Cordel Capital',
        catalog.t('commands.whatsNew.moves'), 'Vendan Retail', catalog.t('commands.whatsNew.down', { points: 21, score: insightNamed('Vendan Retail').year.EngagementScore - 21 }),
      ]));
      // Each name is a button that shows the account.
      expect(rows(changed)).toContain(insightNamed('Corwyn Capital').account.id);

      const nothing = await ask();
      expect(cardTexts(nothing)).toContain(catalog.t('commands.whatsNew.noNewRun'));
    } finally {
      await local.dispose();
    }
  });

  it('tells someone who owns and watches no account how to start', async () => {
    const nobody = teamsUser('Nobody Here', 'nobody@northwind.example');
    const catalog = catalogFor('en-US');
    const card = await bot.ask(nobody, "what's new?");
    expect(cardTexts(card)).toEqual([catalog.t('commands.whatsNew.title'), catalog.t('commands.whatsNew.noAccounts', { command: 'watch Contoso' })]);
  });
});
