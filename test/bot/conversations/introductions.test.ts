/**
 * "Who knows someone at …?", opting out, and introduction requests (Action.Execute invokes and
 * the proactive messages they cause), through the bot on a TestAdapter whose member lookup
 * answers each user's email and whose proactive sends are recorded per conversation.
 */
import type { Activity } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountInsight, EnrichmentInsights } from '../../../src/engagement/insights.js';
import type { Introducer } from '../../../src/engagement/ties.js';
import { cardActions, cardOf, cardText, cardTexts, demo, insightNamed, storeWithInsights, type AdaptiveCardJson, type TestStore } from './fixtures.js';
import { Conversation, teamsUser, type TestUser } from './teamsTestAdapter.js';

const WOODGROVE = insightNamed('Woodgrove Bank');
/** Woodgrove Bank's colleagues, strongest tie first (from the real engine). */
const [CAMILLE, SOFIA, EMEKA, HADDAD] = WOODGROVE.introducers.map((introducer) => introducer.internal);

let env: TestStore;
let bot: Conversation;

beforeEach(async () => {
  env = await storeWithInsights();
  bot = await Conversation.start(env.store);
});
afterEach(async () => env.dispose());

function card(activity: Partial<Activity> | undefined): AdaptiveCardJson {
  return cardOf(activity as Parameters<typeof cardOf>[0]);
}

/** The colleagues offered on an introductions card, in order, from their "Request introduction" buttons. */
function offered(introductions: AdaptiveCardJson): string[] {
  return cardActions(introductions).filter((action) => action.verb === 'requestIntro').map((action) => action.data?.['introducer'] as string);
}

function colleague(address: string): TestUser {
  const name = address.split('@')[0]!.split('.').map((part) => part[0]!.toUpperCase() + part.slice(1)).join(' ');
  return teamsUser(name, address);
}

