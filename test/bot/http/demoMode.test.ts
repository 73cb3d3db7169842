/**
 * The bot over HTTP in demo mode (anonymous, as `rapport serve --demo` runs it): real restify
 * server, CloudAdapter and message endpoint; replies and proactive messages reach a fake
 * connector, as they would reach Teams.
 */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../../src/config.js';
import { cardActions, cardOf, cardTexts, insightNamed, storeWithInsights, type TestStore } from '../conversations/fixtures.js';
import { activityFrom, get, post, startBotServer, startFakeConnector, teamsUser, type BotServer, type FakeConnector, type TeamsUser } from './harness.js';

let clock = Date.now();
let env: TestStore;
let connector: FakeConnector;
let server: BotServer;
let config: Config;
let messages: string;

const nora = teamsUser('Nora Olsen', 'nora.olsen@northwind.example');
const emeka = teamsUser('Emeka Zielinski', 'emeka.zielinski@northwind.example');
const WOODGROVE = insightNamed('Woodgrove Bank');

beforeAll(async () => {
  connector = await startFakeConnector();
  for (const user of [nora, emeka]) connector.members.set(user.id, { id: user.id, name: user.name, aadObjectId: user.aadObjectId, email: user.email });
  env = await storeWithInsights({ now: () => clock });
  config = loadConfig({ RAPPORT_DATA_DIR: env.dir, RAPPORT_PLAYGROUND: 'off', PORT: '0', LOG_LEVEL: 'silent' }, { demo: true });
  server = await startBotServer(config, env.store);
  messages = `${server.url}/api/messages`;
});

afterAll(async () => {
  await server?.close();
  await connector?.close();
  await env?.dispose();
});

beforeEach(() => connector.clear());

function say(user: TeamsUser, text: string, extra: Record<string, unknown> = {}) {
  return post(messages, activityFrom(user, connector.serviceUrl, { type: 'message', text, ...extra }));
}

function execute(user: TeamsUser, verb: string, data: Record<string, unknown>) {
  return post(messages, activityFrom(user, connector.serviceUrl, {
    type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  }));
}

