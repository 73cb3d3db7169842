/**
 * Card buttons routed through the command registry: each verb's data checked against its zod
 * schema before anything happens (a bad or forged card gets a notice and changes nothing),
 * admin cards refused for anyone else, and the alert card's snooze and mute through the same
 * commands as typed ones.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogFor } from '../../../src/bot/catalog/catalog.js';
import { REGISTRY } from '../../../src/bot/commands/registry.js';
import { DAY_MS } from '../../../src/engagement/activity.js';
import type { DeliveryStore } from '../../../src/store/delivery/deliveryStore.js';
import { botWithDelivery, type DeliveryBot } from './deliveryBot.js';
import { AS_OF, cardTexts, insightNamed, type TestStore } from './fixtures.js';
import { teamsUser, type Conversation } from './teamsTestAdapter.js';

const WOODGROVE = insightNamed('Woodgrove Bank').account.id;

let rig: DeliveryBot;
let env: TestStore;
let delivery: DeliveryStore;
let bot: Conversation;
beforeAll(async () => {
  rig = await botWithDelivery();
  ({ env, delivery, bot } = rig);
});
afterAll(async () => rig.dispose());

const notice = (body: unknown) => (body as { value: unknown }).value;

/** Data that no card of Rapport's sends for the verb. */
const BAD_DATA: Readonly<Record<string, Record<string, unknown>>> = {
  engagement: { accountId: 42 }, whoKnows: {}, relationship: { accountId: '' }, watch: { accountId: ['x'] }, unwatch: {},
  snoozeAccount: { accountId: WOODGROVE, days: 'a while' }, muteAccount: { accountId: null }, unmuteAccount: {},
  segment: { name: '../etc/passwd' }, requestIntro: { accountId: WOODGROVE }, introAccept: { requestId: '' }, introDecline: {},
};

describe.each(['en-US', 'sv-SE', 'kk-KZ'])('card actions in %s', (locale) => {
  const catalog = catalogFor(locale);
  const seller = teamsUser('Sofia Rossi', 'sofia.rossi@northwind.example');

  it('covers every seller verb of the registry', () => {
    const verbs = REGISTRY.filter((entry) => entry.card && entry.audience === 'seller').map((entry) => entry.card!.verb).sort();
    expect(verbs).toEqual(Object.keys(BAD_DATA).sort());
  });

  it.each(Object.entries(BAD_DATA))('%s with data that does not fit its schema: a notice, nothing sent, nothing changed', async (verb, data) => {
    const before = { snoozes: delivery.alerts.snoozes().length, watches: env.store.preferences.watches(seller.aadObjectId).length };
    const { invokeResponse, replies } = await bot.execute(seller, verb, data, locale);
    expect(notice(invokeResponse.body)).toBe(catalog.t('commands.badAction'));
    expect(replies).toEqual([]);
    expect({ snoozes: delivery.alerts.snoozes().length, watches: env.store.preferences.watches(seller.aadObjectId).length }).toEqual(before);
  });

  it('the alert card\'s "Snooze 30 days" and "Mute" act as the typed commands do, as a notice', async () => {
    const snoozed = await bot.execute(seller, 'snoozeAccount', { accountId: WOODGROVE, days: '30' }, locale);
    expect(notice(snoozed.invokeResponse.body)).toBe(catalog.t('alert.snoozed', { account: 'Woodgrove Bank', date: catalog.formatDate(AS_OF + 30 * DAY_MS) }));
    const muted = await bot.execute(seller, 'muteAccount', { accountId: WOODGROVE }, locale);
    expect(notice(muted.invokeResponse.body)).toBe(catalog.t('alert.muted', { account: 'Woodgrove Bank' }));
    expect(delivery.alerts.mutes()).toContainEqual({ userKey: seller.aadObjectId, accountId: WOODGROVE });
  });

  it('a snooze longer than a year is a year', async () => {
    await bot.execute(seller, 'snoozeAccount', { accountId: WOODGROVE, days: 10_000 }, locale);
    expect(delivery.alerts.snoozes()).toContainEqual({ userKey: seller.aadObjectId, accountId: WOODGROVE, until: AS_OF + 365 * DAY_MS });
  });

  it('an admin card\'s button is refused for a seller, naming who may', async () => {
    const { invokeResponse } = await bot.execute(seller, 'results.more', { offset: 20 }, locale);
    expect(cardTexts(notice(invokeResponse.body))[0]).toBe(catalog.t('admin.refusedTitle'));
  });

  it('an unknown verb answers with help', async () => {
    const { replies } = await bot.execute(seller, 'selfDestruct', {}, locale);
    expect(cardTexts((replies[0]?.attachments?.[0] as { content: unknown }).content)[0]).toBe(catalog.t('help.title'));
  });
});
