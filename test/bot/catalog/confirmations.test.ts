/**
 * Issue 18 §5: every confirmation Rapport sends, read once in every language — its text never
 * opens with its title's word ("Done" / "Done: …"), never repeats the title, and no word follows
 * itself.
 */
import { describe, expect, it } from 'vitest';
import { availableLanguages, catalogFor, type MessageKey } from '../../../src/bot/catalog/catalog.js';

type Pair = readonly [title: MessageKey, text: MessageKey, params?: Record<string, string | number>];
type Row = [MessageKey, MessageKey, Record<string, string | number> | undefined];

const P = { account: 'Contoso', name: 'cold', count: 4, date: '3 Dec 2026', introducer: 'Ann Lee', person: 'jane@contoso.com', requester: 'Bo', day: 'Monday', time: '06:00', timeZone: 'UTC', days: 60 };

/** The title and text pairs the code sends together (sellerAnswers, alertChoices, consentCommands, runCommands, wizards, introductions, commands). */
const PAIRS: readonly Pair[] = [
  ['confirm.title', 'confirm.watching', { account: P.account }], ['confirm.title', 'confirm.unwatched', { account: P.account }],
  ['watches.title', 'confirm.notWatching', { account: P.account }], ['confirm.title', 'confirm.optedOut'], ['confirm.title', 'confirm.optedIn'],
  ['confirm.title', 'confirm.segmentSaved', { name: P.name, count: P.count }], ['confirm.title', 'confirm.introAnswered', { requester: P.requester }],
  ['confirm.title', 'alert.snoozed', { account: P.account, date: P.date }], ['confirm.title', 'alert.muted', { account: P.account }],
  ['confirm.title', 'commands.unmuted', { account: P.account }], ['watches.title', 'commands.notMuted', { account: P.account }],
  ['enrichment.savedTitle', 'enrichment.saved', { name: P.name }],
  ['schedule.savedTitle', 'schedule.weekly', { day: P.day, time: P.time, timeZone: P.timeZone }], ['schedule.savedTitle', 'schedule.daily', { time: P.time, timeZone: P.timeZone }],
  ['wizard.cancelledTitle', 'wizard.cancelled'],
  ['introAnswer.acceptedTitle', 'introAnswer.acceptedAccount', { introducer: P.introducer, account: P.account }],
  ['introAnswer.acceptedTitle', 'introAnswer.acceptedPerson', { introducer: P.introducer, account: P.account, person: P.person }],
  ['introAnswer.declinedTitle', 'introAnswer.declinedAccount', { introducer: P.introducer, account: P.account }],
  ['introAnswer.declinedTitle', 'introAnswer.declinedPerson', { introducer: P.introducer, account: P.account, person: P.person }],
  ['ri.consent.title', 'ri.consent.given'], ['commands.noSetupTitle', 'commands.noSetup'], ['commands.alertsOffTitle', 'commands.alertsOff'],
  ['commands.noDataTitle', 'error.noData'], ['commands.notAvailableTitle', 'admin.notAvailable'],
];

const words = (text: string, locale: string) => text.toLocaleLowerCase(locale).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

describe.each(availableLanguages())('confirmations in %s', (language) => {
  const catalog = catalogFor(language);
  const t = catalog.t as (key: MessageKey, params?: Record<string, string | number>) => string;

  it.each(PAIRS as unknown as Row[])('%s / %s', (titleKey, textKey, params) => {
    const title = t(titleKey);
    const text = t(textKey, params);
    const titleWords = words(title, language);
    const textWords = words(text, language);
    expect(textWords[0], `${title} / ${text}`).not.toBe(titleWords[0]);
    expect(text.toLocaleLowerCase(language), `${title} / ${text}`).not.toContain(title.toLocaleLowerCase(language));
    expect(textWords.filter((word, index) => word === textWords[index + 1]), text).toEqual([]);
  });
});