describe('messages', () => {
  it('a message is answered at the connector, as a reply to it: the customer card', async () => {
    const activity = activityFrom(nora, connector.serviceUrl, { type: 'message', text: 'how engaged is Woodgrove Bank?' });
    const answer = await post(messages, activity);
    expect(answer.status).toBe(200);
    const posts = connector.requests.filter((request) => request.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ conversationId: nora.conversationId, replyToId: activity.id });
    const reply = posts[0]!.body as Parameters<typeof cardOf>[0] & Record<string, unknown>;
    expect(reply).toMatchObject({ type: 'message', replyToId: activity.id, conversation: { id: nora.conversationId }, recipient: { id: nora.id } });
    const card = cardOf(reply);
    expect(cardTexts(card)[0]).toBe('Woodgrove Bank');
    expect(cardTexts(card)).toContain(`Engagement score: ${WOODGROVE.year.EngagementScore} / 100`);
    // Demo mode is anonymous: no token goes to the connector.
    expect(posts[0]!.headers.authorization).toBeUndefined();
  });

  it('asks Teams for the member (to learn the address) once per user', async () => {
    await say(nora, 'help');
    await say(nora, 'help');
    const lookups = connector.requests.filter((request) => request.method === 'GET' && request.path.includes('/members/'));
    expect(lookups.length).toBeLessThanOrEqual(1);
    expect(env.store.references.personalFor(nora.email)?.reference).toMatchObject({ serviceUrl: connector.serviceUrl, conversation: { id: nora.conversationId } });
  });

  it('an activity without an id is answered with a new message in the conversation (no reply id)', async () => {
    const activity = activityFrom(nora, connector.serviceUrl, { type: 'message', text: 'help' });
    delete activity.id;
    expect((await post(messages, activity)).status).toBe(200);
    const posts = connector.requests.filter((request) => request.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.path).toBe(`/v3/conversations/${encodeURIComponent(nora.conversationId)}/activities`);
  });

  it('deliveryMode "expectReplies": the replies come back in the HTTP response, nothing goes to the connector', async () => {
    const answer = await say(nora, 'top accounts', { deliveryMode: 'expectReplies' });
    expect(answer.status).toBe(200);
    const { activities } = answer.json as { activities: Parameters<typeof cardOf>[0][] };
    expect(activities).toHaveLength(1);
    expect(cardTexts(cardOf(activities[0]))[0]).toBe('Top accounts by engagement');
    expect(connector.requests.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('a segment\'s CSV link is served by the server, then expires', async () => {
    await say(nora, 'segment DaysSinceLastEmail > 60');
    const card = cardOf(connector.activitiesIn(nora.conversationId)[0] as Parameters<typeof cardOf>[0]);
    const link = cardActions(card).find((action) => action.type === 'Action.OpenUrl')!.url!;
    expect(link.startsWith(`${config.publicUrl}/api/downloads/`)).toBe(true);
    const token = link.split('/').at(-1)!;
    const download = await get(`${server.url}/api/downloads/${token}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(download.headers.get('content-disposition')).toBe('attachment; filename="segment.csv"');
    expect(download.headers.get('cache-control')).toBe('no-store');
    const rows = parse(download.text, { columns: true }) as Record<string, string>[];
    const listed = cardActions(card).filter((action) => action.verb === 'engagement').map((action) => action.data?.['accountId']);
    expect(rows.map((row) => row['AccountId'])).toEqual(listed);
    expect(rows.every((row) => Number(row['DaysSinceLastEmail']) > 60)).toBe(true);

    clock += 24 * 3_600_000;
    const expired = await get(`${server.url}/api/downloads/${token}`);
    expect(expired.status).toBe(410);
    expect(expired.json).toEqual({ error: 'This download link has expired. Ask Rapport for the segment again.' });
  });

  it('GET /api/downloads/<bad token> → 404, whatever the token looks like', async () => {
    for (const token of ['nope', 'A'.repeat(43), '..%2F..%2Fstate.json', '%00', 'A'.repeat(44)]) {
      const answer = await get(`${server.url}/api/downloads/${token}`);
      expect(answer.status, token).toBe(404);
    }
  });

  it('GET /healthz → 200 with the last run', async () => {
    const health = await get(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(health.json).toEqual({
      status: 'ok', store: 'readable',
      lastRun: { id: 'run-2026-11-03', status: 'succeeded', finishedAt: '2026-11-03T00:01:00.000Z', accounts: 60 },
    });
  });
});

describe('requests the server must survive', () => {
  async function stillServing(): Promise<void> {
    connector.clear();
    const answer = await say(nora, 'Woodgrove?');
    expect(answer.status).toBe(200);
    expect(cardTexts(cardOf(connector.activitiesIn(nora.conversationId)[0] as Parameters<typeof cardOf>[0]))[0]).toBe('Woodgrove Bank');
  }

  it('malformed JSON → 400, and the server goes on serving', async () => {
    for (const body of ['{"type": "message", "text": ', '{not json}', '\u0000\u0001']) {
      const answer = await post(messages, body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
    }
    await stillServing();
  });

  it('JSON that is not an activity → 4xx, and the server goes on serving', async () => {
    const withoutType = activityFrom(nora, connector.serviceUrl, { text: 'help' });
    delete withoutType.type;
    for (const body of [withoutType, {}, [], 'null', '"message"', '42', { type: 42, text: 'help' }, { type: null }]) {
      const answer = await post(messages, body);
      expect(answer.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(answer.status, JSON.stringify(body)).toBeLessThan(500);
    }
    expect(connector.requests.filter((request) => request.method === 'POST')).toEqual([]);
    await stillServing();
  });

  it('an activity with a type and nothing else fails inside the turn, not the server', async () => {
    const answer = await post(messages, { type: 'message' });
    expect(answer.status).toBeLessThan(500);
    expect(connector.requests).toEqual([]);
    await stillServing();
  });

  it('an adaptiveCard/action invoke without a value → 400, and the server goes on serving', async () => {
    const answer = await post(messages, activityFrom(nora, connector.serviceUrl, { type: 'invoke', name: 'adaptiveCard/action' }));
    expect(answer.status).toBe(400);
    await stillServing();
  });

  it('a body that is not JSON at all (text/plain) is refused', async () => {
    const answer = await post(messages, 'how engaged is Woodgrove Bank?', { 'Content-Type': 'text/plain' });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    await stillServing();
  });
});

describe('introductions over HTTP (proactive sends through the CloudAdapter)', () => {
  it('request → the colleague gets the card in their chat; accept with a note → the requester gets the answer', async () => {
    await say(emeka, 'hi'); // Emeka's 1:1 conversation is now known.
    await say(nora, 'hi');
    connector.clear();

    const asked = await execute(nora, 'requestIntro', { accountId: WOODGROVE.account.id, introducer: emeka.email, note: 'Their treasury team?' });
    expect(asked.status).toBe(200);
    expect(asked.json).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: `I’ve asked ${emeka.email} for an introduction at Woodgrove Bank.` });
    const toEmeka = connector.activitiesIn(emeka.conversationId);
    expect(toEmeka).toHaveLength(1);
    const request = cardOf(toEmeka[0] as Parameters<typeof cardOf>[0]);
    expect(cardTexts(request)).toEqual(expect.arrayContaining(['Nora Olsen asks whether you could introduce them to someone at Woodgrove Bank.', 'Their treasury team?']));
    expect(connector.activitiesIn(nora.conversationId)).toEqual([]);

    const requestId = cardActions(request).find((action) => action.verb === 'introAccept')!.data!['requestId'];
    connector.clear();
    const accepted = await execute(emeka, 'introAccept', { requestId, note: 'Sure, Tuesday works.' });
    expect(accepted.status).toBe(200);
    const body = accepted.json as { statusCode: number; type: string; value: unknown };
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardTexts(body.value)).toEqual(['Done', 'Thanks, I’ve passed your answer on to Nora Olsen.']);
    const toNora = connector.activitiesIn(nora.conversationId);
    expect(toNora).toHaveLength(1);
    expect(cardTexts(cardOf(toNora[0] as Parameters<typeof cardOf>[0]))).toEqual(expect.arrayContaining([
      'Introduction accepted', 'Emeka Zielinski will introduce you to someone at Woodgrove Bank.', 'Sure, Tuesday works.',
    ]));

    const again = await execute(emeka, 'introAccept', { requestId });
    expect(cardTexts((again.json as { value: unknown }).value)).toContain('This introduction request is no longer open.');
  });

  it('a colleague who never talked to Rapport → the "hasn\'t installed Rapport" notice, nothing sent', async () => {
    const asked = await execute(nora, 'requestIntro', { accountId: WOODGROVE.account.id, introducer: 'sofia.haddad@northwind.example' });
    expect((asked.json as { value: string }).value).toBe('sofia.haddad@northwind.example hasn’t installed Rapport yet, so I can’t pass your request on. You could ask them directly.');
    expect(connector.requests.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('a colleague who removed the app (the connector refuses the send): the requester gets the notice, not an error', async () => {
    await say(emeka, 'hi');
    connector.clear();
    connector.refused.set(emeka.conversationId, 403);
    const asked = await execute(nora, 'requestIntro', { accountId: WOODGROVE.account.id, introducer: emeka.email });
    expect(asked.status).toBe(200);
    expect((asked.json as { value: string }).value).toBe(`${emeka.email} hasn’t installed Rapport yet, so I can’t pass your request on. You could ask them directly.`);
  });

  it('a requester who removed the app: the colleague\'s answer is still recorded, and the invoke succeeds', async () => {
    await say(emeka, 'hi');
    await say(nora, 'hi');
    connector.clear();
    await execute(nora, 'requestIntro', { accountId: WOODGROVE.account.id, introducer: emeka.email });
    const request = cardOf(connector.activitiesIn(emeka.conversationId)[0] as Parameters<typeof cardOf>[0]);
    const requestId = cardActions(request).find((action) => action.verb === 'introAccept')!.data!['requestId'];
    connector.refused.set(nora.conversationId, 403);
    const accepted = await execute(emeka, 'introAccept', { requestId });
    expect(accepted.status).toBe(200);
    expect((accepted.json as { type: string }).type).toBe('application/vnd.microsoft.card.adaptive');
    expect(connector.requests.some((request) => request.method === 'POST' && request.conversationId === nora.conversationId)).toBe(true);
    expect(env.store.introductions.get(requestId as string)?.status).toBe('accepted');
    // The colleague is told the truth: the answer is saved but did not reach the requester.
    expect(JSON.stringify(accepted.json)).toContain('can’t reach Nora');
  });

  it('installationUpdate "add" stores the reference and greets with help', async () => {
    const newcomer = teamsUser('Hana Nowak', 'hana.nowak@northwind.example');
    connector.members.set(newcomer.id, { ...newcomer });
    const answer = await post(messages, activityFrom(newcomer, connector.serviceUrl, { type: 'installationUpdate', action: 'add' }));
    expect(answer.status).toBe(200);
    expect(cardTexts(cardOf(connector.activitiesIn(newcomer.conversationId)[0] as Parameters<typeof cardOf>[0]))[0]).toBe('Here is what I understand');
    expect(env.store.references.personalFor(newcomer.email)?.userKey).toBe(newcomer.aadObjectId);
  });
});
