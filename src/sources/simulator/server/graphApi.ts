/**
 * One Graph API request, start to end: the record, the per-mailbox limits, injected
 * latency, authentication, roles, injected faults, then the route.
 */
import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AccessTokens } from './accessTokens.js';
import type { DirectoryIndex } from './directoryIndex.js';
import type { ExchangeRbac } from './exchangeRbac.js';
import type { FaultSettings } from './faults.js';
import {
  directoryAccessDenied,
  GraphError,
  graphErrorReply,
  invalidToken,
  mailboxAccessDenied,
  segmentNotFound,
  throttled,
  unavailable,
} from './graphErrors.js';
import { headerValue, pathSegments, type Reply } from './http.js';
import type { MailboxBudget, MailboxLimits } from './mailboxBudget.js';
import type { MailboxViews } from './mailboxViews.js';
import { selectedNames } from './odataQuery.js';
import type { SimulatorRecord, TrafficMeter } from './record.js';
import { CALENDAR_ROUTES } from './routes/calendarRoutes.js';
import { DIRECTORY_ROUTES } from './routes/directoryRoutes.js';
import { matchRoute, type GraphRoute } from './routes/graphRoute.js';
import { MAIL_ROUTES } from './routes/mailRoutes.js';

const ROUTES: readonly GraphRoute[] = [...DIRECTORY_ROUTES, ...MAIL_ROUTES, ...CALENDAR_ROUTES];
export const GRAPH_VERSION_SEGMENT = 'v1.0';

export interface GraphApiContext {
  directory: DirectoryIndex;
  views: MailboxViews;
  faults: FaultSettings;
  tokens: AccessTokens;
  /** Mailbox access granted in Exchange for a management scope, on top of the token's roles. */
  rbac: ExchangeRbac;
  record: SimulatorRecord;
  traffic: TrafficMeter;
  budget: MailboxBudget;
  limits: MailboxLimits;
  /** Where next links point when the request names no usable host. */
  defaultOrigin: string;
  now: () => number;
  random: () => number;
}

/** `https://` and the Host the client used, so next links lead back the way it came. */
function originOf(request: IncomingMessage, fallback: string): string {
  const host = headerValue(request, 'host');
  return host !== undefined && /^[\w.-]+(?::\d+)?$|^\[[\d:a-f]+\](?::\d+)?$/i.test(host) ? `https://${host}` : fallback;
}

/** The mailbox address (lower-cased) a request is counted against, or null when it reads none. */
function mailboxKey(match: ReturnType<typeof matchRoute>, directory: DirectoryIndex): string | null {
  if (match === null || match.route.mailboxParameter === undefined) return null;
  const key = match.params[match.route.mailboxParameter]!;
  return (directory.user(key)?.address ?? key).trim().toLowerCase();
}

/** 429 when the mailbox already has too many requests in flight or has spent its budget. */
function checkMailboxLimits(mailbox: string, context: GraphApiContext): void {
  const { faults, limits } = context;
  if (faults.enforceMailboxConcurrency && context.traffic.inFlightFor(mailbox) > limits.concurrentRequests) {
    throw throttled(faults.retryAfterSeconds);
  }
  if (faults.enforceMailboxBudget) {
    const retryAfter = context.budget.spend(mailbox);
    if (retryAfter !== null) {
      throw throttled(retryAfter, `Application is over its limit of ${limits.requestsPerWindow} requests per ${limits.windowMs / 60_000} minutes for this mailbox.`);
    }
  }
}

/** A tenant-wide role in the token, or (for a mailbox) an Exchange RBAC assignment whose scope holds it. */
function checkAccess(request: IncomingMessage, route: GraphRoute | null, mailbox: string | null, context: GraphApiContext): void {
  const check = context.tokens.check(headerValue(request, 'authorization'));
  if (!check.valid) throw invalidToken(check.message);
  if (route === null || check.roles.includes(route.role)) return;
  if (route.deniedAs === 'mailbox' && mailbox !== null && context.rbac.allows(route.role, mailbox)) return;
  throw route.deniedAs === 'directory' ? directoryAccessDenied() : mailboxAccessDenied();
}

function injectFaults(context: GraphApiContext): void {
  const { faults, random } = context;
  if (faults.throttleRate > 0 && random() < faults.throttleRate) throw throttled(faults.retryAfterSeconds, 'Too many requests. Retry after the given time.');
  if (faults.unavailableRate > 0 && random() < faults.unavailableRate) throw unavailable(faults.retryAfterSeconds);
}

function countFailure(error: GraphError, record: SimulatorRecord): void {
  if (error.status === 429) record.throttled++;
  if (error.status === 503) record.unavailable++;
}

export async function answerGraphRequest(request: IncomingMessage, url: URL, context: GraphApiContext): Promise<Reply> {
  const segments = pathSegments(url.pathname)?.slice(1) ?? null;
  const match = segments === null ? null : matchRoute(ROUTES, segments);
  const select = selectedNames(url.searchParams);
  if (select !== null) context.record.selects.push({ path: url.pathname, select });
  const mailbox = mailboxKey(match, context.directory);
  const end = context.traffic.begin(mailbox);
  const requestId = headerValue(request, 'client-request-id') ?? randomUUID();
  try {
    if (mailbox !== null) checkMailboxLimits(mailbox, context);
    if (context.faults.latencyMs > 0) await sleep(context.faults.latencyMs);
    checkAccess(request, match?.route ?? null, mailbox, context);
    injectFaults(context);
    if (match === null) throw segmentNotFound(segments?.at(-1) ?? url.pathname);
    if (request.method !== 'GET') throw new GraphError(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.');
    const reply = match.route.handle({
      params: match.params,
      query: url.searchParams,
      origin: originOf(request, context.defaultOrigin),
      pathname: url.pathname,
      headers: { prefer: headerValue(request, 'prefer') },
      directory: context.directory,
      views: context.views,
      faults: context.faults,
    });
    return { ...reply, headers: { 'request-id': requestId, ...reply.headers } };
  } catch (error) {
    if (!(error instanceof GraphError)) throw error;
    countFailure(error, context.record);
    return graphErrorReply(error, context.now(), requestId);
  } finally {
    end();
  }
}