describe('who knows someone at an account', () => {
  it('the demo data has what these tests need', () => {
    expect(WOODGROVE.introducers.map((introducer) => introducer.internal)).toEqual([
      'camille.ivanova@northwind.example', 'sofia.rossi@northwind.example', 'emeka.zielinski@northwind.example', 'sofia.haddad@northwind.example',
    ]);
  });

  it('lists the colleagues who know someone there, strongest first, each with a request button for the account', async () => {
    const asker = colleague('nora.olsen@northwind.example');
    const answer = await bot.ask(asker, 'who knows someone at Woodgrove Bank?');
    expect(cardTexts(answer)[0]).toBe('Who knows someone at Woodgrove Bank?');
    expect(offered(answer)).toEqual([CAMILLE, SOFIA, EMEKA, HADDAD]);
    for (const action of cardActions(answer)) {
      expect(action).toMatchObject({ type: 'Action.Execute', verb: 'requestIntro', title: 'Request introduction', data: { accountId: WOODGROVE.account.id } });
    }
    // Colleagues are shown by their display name.
    expect(cardTexts(answer)).toEqual(expect.arrayContaining(['Camille Ivanova', 'Sofia Rossi', 'Emeka Zielinski', 'Sofia Haddad']));
    expect(cardTexts(answer)).not.toContain(CAMILLE);
  });

  it('never suggests the asker', async () => {
    const sofia = colleague(SOFIA!);
    expect(offered(await bot.ask(sofia, 'who knows someone at Woodgrove?'))).toEqual([CAMILLE, EMEKA, HADDAD]);
    // The asker is recognized by the address Teams gives, in any case.
    const shouting = teamsUser('Camille Ivanova', CAMILLE!.toUpperCase());
    expect(offered(await bot.ask(shouting, 'who knows someone at Woodgrove Bank?'))).toEqual([SOFIA, EMEKA, HADDAD]);
  });

  it('never shows a colleague who opted out of introductions, until they opt in again', async () => {
    const camille = colleague(CAMILLE!);
    const asker = colleague('nora.olsen@northwind.example');
    expect(cardTexts(await bot.ask(camille, 'opt out of introductions'))[1]).toMatch(/^Colleagues will no longer see you/);
    expect(env.store.preferences.isOptedOut(CAMILLE!)).toBe(true);
    expect(offered(await bot.ask(asker, 'who knows someone at Woodgrove Bank?'))).toEqual([SOFIA, EMEKA, HADDAD]);
    // Not on the card of any account, nor for a person.
    for (const insight of demo().insights.accounts.filter((candidate) => candidate.introducers.some((introducer) => introducer.internal === CAMILLE))) {
      expect(offered(await bot.ask(asker, `who knows someone at ${insight.account.name}?`)), insight.account.name).not.toContain(CAMILLE);
    }
    const { invokeResponse, replies } = await bot.execute(asker, 'whoKnows', { accountId: WOODGROVE.account.id });
    expect(invokeResponse.status).toBe(200);
    expect(offered(card(replies[0]))).toEqual([SOFIA, EMEKA, HADDAD]);

    expect(cardTexts(await bot.ask(camille, 'opt in to introductions'))[1]).toBe('Welcome back: colleagues can ask you for introductions again.');
    expect(offered(await bot.ask(asker, 'who knows someone at Woodgrove Bank?'))).toEqual([CAMILLE, SOFIA, EMEKA, HADDAD]);
  });

  it('shows at most 5 colleagues, filling up past the asker and those who opted out', async () => {
    // Woodgrove Bank with twelve introducers: the demo's own four, then colleagues from other accounts.
    const extra: Introducer[] = [];
    for (const insight of demo().insights.accounts) {
      for (const introducer of insight.introducers) {
        if (extra.length < 8 && !WOODGROVE.introducers.some((known) => known.internal === introducer.internal) && !extra.some((known) => known.internal === introducer.internal)) {
          extra.push({ ...introducer, strongest: 0.5 });
        }
      }
    }
    const introducers = [...WOODGROVE.introducers, ...extra];
    const insights: EnrichmentInsights = {
      ...demo().insights,
      accounts: demo().insights.accounts.map((insight): AccountInsight => (insight === WOODGROVE ? { ...insight, introducers } : insight)),
    };
    const big = await storeWithInsights({ insights });
    try {
      const rich = await Conversation.start(big.store);
      const all = introducers.map((introducer) => introducer.internal);
      const asker = colleague('nobody.special@northwind.example');
      expect(offered(await rich.ask(asker, 'who knows someone at Woodgrove Bank?'))).toEqual(all.slice(0, 5));
      expect(offered(await rich.ask(colleague(SOFIA!), 'who knows someone at Woodgrove Bank?'))).toEqual([CAMILLE, EMEKA, HADDAD, all[4], all[5]]);
      await rich.ask(colleague(EMEKA!), 'opt out');
      expect(offered(await rich.ask(colleague(SOFIA!), 'who knows someone at Woodgrove Bank?'))).toEqual([CAMILLE, HADDAD, all[4], all[5], all[6]]);
    } finally {
      await big.dispose();
    }
  });

  it('an account nobody knows gets the empty text, not an empty list', async () => {
    const nobody = demo().insights.accounts.find((insight) => insight.introducers.length === 0)!;
    const answer = await bot.ask(colleague('nora.olsen@northwind.example'), `who knows someone at ${nobody.account.name}?`);
    expect(offered(answer)).toEqual([]);
    expect(cardText(answer)).toContain(`Nobody in your organization knows anyone at ${nobody.account.name} well enough yet.`);
  });

  it('"who knows <address>" lists who knows that person, with buttons naming the person', async () => {
    const person = 'hugom@woodgrovebank.example';
    const known = demo().insights.knownBy[person]!.map((introducer) => introducer.internal);
    const answer = await bot.ask(colleague('nora.olsen@northwind.example'), `who knows ${person}?`);
    expect(cardTexts(answer)[0]).toBe(`Who knows ${person}?`);
    expect(offered(answer)).toEqual(known.slice(0, 5));
    for (const action of cardActions(answer)) expect(action.data?.['person']).toBe(person);
  });

  it('opting out needs the address Teams gives; without it the user is told why nothing changed', async () => {
    const anonymous = teamsUser('No Address');
    expect(cardTexts(await bot.ask(anonymous, 'opt out of introductions'))[1]).toBe('I couldn’t read your email address from Teams, so I can’t change your introduction settings.');
    expect(env.store.preferences.optedOut()).toEqual([]);
  });

  it('reads the address again when the member lookup failed once (a throttled Teams must not cost the user their opt-out)', async () => {
    const camille = colleague(CAMILLE!);
    bot.adapter.failMemberLookups = true;
    expect(cardText(await bot.ask(camille, 'opt out of introductions'))).toContain('I couldn’t read your email address');
    bot.adapter.failMemberLookups = false;
    expect(cardTexts(await bot.ask(camille, 'opt out of introductions'))[1]).toMatch(/^Colleagues will no longer see you/);
    expect(env.store.preferences.isOptedOut(CAMILLE!)).toBe(true);
  });

  it('looks each user up once while the lookup succeeds', async () => {
    const camille = colleague(CAMILLE!);
    const before = bot.adapter.memberLookups;
    for (let i = 0; i < 3; i++) await bot.ask(camille, 'help');
    expect(bot.adapter.memberLookups - before).toBe(1);
  });
});

