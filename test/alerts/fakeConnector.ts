/**
 * A local Bot Framework connector for delivery tests and the benchmark: answers
 * `POST /v3/conversations/:id/activities` (after `latencyMs`) and `POST /v3/conversations`
 * (a 1:1 chat for an installed user, 403 otherwise), injects faults (429 with Retry-After,
 * 503, ...), records every request's arrival time per conversation, and counts deliveries
 * by `channelData.rapportDeliveryKey` so that duplicates show.
 */
import { createServer, type Server } from 'node:http';

export interface Fault {
  status: number;
  /** Sent as the Retry-After header (seconds; decimals allowed, as the worker reads them). */
  retryAfter?: string;
}

export interface SendAttempt {
  conversationId: string;
  key: string | undefined;
  /** 1 for the first request carrying this key, 2 for its first retry, ... */
  attempt: number;
}

export interface AlertConnectorOptions {
  latencyMs?: number;
  /** Called for each activity post; a fault is answered instead of accepting the activity. */
  fault?: (attempt: SendAttempt) => Fault | null;
  /** Teams user ids for whom the app is installed (a 1:1 chat can be created). */
  installed?: Iterable<string>;
  now?: () => number;
}

export interface AlertConnector {
  serviceUrl: string;
  /** Accepted activities by delivery key. */
  deliveries: Map<string, number>;
  /** Request arrival times by conversation (accepted and refused activity posts). */
  sendTimes: Map<string, number[]>;
  /** Arrival times of every request (the tenant's requests). */
  requestTimes: number[];
  faultsInjected: number;
  conversationsCreated: string[];
  accepted(): number;
  duplicates(): number;
  /** The most requests one conversation received within any `windowMs`. */
  highestConversationRate(windowMs: number): number;
  highestTenantRate(windowMs: number): number;
  close(): Promise<void>;
}

const ACTIVITIES = /^\/v3\/conversations\/([^/]+)\/activities(?:\/[^/]+)?$/;

export async function startAlertConnector(options: AlertConnectorOptions = {}): Promise<AlertConnector> {
  const latencyMs = options.latencyMs ?? 0;
  const now = options.now ?? (() => performance.timeOrigin + performance.now());
  const installed = new Set(options.installed ?? []);
  const deliveries = new Map<string, number>();
  const attemptsByKey = new Map<string, number>();
  const sendTimes = new Map<string, number[]>();
  const requestTimes: number[] = [];
  const conversationsCreated: string[] = [];
  let faultsInjected = 0;
  let sequence = 0;

  const server: Server = createServer((req, res) => {
    const arrivedAt = now();
    requestTimes.push(arrivedAt);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://connector').pathname;
      const body = parse(Buffer.concat(chunks).toString('utf8'));
      const answer = (status: number, json: unknown, headers: Record<string, string> = {}): void => {
        setTimeout(() => {
          res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
          res.end(JSON.stringify(json));
        }, latencyMs);
      };
      const activities = req.method === 'POST' ? ACTIVITIES.exec(path) : null;
      if (activities) {
        const conversationId = decodeURIComponent(activities[1]!);
        let times = sendTimes.get(conversationId);
        if (!times) sendTimes.set(conversationId, (times = []));
        times.push(arrivedAt);
        const key = (body as { channelData?: { rapportDeliveryKey?: string } } | undefined)?.channelData?.rapportDeliveryKey;
        const attempt = key === undefined ? 1 : (attemptsByKey.get(key) ?? 0) + 1;
        if (key !== undefined) attemptsByKey.set(key, attempt);
        const fault = options.fault?.({ conversationId, key, attempt });
        if (fault) {
          faultsInjected++;
          const headers: Record<string, string> = fault.retryAfter === undefined ? {} : { 'Retry-After': fault.retryAfter };
          return answer(fault.status, { error: { code: fault.status === 429 ? 'TooManyRequests' : 'ServiceUnavailable', message: 'injected' } }, headers);
        }
        if (key !== undefined) deliveries.set(key, (deliveries.get(key) ?? 0) + 1);
        return answer(200, { id: `activity-${++sequence}` });
      }
      if (req.method === 'POST' && path === '/v3/conversations') {
        const member = (body as { members?: { id?: string }[] } | undefined)?.members?.[0]?.id;
        if (member === undefined || !installed.has(member)) {
          return answer(403, { error: { code: 'Forbidden', message: 'The bot is not installed for this user.' } });
        }
        const id = `a:created-${member}`;
        conversationsCreated.push(id);
        return answer(200, { id });
      }
      answer(404, { error: { code: 'NotFound', message: path } });
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    deliveries,
    sendTimes,
    requestTimes,
    get faultsInjected() {
      return faultsInjected;
    },
    conversationsCreated,
    accepted: () => [...deliveries.values()].reduce((sum, count) => sum + count, 0),
    duplicates: () => [...deliveries.values()].reduce((sum, count) => sum + count - 1, 0),
    highestConversationRate: (windowMs) => Math.max(0, ...[...sendTimes.values()].map((times) => highestInWindow(times, windowMs))),
    highestTenantRate: (windowMs) => highestInWindow(requestTimes, windowMs),
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** The most times within any half-open window of `windowMs`. */
export function highestInWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let start = 0, end = 0; end < sorted.length; end++) {
    while (sorted[end]! - sorted[start]! >= windowMs) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

function parse(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}
