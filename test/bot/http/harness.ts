/**
 * The HTTP pieces of Rapport composed as src/main.ts composes them (restify server, CloudAdapter,
 * message endpoint, bot) on a free port, and a fake Bot Framework connector: a local HTTP server
 * that records what the bot posts to `/v3/conversations/:id/activities[/:activityId]`, answers
 * `{ id }`, and answers member lookups (`GET /v3/conversations/:id/members/:userId`).
 */
import { randomUUID } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage, type Server as HttpServer } from 'node:http';
import type { Activity } from 'botbuilder';
import type { RapportBot } from '../../../src/bot/RapportBot.js';
import type { Config } from '../../../src/config.js';
import { createBotServer } from '../../../src/main.js';
import { closeServer, listen } from '../../../src/server.js';
import type { RapportStore } from '../../../src/store/rapportStore.js';
import { silentLog } from '../conversations/fixtures.js';

export const TENANT_ID = '11111111-2222-3333-4444-555555555555';

export interface ConnectorRequest {
  method: string;
  path: string;
  conversationId?: string;
  /** Set for a reply (`.../activities/:activityId`). */
  replyToId?: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface Member {
  id: string;
  name: string;
  aadObjectId: string;
  email: string;
}

export interface FakeConnector {
  /** The serviceUrl to put on activities (with a trailing slash, as Teams sends it). */
  serviceUrl: string;
  requests: ConnectorRequest[];
  members: Map<string, Member>;
  /** Conversations whose posts the connector refuses, with the status it answers (as Teams does for a user who removed the app). */
  refused: Map<string, number>;
  /** Activities posted to a conversation (replies and proactive messages), in order. */
  activitiesIn(conversationId: string): Partial<Activity>[];
  clear(): void;
  close(): Promise<void>;
}

const ACTIVITIES = /^\/v3\/conversations\/(?<conversation>[^/]+)\/activities(?:\/(?<activity>[^/]+))?$/;
const MEMBER = /^\/v3\/conversations\/(?<conversation>[^/]+)\/members\/(?<user>[^/]+)$/;

export async function startFakeConnector(): Promise<FakeConnector> {
  const requests: ConnectorRequest[] = [];
  const members = new Map<string, Member>();
  const refused = new Map<string, number>();
  const server: HttpServer = createHttpServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://connector').pathname;
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // kept as text
      }
      const send = (status: number, json: unknown) => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(json));
      };
      const activities = ACTIVITIES.exec(path);
      const member = MEMBER.exec(path);
      requests.push({
        method: req.method ?? '', path, headers: req.headers, body,
        ...(activities || member ? { conversationId: decodeURIComponent((activities ?? member)!.groups!['conversation']!) } : {}),
        ...(activities?.groups?.['activity'] ? { replyToId: decodeURIComponent(activities.groups['activity']) } : {}),
      });
      if (req.method === 'POST' && activities) {
        const refusal = refused.get(decodeURIComponent(activities.groups!['conversation']!));
        if (refusal !== undefined) return send(refusal, { error: { code: 'ConversationBlockedByUser', message: 'User blocked the conversation with the bot.' } });
        return send(200, { id: `connector-${randomUUID()}` });
      }
      if (req.method === 'GET' && member) {
        const found = members.get(decodeURIComponent(member.groups!['user']!));
        return found ? send(200, { ...found, userPrincipalName: found.email }) : send(404, { error: { code: 'MemberNotFoundInConversation', message: 'not found' } });
      }
      send(404, { error: { code: 'NotFound', message: path } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    requests,
    members,
    refused,
    activitiesIn: (conversationId) => requests
      .filter((request) => request.method === 'POST' && request.conversationId === conversationId && request.path.includes('/activities'))
      .map((request) => request.body as Partial<Activity>),
    clear: () => {
      requests.splice(0);
      refused.clear();
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

export interface BotServer {
  url: string;
  port: number;
  bot: RapportBot;
  close(): Promise<void>;
}

/** As startApp composes them, without the demo tenant: adapter, bot, message endpoint, restify server. */
export async function startBotServer(config: Config, store: RapportStore): Promise<BotServer> {
  const { server, bot } = await createBotServer(config, store, silentLog);
  const port = await listen(server, 0, '127.0.0.1');
  return { url: `http://127.0.0.1:${port}`, port, bot, close: () => closeServer(server) };
}

export interface TeamsUser {
  id: string;
  aadObjectId: string;
  name: string;
  email: string;
  conversationId: string;
}

export function teamsUser(name: string, email: string): TeamsUser {
  const id = randomUUID();
  return { id: `29:${id}`, aadObjectId: randomUUID(), name, email, conversationId: `a:1${id.replaceAll('-', '')}` };
}

/** A Teams activity from the user in their 1:1 chat with the bot. */
export function activityFrom(user: TeamsUser, serviceUrl: string, activity: Partial<Activity>): Partial<Activity> {
  return {
    id: `1${Date.now()}${Math.floor(Math.random() * 1000)}`,
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date(),
    locale: 'en-US',
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    recipient: { id: '28:rapport-bot', name: 'Rapport' },
    conversation: { id: user.conversationId, conversationType: 'personal', tenantId: TENANT_ID, isGroup: false, name: '' },
    channelData: { tenant: { id: TENANT_ID } },
    ...activity,
  };
}

export interface HttpAnswer {
  status: number;
  text: string;
  json: unknown;
}

export async function post(url: string, body: string | object, headers: Record<string, string> = {}): Promise<HttpAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  return answer(response);
}

export async function get(url: string): Promise<HttpAnswer & { headers: Headers }> {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  return { ...(await answer(response)), headers: response.headers };
}

async function answer(response: Response): Promise<HttpAnswer> {
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json };
}
