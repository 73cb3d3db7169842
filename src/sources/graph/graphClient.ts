/**
 * The Microsoft Graph JS client, wired for Rapport: tokens from our MSAL auth, the base URL and
 * custom host of a non-default endpoint, fetch through our dispatcher, and no RetryHandler.
 * Retries belong to the throttling layer alone (429/503/504, Retry-After, budgets): the SDK's
 * handler would retry on top of it, multiplying attempts and hiding them from the per-mailbox
 * concurrency and budget counts.
 */
import {
  AuthenticationHandler,
  Client,
  RedirectHandler,
  RedirectHandlerOptions,
  TelemetryHandler,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import type { Dispatcher } from 'undici';
import type { GraphAuth } from './auth.js';
import { describeFetchFailure } from './fetchFailure.js';
import { graphEndpoints, type GraphConfig } from './graphConfig.js';
import { NETWORK_ERROR_NAME } from './graphRequestError.js';
import { withDispatcher } from './trustedDispatcher.js';

export function createGraphClient(config: GraphConfig, auth: GraphAuth, dispatcher?: Dispatcher): Client {
  const endpoints = graphEndpoints(config);
  return Client.initWithMiddleware({
    baseUrl: endpoints.graphOrigin,
    defaultVersion: endpoints.graphVersion,
    ...(endpoints.customHost ? { customHosts: new Set([endpoints.customHost]) } : {}),
    fetchOptions: withDispatcher(dispatcher),
    middleware: [
      new AuthenticationHandler({ getAccessToken: () => auth.getAccessToken() }),
      new TokenRejectionHandler(auth),
      new RedirectHandler(new RedirectHandlerOptions()),
      new TelemetryHandler(),
      new FetchHandler(),
    ],
  });
}

/** Tells the auth which token Graph refused, so that the retry carries a new one. */
class TokenRejectionHandler implements Middleware {
  private next: Middleware | null = null;

  constructor(private readonly auth: GraphAuth) {}

  async execute(context: Context): Promise<void> {
    await this.next!.execute(context);
    if (context.response?.status !== 401) return;
    const token = /^Bearer (.+)$/.exec(authorizationHeader(context) ?? '')?.[1];
    if (token) this.auth.tokenRejected(token);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

/**
 * The SDK's HTTPMessageHandler, except that a failed fetch says why (DNS, refused, TLS):
 * fetch itself says only "fetch failed" and the client keeps only the message and name.
 */
class FetchHandler implements Middleware {
  async execute(context: Context): Promise<void> {
    try {
      context.response = await fetch(context.request as string | Request, context.options as RequestInit);
    } catch (error) {
      const failure = new Error(`Network request failed: ${describeFetchFailure(error)}`, { cause: error });
      failure.name = NETWORK_ERROR_NAME;
      throw failure;
    }
  }
}

function authorizationHeader(context: Context): string | null {
  const headers = context.options?.headers;
  if (!headers) return null;
  if (headers instanceof Headers) return headers.get('Authorization');
  if (Array.isArray(headers)) return headers.find(([name]) => name?.toLowerCase() === 'authorization')?.[1] ?? null;
  return (headers as Record<string, string>)['Authorization'] ?? null;
}
