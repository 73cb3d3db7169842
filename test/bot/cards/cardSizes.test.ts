/**
 * Every card with the largest data it can realistically get (256-character names in the
 * styles that cost most bytes, five introducers, twenty rows, thirteen months and twelve
 * weeks, 500-character notes and expressions) stays a valid card under Teams' 28 KB.
 */
import { describe, expect, it } from 'vitest';
import { catalogFor } from '../../../src/bot/catalog/catalog.js';
import { TEAMS_CARD_LIMIT_BYTES, renderCard, type AdaptiveCard, type CardName } from '../../../src/bot/cards.js';
import { ACCOUNT_LIST_LIMIT, accountListCardData } from '../../../src/bot/cardData/accountList.js';
import { whatsNewCardData } from '../../../src/bot/cardData/whatsNew.js';
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
import { wizardStepCardData } from '../../../src/bot/cardData/wizardStep.js';
import { runProgressCardData } from '../../../src/bot/cardData/runProgress.js';
import { consentCardData, consentStatusView } from '../../../src/bot/cardData/consentStatus.js';
import { resultsCardData, resultsRowsCardData } from '../../../src/bot/cardData/results.js';
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
  const rows = Array.from({ length: ACCOUNT_LIST_LIMIT + 10 }, (_, i) => ({ ...insight.year, AccountId: `${i}-${insight.account.id}`, AccountName: name }));
  const many = Array.from({ length: 20 }, (_, i) => ({ ...insight, account: { ...insight.account, id: `${i}-${insight.account.id}`, name } }));
  return {
    customer: renderCard('customer', customerCardData(insight, catalog, { ...common, notice: { kind: 'consentPending', daysLeft: 14 } })),
    introductions: renderCard('introductions', introductionsCardData({ ...common, subject: LONGEST_ADDRESS, person: LONGEST_ADDRESS, accountId: insight.account.id, introducers, colleagueNames, notice: { kind: 'consentPending', daysLeft: 14 } }, catalog)),
    introRequest: renderCard('introRequest', introRequestCardData({ requestId: `request-${'9'.repeat(64)}`, requester: name, accountName: name, person: LONGEST_ADDRESS, note: LONGEST_NOTE }, catalog)),
    introAnswer: renderCard('introAnswer', introAnswerCardData({ accepted: false, introducer: name, accountName: name, person: LONGEST_ADDRESS, note: LONGEST_NOTE }, catalog)),
    relationship: renderCard('relationship', relationshipCardData(insight, catalog, { ...common, notice: { kind: 'consentPending', daysLeft: 14 } })),
    accountList: renderCard('accountList', accountListCardData({ ...common, kind: 'segment', expression: LONGEST_EXPRESSION, csvUrl: `https://rapport.example/exports/${'x'.repeat(1000)}.csv`, rows, limit: 999, note: LONGEST_NOTE }, catalog)),
    segments: renderCard('segments', segmentsCardData(Array.from({ length: 30 }, (_, i) => ({ name: `${i} ${name}`.slice(0, 100), expression: LONGEST_EXPRESSION, count: 123456 })), catalog)),
    help: renderCard('help', helpCardData({ notUnderstood: name.repeat(20), suggestion: name.repeat(20), admin: true }, catalog)),
    didYouMean: renderCard('didYouMean', didYouMeanCardData({ asked: name.repeat(20), candidates: Array.from({ length: 7 }, (_, i) => ({ id: `${i}-${insight.account.id}`, name })), verb: 'engagement', found: 'none' }, catalog)),
    whatsNew: renderCard('whatsNew', whatsNewCardData({
      kind: 'changes', since: AS_OF, accounts: 99999, account: (id) => many.find((one) => one.account.id === id),
      changes: { newlyStale: many.map((one) => one.account.id), backToLife: many.map((one) => one.account.id), moves: many.map((one) => ({ accountId: one.account.id, from: 99, to: 1 })) },
    }, catalog, common)),
    staleAlert: renderCard('staleAlert', staleAlertCardData({ ...alertBase, kind: 'staleAlert', account: facts(0) }, catalog)),
    staleDigest: renderCard('staleDigest', staleDigestCardData({ ...alertBase, kind: 'digest', audience: 'channel', accounts: Array.from({ length: 40 }, (_, i) => facts(i)) }, catalog)),
    wizardStep: renderCard('wizardStep', wizardStepCardData({
      title: name, paragraphs: Array.from({ length: 3 }, () => LONGEST_NOTE), error: LONGEST_NOTE,
      facts: Array.from({ length: 8 }, () => ({ title: name.slice(0, 64), value: name })),
      inputs: [
        { kind: 'text', id: 'entries', label: name, value: LONGEST_NOTE, multiline: true },
        { kind: 'choice', id: 'column', label: name, choices: Array.from({ length: 30 }, (_, i) => ({ title: `${i} ${name}`.slice(0, 64), value: `${i}` })) },
        { kind: 'toggle', id: 'agree', label: name, required: true },
      ],
    }, { wizard: 'configureEnrichment', stepId: 'mailboxes', index: 1, total: 7 }, catalog)),
    runProgress: renderCard('runProgress', runProgressCardData({
      event: { phase: 'finished', summary: {
        mailboxes: 2500, distinctEmails: 123456789, distinctMeetings: 12345678, skipped: {}, itemsFromUnmonitoredMailboxes: 0, accountsWithActivity: 99999,
        ambiguousDomains: [], resumedMailboxes: 2500, accounts: 99999, problems: Array.from({ length: 2500 }, (_, i) => ({ mailbox: `${i}${LONGEST_ADDRESS}`, error: LONGEST_NOTE })),
      } },
      startedAt: AS_OF, endedAt: AS_OF + 99 * 3_600_000, alreadyRunning: true, timeZone: 'Europe/London',
    }, catalog)),
    consentStatus: renderCard('consentStatus', consentCardData(consentStatusView({
      recordedAt: AS_OF, requestedAt: AS_OF, error: LONGEST_NOTE,
      granted: ['Mail.ReadBasic.All', 'Calendars.ReadBasic.All', 'GroupMember.Read.All', 'User.ReadBasic.All'], missing: ['Mail.ReadBasic.All', 'Calendars.ReadBasic.All', 'GroupMember.Read.All', 'User.ReadBasic.All'],
    }, catalog, 'America/Argentina/ComodRivadavia', `https://login.microsoftonline.com/${'t'.repeat(36)}/v2.0/adminconsent?state=${'s'.repeat(1500)}`), catalog)),
    results: renderCard('results', resultsCardData({
      enrichmentName: name, outputTable: name, insights: largestTable(insight, name), timeZone: 'America/Argentina/ComodRivadavia',
      runs: Array.from({ length: 12 }, (_, i) => ({ id: `run-${i}`, startedAt: AS_OF - i * 86_400_000, finishedAt: AS_OF - i * 86_400_000 + 3_600_000, status: i % 2 ? 'failed' as const : 'succeeded' as const, mailboxes: 2500, emails: 123456789, meetings: 12345678, accounts: 99999, error: LONGEST_NOTE })),
      directory: Array.from({ length: 2500 }, (_, i) => ({ address: `${i}${LONGEST_ADDRESS}`, objectId: `${'0'.repeat(8)}-0000-0000-0000-${String(i).padStart(12, '0')}`, displayName: name })),
      csv: { url: `https://rapport.example/api/downloads/${'x'.repeat(43)}`, expiresAt: AS_OF },
    }, catalog)),
    resultsRows: renderCard('resultsRows', resultsRowsCardData(largestTable(insight, name), 10, catalog)),
    message: renderCard('message', messageCardData({
      title: catalog.t('error.title'),
      text: catalog.t('error.segmentSyntax', { message: `${LONGEST_EXPRESSION}\n${' '.repeat(499)}^ unknown column ${name}` }),
      facts: Array.from({ length: 5 }, () => ({ title: name.slice(0, 64), value: name })),
      tone: 'error',
    })),
    relationshipStatus: renderCard('relationshipStatus', {
      ...messageCardData({ title: catalog.t('ri.status.title'), text: LONGEST_NOTE.repeat(4), facts: Array.from({ length: 6 }, () => ({ title: name.slice(0, 64), value: name.repeat(4) })) }),
      consentTitle: catalog.t('ri.consent.button'),
    }),
  };
}

/** Thirty accounts with the longest names: the results card's table is paged from these. */
function largestTable(insight: ReturnType<typeof largestInsight>, name: string) {
  const accounts = Array.from({ length: 30 }, (_, i) => ({ ...insight, year: { ...insight.year, AccountId: `${i}-${insight.account.id}`, AccountName: name, DaysSinceLastEmail: 999 } }));
  return { asOf: AS_OF, windowStart: AS_OF - WINDOW_DAYS * 86_400_000, accounts, knownBy: {}, colleagueNames: {} };
}

describe.each(Object.entries(LONGEST_NAMES))('every card with the largest data (%s names)', (_, name) => {
  const cards = largestCards(name);

  it.each(Object.keys(cards) as CardName[])('%s stays a valid card under 28 KB', (cardName) => {
    expectValidCard(cards[cardName]);
    expect(cardBytes(cards[cardName])).toBeLessThan(TEAMS_CARD_LIMIT_BYTES);
  });
});
