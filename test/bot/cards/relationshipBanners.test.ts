/**
 * The relationship-intelligence banner on every relationship card (customer, introductions,
 * relationship health), from the admin's settings and an injected clock.
 */
import { describe, expect, it } from 'vitest';
import { catalogFor } from '../../../src/bot/catalog/catalog.js';
import { renderCard, type AdaptiveCard } from '../../../src/bot/cards.js';
import { customerCardData } from '../../../src/bot/cardData/customer.js';
import { introductionsCardData } from '../../../src/bot/cardData/introductions.js';
import { relationshipCardData, relationshipNotice, type RelationshipNotice } from '../../../src/bot/cardData/relationship.js';
import { relationshipAvailability } from '../../../src/jobs/admin/relationshipPolicy.js';
import type { RelationshipSettings } from '../../../src/store/adminSchema.js';
import { expectValidCard, ofType, textsOf } from './cardTree.js';
import { AS_OF, WINDOW_DAYS, busiestDemoAccount } from './fixtures.js';

const catalog = catalogFor('en-GB');
const DAY = 24 * 60 * 60 * 1000;
const enabledAt = Date.parse('2026-11-20T09:00:00Z');
const settings = (over: Partial<RelationshipSettings> = {}): RelationshipSettings => ({
  enabledAt, enabledBy: 'aad-admin', groups: ['Sales'], members: [], exchangeIntegration: true, exchangeRegions: ['Europe'],
  identifiableConsentAt: null, switchedOffAt: null, ...over,
});

const PENDING = 'Relationship intelligence is waiting for your admin’s consent. Introductions and contact details appear once it is given.';
const EXCHANGE_OFF = 'Exchange integration is turned off, so Rapport cannot see who knows whom right now.';
const SWITCHED_OFF = 'Who knows whom is switched off: your admin’s consent did not come within 14 days of enabling. Relationship health is still shown.';

/** Each state, the clock that puts the settings in it, and the banner every card then shows. */
const STATES: [string, RelationshipSettings | null, number, string | null][] = [
  ['never configured', null, enabledAt, null],
  ['consent pending, just enabled', settings(), enabledAt, `${PENDING} Without it, who knows whom switches off in 14 days.`],
  ['consent pending, day 13 at 23:59', settings(), enabledAt + 14 * DAY - 60_000, `${PENDING} Without it, who knows whom switches off in 1 day.`],
  ['day 14, not yet persisted', settings(), enabledAt + 14 * DAY, SWITCHED_OFF],
  ['switched off', settings({ switchedOffAt: enabledAt + 14 * DAY }), enabledAt + 30 * DAY, SWITCHED_OFF],
  ['consented, Exchange off', settings({ identifiableConsentAt: enabledAt + DAY, exchangeIntegration: false }), enabledAt + 30 * DAY, EXCHANGE_OFF],
  ['consented', settings({ identifiableConsentAt: enabledAt + DAY }), enabledAt + 30 * DAY, null],
];

const insight = busiestDemoAccount();
const common = { asOf: AS_OF, windowDays: WINDOW_DAYS };

function cards(notice: RelationshipNotice | undefined): Record<string, AdaptiveCard> {
  const withNotice = notice ? { notice } : {};
  return {
    customer: renderCard('customer', customerCardData(insight, catalog, { ...common, ...withNotice })),
    introductions: renderCard('introductions', introductionsCardData({ ...common, subject: insight.account.name, accountId: insight.account.id, introducers: insight.introducers, ...withNotice }, catalog)),
    relationship: renderCard('relationship', relationshipCardData(insight, catalog, { ...common, ...withNotice })),
  };
}

describe.each(STATES)('the relationship banner: %s', (_state, stored, now, banner) => {
  const rendered = cards(relationshipNotice(relationshipAvailability(stored, now)));

  it.each(Object.keys(rendered))('on the %s card', (name) => {
    const card = rendered[name]!;
    expectValidCard(card);
    if (banner === null) {
      expect(textsOf(card).join('\n')).not.toMatch(/consent|switched off|Exchange integration/);
      expect(ofType(card, 'Container').filter((container) => container.style === 'warning')).toEqual([]);
      return;
    }
    expect(textsOf(card)[0]).toBe(banner);
    expect(ofType(card, 'Container')[0]).toMatchObject({ style: 'warning', items: [{ type: 'TextBlock', text: banner, wrap: true }] });
  });
});

describe('relationshipNotice', () => {
  it('carries the days left only while consent is pending', () => {
    expect(relationshipNotice({ banner: 'consentPending', daysLeft: 3 })).toEqual({ kind: 'consentPending', daysLeft: 3 });
    expect(relationshipNotice({ banner: 'exchangeOff', daysLeft: null })).toEqual({ kind: 'exchangeOff' });
    expect(relationshipNotice({ banner: null, daysLeft: null })).toBeUndefined();
  });

  it('keeps the older customer-card switch: the consent-pending banner without a countdown', () => {
    const card = renderCard('customer', customerCardData(insight, catalog, { ...common, notice: { kind: 'consentPending' } }));
    expect(textsOf(card)[0]).toBe(PENDING);
  });
});
