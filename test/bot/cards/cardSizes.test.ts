/**
 * Every card with the largest data it can realistically get (256-character names in the
 * styles that cost most bytes, five introducers, twenty rows, thirteen months and twelve
 * weeks, 500-character notes and expressions) stays a valid card under Teams' 28 KB.
 */
import { describe, expect, it } from 'vitest';
import { catalogFor } from '../../../src/bot/catalog/catalog.js';
import { TEAMS_CARD_LIMIT_BYTES, renderCard, type AdaptiveCard, type CardName } from '../../../src/bot/cards.js';
import { accountListCardData } from '../../../src/bot/cardData/accountList.js';
import { customerCardData } from '../../../src/bot/cardData/customer.js';
import { didYouMeanCardData } from '../../../src/bot/cardData/didYouMean.js';
import { helpCardData } from '../../../src/bot/cardData/help.js';
import { introAnswerCardData } from '../../../src/bot/cardData/introAnswer.js';
import { introductionsCardData } from '../../../src/bot/cardData/introductions.js';
import { introRequestCardData } from '../../../src/bot/cardData/introRequest.js';
import { messageCardData } from '../../../src/bot/cardData/message.js';
import { relationshipCardData } from '../../../src/bot/cardData/relationship.js';
import { segmentsCardData } from '../../../src/bot/cardData/segments.js';
import { staleAlertCardData } from '../../../src/bot/cardData/staleAlert.js';
import { staleDigestCardData } from '../../../src/bot/cardData/staleDigest.js';
import type { AccountFacts } from '../../../src/alerts/staleAlerts.js';
import { cardBytes, expectValidCard } from './cardTree.js';
import { AS_OF, LONGEST_ADDRESS, LONGEST_EXPRESSION, LONGEST_NAMES, LONGEST_NOTE, WINDOW_DAYS, largestInsight, longestIntroducers } from './fixtures.js';

const catalog = catalogFor('en-GB');
const common = { asOf: AS_OF, windowDays: WINDOW_DAYS };

/** The largest card of each kind for one name style. */
export function largestCards(name: string): Record<CardName, AdaptiveCard> {
  const insight = largestInsight(name);
  const introducers = longestIntroducers();
  const colleagueNames = new Map(introducers.map((introducer) => [introducer.internal, name]));
  const facts = (i: number): AccountFacts => ({
    accountId: `${i}-${insight.account.id}`, accountName: name, daysSinceLastEmail: 999, daysSinceLastMeeting: null,
    lastContact: { address: LONGEST_ADDRESS, name, at: AS_OF - 999 * 86_400_000 },
  });
  const alertBase = { key: 'k', recipientKey: 'r', asOf: AS_OF, windowDays: WINDOW_DAYS, thresholdDays: 60 };
  const rows = Array.from({ length: 25 }, (_, i) => ({ ...insight.year, AccountId: `${i}-${insight.account.id}`, AccountName: name }));
  return {
    customer: renderCard('customer', customerCardData(insight, catalog, { ...common, consentPending: true })),
    introductions: renderCard('introductions', introductionsCardData({ ...common, subject: LONGEST_ADDRESS, person: LONGEST_ADDRESS, accountId: insight.account.id, introducers, colleagueNames, notice: 'consentPending' }, catalog)),
    introRequest: renderCard('introRequest', introRequestCardData({ requestId: `request-${'9'.repeat(64)}`, requester: name, accountName: name, person: LONGEST_ADDRESS, note: LONGEST_NOTE }, catalog)),
    introAnswer: renderCard('introAnswer', introAnswerCardData({ accepted: false, introducer: name, accountName: name, person: LONGEST_ADDRESS, note: LONGEST_NOTE }, catalog)),
    relationship: renderCard('relationship', relationshipCardData(insight, catalog, common)),
    accountList: renderCard('accountList', accountListCardData({ ...common, kind: 'segment', expression: LONGEST_EXPRESSION, csvUrl: `https://rapport.example/exports/${'x'.repeat(1000)}.csv`, rows }, catalog)),
    segments: renderCard('segments', segmentsCardData(Array.from({ length: 30 }, (_, i) => ({ name: `${i} ${name}`.slice(0, 100), expression: LONGEST_EXPRESSION, count: 123456 })), catalog)),
    help: renderCard('help', helpCardData({ notUnderstood: name.repeat(20), suggestion: name.repeat(20) }, catalog)),
    didYouMean: renderCard('didYouMean', didYouMeanCardData({ asked: name.repeat(20), candidates: Array.from({ length: 7 }, (_, i) => ({ id: `${i}-${insight.account.id}`, name })) }, catalog)),
    staleAlert: renderCard('staleAlert', staleAlertCardData({ ...alertBase, kind: 'staleAlert', account: facts(0) }, catalog)),
    staleDigest: renderCard('staleDigest', staleDigestCardData({ ...alertBase, kind: 'digest', audience: 'channel', accounts: Array.from({ length: 40 }, (_, i) => facts(i)) }, catalog)),
    message: renderCard('message', messageCardData({
      title: catalog.t('error.title'),
      text: catalog.t('error.segmentSyntax', { message: `${LONGEST_EXPRESSION}\n${' '.repeat(499)}^ unknown column ${name}` }),
      facts: Array.from({ length: 5 }, () => ({ title: name.slice(0, 64), value: name })),
      tone: 'error',
    })),
  };
}

describe.each(Object.entries(LONGEST_NAMES))('every card with the largest data (%s names)', (_, name) => {
  const cards = largestCards(name);

  it.each(Object.keys(cards) as CardName[])('%s stays a valid card under 28 KB', (cardName) => {
    expectValidCard(cards[cardName]);
    expect(cardBytes(cards[cardName])).toBeLessThan(TEAMS_CARD_LIMIT_BYTES);
  });
});
