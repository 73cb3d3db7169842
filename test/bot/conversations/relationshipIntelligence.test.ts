/**
 * The seller side of relationship intelligence, over the demo tenant's real insights and a
 * temp-dir store: banners on every relationship card, who-knows-whom refused with the reason
 * while it is off, and introducers limited to the configured groups. The clock is injected.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalogFor } from '../../../src/bot/catalog/catalog.js';
import { IntroductionFlow } from '../../../src/bot/introductionFlow.js';
import { InsightsView } from '../../../src/bot/insightsView.js';
import type { Proactive } from '../../../src/bot/proactive.js';
import { SellerAnswers } from '../../../src/bot/sellerAnswers.js';
import type { Asker, Reply } from '../../../src/bot/turn.js';
import type { RelationshipSettings } from '../../../src/store/adminSchema.js';
import { cardActions, cardTexts, demo, insightNamed, storeWithInsights, type TestStore } from './fixtures.js';

const catalog = catalogFor('en-GB');
const DAY = 24 * 60 * 60 * 1000;
const WOODGROVE = insightNamed('Woodgrove Bank');
const [CAMILLE, SOFIA, EMEKA, HADDAD] = WOODGROVE.introducers.map((introducer) => introducer.internal);
const PERSON = 'hugom@woodgrovebank.example';
const asker: Asker = { userKey: 'aad-nora', name: 'Nora Olsen', email: 'nora.olsen@northwind.example' };
const enabledAt = Date.parse('2026-11-20T09:00:00Z');

const PENDING = 'Relationship intelligence is waiting for your admin’s consent. Introductions and contact details appear once it is given.';
const EXCHANGE_OFF_BANNER = 'Exchange integration is turned off, so Rapport cannot see who knows whom right now.';
const SWITCHED_OFF_BANNER = 'Who knows whom is switched off: your admin’s consent did not come within 14 days of enabling. Relationship health is still shown.';

const settings = (over: Partial<RelationshipSettings> = {}): RelationshipSettings => ({
  enabledAt, enabledBy: 'aad-admin', groups: ['Sales'], members: [SOFIA!, HADDAD!.toUpperCase()],
  exchangeIntegration: true, exchangeRegions: ['Europe'], identifiableConsentAt: null, switchedOffAt: null, ...over,
});

let env: TestStore;
let now: number;
let answers: SellerAnswers;
let sent: { to: string; reply: Reply }[];
let introductions: IntroductionFlow;

beforeEach(async () => {
  env = await storeWithInsights();
  now = enabledAt + 3 * DAY;
  const view = new InsightsView(demo().insights);
  answers = new SellerAnswers({ store: env.store, view: () => view, now: () => now });
  sent = [];
  const proactive: Proactive = { sendTo: async (to, reply) => (sent.push({ to, reply }), true) };
  introductions = new IntroductionFlow(env.store, proactive, () => view, () => now);
});
afterEach(async () => env.dispose());

const card = (reply: Reply) => ('card' in reply ? reply.card : reply.text);
type Question = { kind: 'engagement' | 'whoKnows' | 'relationship'; account: string } | { kind: 'whoKnowsPerson'; email: string };
const ask = async (intent: Question) => {
  if (intent.kind === 'whoKnowsPerson') return card(answers.whoKnowsPerson(intent.email, asker, catalog));
  const question = { name: intent.account, verb: intent.kind, language: 'en' as const };
  return card(await answers.withAccount(question, catalog, (view, insight) => {
    if (intent.kind === 'whoKnows') return answers.whoKnows(view, insight, asker, catalog);
    return intent.kind === 'engagement' ? answers.customer(view, insight, catalog) : answers.relationship(view, insight, catalog);
  }));
};
const offered = (answer: unknown) => cardActions(answer).filter((action) => action.verb === 'requestIntro').map((action) => action.data?.['introducer']);

describe('relationship cards carry the banner for the admin’s settings', () => {
  it('never configured: no banner and every colleague offered, as before', async () => {
    const known = await ask({ kind: 'whoKnows', account: 'Woodgrove Bank' });
    expect(cardTexts(known)[0]).toBe('Who knows someone at Woodgrove Bank?');
    expect(offered(known)).toEqual([CAMILLE, SOFIA, EMEKA, HADDAD]);
    expect(cardTexts(await ask({ kind: 'engagement', account: 'Woodgrove Bank' }))[0]).toBe('Woodgrove Bank');
    expect(cardTexts(await ask({ kind: 'relationship', account: 'Woodgrove Bank' }))[0]).toBe('Relationship with Woodgrove Bank');
  });

  it('consent pending on day 3: all three cards say so with 11 days left', async () => {
    await env.store.admin.saveRelationship(settings());
    const banner = `${PENDING} Without it, who knows whom switches off in 11 days.`;
    for (const intent of [{ kind: 'whoKnows', account: 'Woodgrove Bank' }, { kind: 'engagement', account: 'Woodgrove' }, { kind: 'relationship', account: 'Woodgrove Bank' }] as const) {
      expect(cardTexts(await ask(intent))[0], intent.kind).toBe(banner);
    }
    now = enabledAt + 14 * DAY - 1;
    expect(cardTexts(await ask({ kind: 'relationship', account: 'Woodgrove Bank' }))[0]).toBe(`${PENDING} Without it, who knows whom switches off in 1 day.`);
  });

  it('Exchange off: who-knows-whom refused with why, health cards carry the banner', async () => {
    await env.store.admin.saveRelationship(settings({ exchangeIntegration: false, exchangeRegions: [], identifiableConsentAt: enabledAt + DAY }));
    const refused = await ask({ kind: 'whoKnows', account: 'Woodgrove Bank' });
    expect(cardTexts(refused)).toEqual([
      'Who knows whom is not available',
      'Your admin turned Exchange integration off, so Rapport builds no individual ties and cannot tell who knows whom. Relationship health is still there: ask “relationship” and the account’s name.',
    ]);
    expect(cardActions(refused)).toEqual([]);
    expect(cardTexts(await ask({ kind: 'whoKnowsPerson', email: PERSON }))[0]).toBe('Who knows whom is not available');
    expect(cardTexts(await ask({ kind: 'engagement', account: 'Woodgrove Bank' }))[0]).toBe(EXCHANGE_OFF_BANNER);
    expect(cardTexts(await ask({ kind: 'relationship', account: 'Woodgrove Bank' }))[0]).toBe(EXCHANGE_OFF_BANNER);
  });

  it('switched off at day 14, before the watch has persisted it: refused, and health still shown under the banner', async () => {
    await env.store.admin.saveRelationship(settings());
    now = enabledAt + 14 * DAY;
    expect(cardTexts(await ask({ kind: 'whoKnows', account: 'Woodgrove Bank' }))).toEqual([
      'Who knows whom is not available',
      'Who knows whom switched off because a tenant admin did not give the identifiable-insights consent within 14 days of enabling. It comes back once they give it and a Rapport admin turns relationship intelligence on again.',
    ]);
    const relationship = cardTexts(await ask({ kind: 'relationship', account: 'Woodgrove Bank' }));
    expect(relationship.slice(0, 3)).toEqual([SWITCHED_OFF_BANNER, 'Relationship with Woodgrove Bank', String(WOODGROVE.health.health)]);
    // Consent that comes later does not switch it back on: an admin re-enables.
    await env.store.admin.saveRelationship(settings({ switchedOffAt: now, identifiableConsentAt: now + DAY }));
    now += 2 * DAY;
    expect(cardTexts(await ask({ kind: 'engagement', account: 'Woodgrove Bank' }))[0]).toBe(SWITCHED_OFF_BANNER);
  });
});

describe('introducers are members of the configured groups', () => {
  it('offers only members (any case), for an account and for a person, and nobody when no members were kept', async () => {
    await env.store.admin.saveRelationship(settings({ identifiableConsentAt: enabledAt }));
    const known = await ask({ kind: 'whoKnows', account: 'Woodgrove Bank' });
    expect(cardTexts(known)[0]).toBe('Who knows someone at Woodgrove Bank?');
    expect(offered(known)).toEqual([SOFIA, HADDAD]);
    expect(demo().insights.knownBy[PERSON]!.map((introducer) => introducer.internal)).toEqual([CAMILLE, SOFIA, EMEKA, HADDAD]);
    expect(offered(await ask({ kind: 'whoKnowsPerson', email: PERSON }))).toEqual([SOFIA, HADDAD]);

    const { members: _kept, ...older } = settings({ identifiableConsentAt: enabledAt });
    await env.store.admin.saveRelationship(older);
    expect(offered(await ask({ kind: 'whoKnows', account: 'Woodgrove Bank' }))).toEqual([]);
  });

  it('refuses a request to a colleague outside the groups, or while who-knows-whom is off, from an older card', async () => {
    await env.store.admin.saveRelationship(settings({ identifiableConsentAt: enabledAt }));
    const request = (introducer: string) => introductions.request({ accountId: WOODGROVE.account.id, introducer }, asker, catalog);
    expect(await request(CAMILLE!)).toBe('That colleague is not in the groups relationship intelligence covers, so Rapport does not ask them for introductions.');
    expect(await request(SOFIA!)).toBe(`I’ve asked ${SOFIA} for an introduction at Woodgrove Bank.`);
    expect(sent.map((send) => send.to)).toEqual([SOFIA]);

    await env.store.admin.saveRelationship(settings({ exchangeIntegration: false, identifiableConsentAt: enabledAt }));
    expect(await request(SOFIA!)).toMatch(/^Your admin turned Exchange integration off/);
    expect(sent).toHaveLength(1);
  });
});