describe('card actions', () => {
  it('whoKnows { accountId } sends the introductions card and answers with the account name', async () => {
    const asker = colleague('nora.olsen@northwind.example');
    const { invokeResponse, replies } = await bot.execute(asker, 'whoKnows', { accountId: WOODGROVE.account.id });
    expect(invokeResponse).toEqual({ status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Woodgrove Bank' } });
    expect(replies).toHaveLength(1);
    expect(offered(card(replies[0]))).toEqual([CAMILLE, SOFIA, EMEKA, HADDAD]);
  });

  it('relationship { accountId } sends the relationship card', async () => {
    const { replies } = await bot.execute(colleague('nora.olsen@northwind.example'), 'relationship', { accountId: WOODGROVE.account.id });
    expect(cardTexts(card(replies[0]))[0]).toBe('Relationship with Woodgrove Bank');
  });

  it('an account id that is not in the results (any more) gets a notice and nothing else', async () => {
    for (const verb of ['engagement', 'whoKnows', 'relationship', 'watch']) {
      const { invokeResponse, replies } = await bot.execute(colleague('nora.olsen@northwind.example'), verb, { accountId: 'ACC-99999' });
      expect(invokeResponse.body, verb).toMatchObject({ statusCode: 200, value: 'That account is not in the latest results any more.' });
      expect(replies, verb).toEqual([]);
    }
  });

  it('an unknown verb answers with help', async () => {
    const { invokeResponse, replies } = await bot.execute(colleague('nora.olsen@northwind.example'), 'selfDestruct', {});
    expect(invokeResponse.status).toBe(200);
    expect(cardTexts(card(replies[0]))[0]).toBe('Here is what I understand');
  });
});

describe('introduction requests', () => {
  const noticeOf = (body: unknown) => (body as { value: unknown }).value;

  async function requestFromEmeka(note?: string) {
    const emeka = colleague(EMEKA!);
    const nora = colleague('nora.olsen@northwind.example');
    await bot.say(emeka, 'hi'); // Emeka has talked to Rapport: his 1:1 conversation is known.
    const asked = await bot.execute(nora, 'requestIntro', { accountId: WOODGROVE.account.id, introducer: EMEKA, ...(note ? { note } : {}) });
    return { emeka, nora, asked };
  }

  it('requestIntro: the colleague receives the request card proactively, the requester a confirmation', async () => {
    const { emeka, nora, asked } = await requestFromEmeka('We pitch to their treasury team next week.');
    expect(asked.invokeResponse.status).toBe(200);
    expect(noticeOf(asked.invokeResponse.body)).toBe(`I’ve asked ${EMEKA} for an introduction at Woodgrove Bank.`);
    expect(asked.replies).toEqual([]);

    const received = bot.proactiveTo(emeka);
    expect(received).toHaveLength(1);
    expect(received[0]!.conversation?.id).toBe(emeka.conversationId);
    const request = card(received[0]);
    expect(cardTexts(request)).toEqual(expect.arrayContaining([
      'Introduction request', 'Nora Olsen asks whether you could introduce them to someone at Woodgrove Bank.', 'We pitch to their treasury team next week.',
    ]));
    const [accept, decline] = cardActions(request);
    expect(accept).toMatchObject({ verb: 'introAccept', title: 'Accept' });
    expect(decline).toMatchObject({ verb: 'introDecline', title: 'Decline', data: accept!.data });
    const stored = env.store.introductions.get(accept!.data!['requestId'] as string);
    expect(stored).toMatchObject({ status: 'pending', introducer: EMEKA, accountId: WOODGROVE.account.id, requester: { email: 'nora.olsen@northwind.example', name: 'Nora Olsen', userKey: nora.aadObjectId } });
    expect(bot.proactiveTo(nora)).toEqual([]);
  });

  it('introAccept with a note: the requester receives the answer card with the note; the colleague\'s card is replaced', async () => {
    const { emeka, nora } = await requestFromEmeka();
    const requestId = cardActions(card(bot.proactiveTo(emeka)[0]))[0]!.data!['requestId'];

    const accepted = await bot.execute(emeka, 'introAccept', { requestId, note: 'Happy to - lunch on Tuesday?' });
    expect(accepted.invokeResponse.status).toBe(200);
    const body = accepted.invokeResponse.body as { type: string; value: unknown };
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardTexts(body.value)).toEqual(['Done', 'Thanks, I’ve passed your answer on to Nora Olsen.']);

    const answers = bot.proactiveTo(nora);
    expect(answers).toHaveLength(1);
    expect(answers[0]!.conversation?.id).toBe(nora.conversationId);
    expect(cardTexts(card(answers[0]))).toEqual(expect.arrayContaining([
      'Introduction accepted', 'Emeka Zielinski will introduce you to someone at Woodgrove Bank.', 'Their note', 'Happy to - lunch on Tuesday?',
    ]));
    expect(env.store.introductions.get(requestId as string)).toMatchObject({ status: 'accepted', answeredBy: EMEKA, answerNote: 'Happy to - lunch on Tuesday?' });

    // Answering twice: the request is no longer open, and the requester hears nothing more.
    const again = await bot.execute(emeka, 'introDecline', { requestId });
    expect(cardTexts((again.invokeResponse.body as { value: unknown }).value)).toEqual(['Something is not right', 'This introduction request is no longer open.']);
    expect(bot.proactiveTo(nora)).toEqual([]);
    expect(env.store.introductions.get(requestId as string)?.status).toBe('accepted');
  });

  it('introDecline: the requester hears that it was declined', async () => {
    const { emeka, nora } = await requestFromEmeka();
    const requestId = cardActions(card(bot.proactiveTo(emeka)[0]))[1]!.data!['requestId'];
    await bot.execute(emeka, 'introDecline', { requestId });
    const texts = cardTexts(card(bot.proactiveTo(nora)[0]));
    expect(texts).toEqual(expect.arrayContaining(['Introduction declined', 'Emeka Zielinski can’t help you meet someone at Woodgrove Bank this time.']));
    expect(texts).not.toContain('Their note');
  });

  it('only the colleague who was asked can answer a request', async () => {
    const { emeka, nora } = await requestFromEmeka();
    const requestId = cardActions(card(bot.proactiveTo(emeka)[0]))[0]!.data!['requestId'];
    const intruder = colleague(HADDAD!);
    const answered = await bot.execute(intruder, 'introAccept', { requestId, note: 'sure' });
    expect(cardTexts((answered.invokeResponse.body as { value: unknown }).value)[0]).toBe('Something is not right');
    expect(bot.proactiveTo(nora)).toEqual([]);
    expect(env.store.introductions.get(requestId as string)?.status).toBe('pending');
    // The requester cannot answer their own request either; the colleague still can.
    await bot.execute(nora, 'introAccept', { requestId });
    expect(env.store.introductions.get(requestId as string)?.status).toBe('pending');
    await bot.execute(emeka, 'introAccept', { requestId });
    expect(env.store.introductions.get(requestId as string)?.status).toBe('accepted');
    expect(bot.proactiveTo(nora)).toHaveLength(1);
  });

  it('a user whose address Teams does not give cannot answer (the check does not fail open)', async () => {
    const { emeka, nora } = await requestFromEmeka();
    const requestId = cardActions(card(bot.proactiveTo(emeka)[0]))[0]!.data!['requestId'];
    const anonymous = teamsUser('No Address');
    const answered = await bot.execute(anonymous, 'introAccept', { requestId });
    expect(cardTexts((answered.invokeResponse.body as { value: unknown }).value)[1]).toBe('Only the colleague who was asked can answer this introduction request.');
    expect(env.store.introductions.get(requestId as string)?.status).toBe('pending');
    expect(bot.proactiveTo(nora)).toEqual([]);
  });

  it('an unknown request id is "no longer open"', async () => {
    const answered = await bot.execute(colleague(EMEKA!), 'introAccept', { requestId: 'f0f0f0f0-0000-4000-8000-000000000000' });
    expect(cardTexts((answered.invokeResponse.body as { value: unknown }).value)[1]).toBe('This introduction request is no longer open.');
  });

  it('requestIntro for a colleague without a conversation with Rapport → the "hasn\'t installed Rapport" notice, nothing sent', async () => {
    const nora = colleague('nora.olsen@northwind.example');
    const asked = await bot.execute(nora, 'requestIntro', { accountId: WOODGROVE.account.id, introducer: HADDAD });
    expect(noticeOf(asked.invokeResponse.body)).toBe(`${HADDAD} hasn’t installed Rapport yet, so I can’t pass your request on. You could ask them directly.`);
    expect(bot.adapter.proactive).toEqual([]);
  });

  it('a note over 500 characters is refused before anything is sent', async () => {
    const { emeka, asked } = await requestFromEmeka('x'.repeat(501));
    expect(noticeOf(asked.invokeResponse.body)).toBe('Notes can be at most 500 characters long.');
    expect(bot.proactiveTo(emeka)).toEqual([]);
  });

  it('a request without an introducer is refused by the action\'s schema, with a notice', async () => {
    const asked = await bot.execute(colleague('nora.olsen@northwind.example'), 'requestIntro', { accountId: WOODGROVE.account.id });
    expect(noticeOf(asked.invokeResponse.body)).toBe('That button belongs to an older card and no longer works. Ask me again for a fresh one.');
    expect(bot.adapter.proactive).toEqual([]);
  });

  it('"who knows <address>": the request button of the card reaches the colleague', async () => {
    const person = 'hugom@woodgrovebank.example';
    const emeka = colleague(EMEKA!);
    const nora = colleague('nora.olsen@northwind.example');
    await bot.say(emeka, 'hi');
    const answer = await bot.ask(nora, `who knows ${person}?`);
    const button = cardActions(answer).find((action) => action.data?.['introducer'] === EMEKA)!;
    const asked = await bot.execute(nora, 'requestIntro', button.data!);
    expect(noticeOf(asked.invokeResponse.body)).toMatch(/^I’ve asked emeka\.zielinski@northwind\.example for an introduction/);
    // Woodgrove Bank lists no domain in this tenant, so the card names the person's domain.
    const request = card(bot.proactiveTo(emeka)[0]);
    expect(cardTexts(request)).toContain(`Nora Olsen asks whether you could introduce them to ${person} at woodgrovebank.example.`);
    const requestId = cardActions(request)[0]!.data!['requestId'];
    await bot.execute(emeka, 'introAccept', { requestId });
    expect(cardTexts(card(bot.proactiveTo(nora)[0]))).toContain(`Emeka Zielinski will introduce you to ${person} at woodgrovebank.example.`);
  });
});
