/**
 * Issue 18 about one account, through the real bot in every language: "snooze Woodgrove" and
 * "mute Woodgrove" typed do what the alert card's buttons do; "show me woodgrove bank's emails"
 * finds the account; a name no account has is said plainly (no error tone) with the closest
 * names as buttons that ask the same question again; and no confirmation repeats its title.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogFor, type Language } from '../../../src/bot/catalog/catalog.js';
import { canonicalPhrase } from '../../../src/bot/commands/canonical.js';
import { DAY_MS } from '../../../src/engagement/activity.js';
import type { DeliveryStore } from '../../../src/store/delivery/deliveryStore.js';
import { botWithDelivery, type DeliveryBot } from './deliveryBot.js';
import { AS_OF, cardActions, cardTexts, insightNamed, type AdaptiveCardJson } from './fixtures.js';
import { teamsUser, type Conversation } from './teamsTestAdapter.js';

const LOCALES: readonly [string, Language][] = [['en-US', 'en'], ['sv-SE', 'sv'], ['ca-ES', 'ca'], ['id-ID', 'id'], ['kk-KZ', 'kk']];
const WOODGROVE = insightNamed('Woodgrove Bank');

let rig: DeliveryBot;
let delivery: DeliveryStore;
let bot: Conversation;
beforeAll(async () => {
  rig = await botWithDelivery();
  ({ delivery, bot } = rig);
});
afterAll(async () => rig.dispose());

/** A message card's title, text and tone (`good`, `attention` or `default`). */
function messageOf(card: AdaptiveCardJson): { title: string; text: string; style: unknown } {
  const [title, text] = cardTexts(card);
  return { title: title!, text: text!, style: (card.body?.[0] as { style?: unknown })?.['style'] };
}

/** Nothing said twice: the text does not open with its title, and no word follows itself. */
function expectNoRepeats({ title, text }: { title: string; text: string }): void {
  const words = (line: string) => line.toLocaleLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const [first] = words(title);
  expect(words(text)[0], `${title} / ${text}`).not.toBe(first);
  expect(words(text).some((word, index, all) => word === all[index + 1]), text).toBe(false);
}

describe.each(LOCALES)('in %s', (locale, language) => {
  const catalog = catalogFor(locale);
  const say = (id: Parameters<typeof canonicalPhrase>[0], account = 'Woodgrove Bank') => canonicalPhrase(id, language, { account });

  it('"snooze Woodgrove Bank" snoozes its alerts for 30 days, as the alert card does', async () => {
    const seller = teamsUser('Sofia Rossi', 'sofia.rossi@northwind.example');
    const reply = messageOf(await bot.ask(seller, say('snooze'), locale));
    expect(reply).toEqual({ title: catalog.t('confirm.title'), text: catalog.t('alert.snoozed', { account: 'Woodgrove Bank', date: catalog.formatDate(AS_OF + 30 * DAY_MS) }), style: 'good' });
    expectNoRepeats(reply);
    expect(delivery.alerts.snoozes()).toContainEqual({ userKey: seller.aadObjectId, accountId: WOODGROVE.account.id, until: AS_OF + 30 * DAY_MS });
  });

  it('"mute Woodgrove Bank" mutes it, and "unmute" undoes it', async () => {
    const seller = teamsUser('Sofia Rossi', 'sofia.rossi@northwind.example');
    const muted = messageOf(await bot.ask(seller, say('mute'), locale));
    expect(muted.text).toBe(catalog.t('alert.muted', { account: 'Woodgrove Bank' }));
    expectNoRepeats(muted);
    expect(delivery.alerts.mutes()).toContainEqual({ userKey: seller.aadObjectId, accountId: WOODGROVE.account.id });
    const unmuted = messageOf(await bot.ask(seller, say('unmute'), locale));
    expect(unmuted.text).toBe(catalog.t('commands.unmuted', { account: 'Woodgrove Bank' }));
    expect(delivery.alerts.mutes()).not.toContainEqual({ userKey: seller.aadObjectId, accountId: WOODGROVE.account.id });
    expect(messageOf(await bot.ask(seller, say('unmute'), locale)).text).toBe(catalog.t('commands.notMuted', { account: 'Woodgrove Bank' }));
  });

  it('finds the account around a possessive and a noun', async () => {
    const seller = teamsUser('Sofia Rossi', 'sofia.rossi@northwind.example');
    for (const question of ["show me woodgrove bank's emails", "Woodgrove Bank's engagement"]) {
      expect(cardTexts(await bot.ask(seller, question, locale))[0], question).toBe('Woodgrove Bank');
    }
  });

  it('a name no account has: said plainly, with the closest names as buttons that ask the same question', async () => {
    const seller = teamsUser('Sofia Rossi', 'sofia.rossi@northwind.example');
    for (const [id, verb] of [['engagement', 'engagement'], ['whoKnows', 'whoKnows'], ['snooze', 'snoozeAccount']] as const) {
      const card = await bot.ask(seller, say(id, 'Woodgrove Banking Group'), locale);
      const texts = cardTexts(card);
      expect(texts[0]).toBe(catalog.t('error.accountNotFound', { name: 'Woodgrove Banking Group' }));
      expect(texts).not.toContain(catalog.t('error.title'));
      const buttons = cardActions(card);
      expect(buttons[0]).toMatchObject({ title: 'Woodgrove Bank', verb, data: { accountId: WOODGROVE.account.id } });
    }
    const nothingClose = messageOf(await bot.ask(seller, say('engagement', 'Qqqqqxqqq'), locale));
    expect(nothingClose.title).toBe(catalog.t('commands.noAccountTitle'));
    expect(nothingClose.style).toBe('default');
  });

  it('says every confirmation once: no title repeated in its text', async () => {
    const seller = teamsUser('Camille Martin', 'camille.martin@northwind.example');
    const replies = [];
    for (const text of [say('watch'), say('unwatch'), say('unwatch'), canonicalPhrase('optOut', language), canonicalPhrase('optIn', language), canonicalPhrase('cancel', language), canonicalPhrase('back', language)]) {
      replies.push(messageOf(await bot.ask(seller, text, locale)));
    }
    replies.push(messageOf(await bot.ask(seller, `${canonicalPhrase('saveSegment', language, { name: 'x1', expression: 'DaysSinceLastEmail > 60' })}`, locale)));
    for (const reply of replies) expectNoRepeats(reply);
    expect(replies[3]!.text).toBe(catalog.t('confirm.optedOut'));
  });
});
