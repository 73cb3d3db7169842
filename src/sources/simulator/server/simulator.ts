/**
 * The tenant simulator: an HTTPS server that answers the Microsoft Graph v1.0 requests of
 * the Rapport Graph source, and the token and admin consent endpoints of Entra ID, for a
 * simulated tenant, with faults that can be switched at runtime.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { AccessTokens } from './accessTokens.js';
import type { AppRegistration } from './appRegistration.js';
import { makeClientCertificate, makeTlsCertificate } from './certificate.js';
import { ConsentState } from './consent.js';
import { DirectoryIndex } from './directoryIndex.js';
import { ExchangeRbac, SCOPED_PERMISSIONS, type ScopedPermission } from './exchangeRbac.js';
import { faultSettings, type FaultSettings } from './faults.js';
import { answerGraphRequest, GRAPH_VERSION_SEGMENT, type GraphApiContext } from './graphApi.js';
import { headerValue, pathSegments, readBody, sendJson, sendRedirect, type Reply } from './http.js';
import { GRAPH_MAILBOX_LIMITS, MailboxBudget, type MailboxLimits } from './mailboxBudget.js';
import type { MailboxContent } from './mailboxContent.js';
import { DEFAULT_VIEW_CACHE_SIZE, MailboxViews } from './mailboxViews.js';
import { clearRecord, emptyRecord, TrafficMeter, type SimulatorRecord } from './record.js';
import { DIRECTORY_ROLES, REQUIRED_ROLES } from './roles.js';
import { adminConsent, openIdConfigurationReply, signingKeysReply } from './routes/authority.js';
import { IDENTITY_HEADER_NAME, MANAGED_IDENTITY_PATH, managedIdentityReply, type ManagedIdentityContext } from './routes/managedIdentity.js';
import { tokenReply, type TokenEndpointContext } from './routes/token.js';

export { DIRECTORY_ROLES, REQUIRED_ROLES } from './roles.js';
export type { ScopedPermission } from './exchangeRbac.js';
export type { FaultSettings } from './faults.js';
export type { SimulatorRecord } from './record.js';
export type { MailboxContent } from './mailboxContent.js';
export type { MailboxLimits } from './mailboxBudget.js';

export interface RunningSimulator {
  /** `https://localhost:PORT` */
  url: string;
  /** `${url}/v1.0` */
  graphBaseUrl: string;
  /** `${url}/${tenantId}` */
  authorityUrl: string;
  /** The server's self-signed certificate: what a client must trust. */
  caPem: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /**
   * A certificate registered on the app, for msal-node's `clientCertificate`:
   * `thumbprint` is the SHA-256 one (`thumbprintSha256`), `thumbprintSha1` the older kind.
   */
  certificate: { thumbprint: string; thumbprintSha1: string; privateKeyPem: string; certificatePem: string };
  /** Read on every request: change it at any time. */
  faults: FaultSettings;
  record: SimulatorRecord;
  resetRecord(): void;
  /** Entra ID app roles: `grant()` without roles grants what the app registration requests. */
  consent: { grant(roles?: string[]): void; revoke(): void; granted(): string[] };
  /** Exchange RBAC for Applications: role assignments limited to a management scope of mailboxes. */
  exchangeRbac: { assign(permissions: readonly ScopedPermission[], mailboxes: readonly string[]): void; clear(): void };
  /**
   * The App Service-style managed identity endpoint, for msal-node's ManagedIdentityApplication:
   * set `IDENTITY_ENDPOINT` and `IDENTITY_HEADER` to these. The identity's client id is `clientId`.
   */
  managedIdentity: { endpoint: string; header: string };
  /** The admin consent URL an administrator would open; opening it grants the required roles. */
  adminConsentUrl(redirectUri: string, state: string): string;
  close(): Promise<void>;
}

export interface SimulatorOptions {
  tenant: MailboxContent;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default true: the requested roles are granted from the start. */
  consented?: boolean;
  /** The app registration's API permissions (what admin consent grants); REQUIRED_ROLES by default. */
  requestedRoles?: readonly string[];
  /**
   * Scoped mode: the app requests only the directory roles, and Exchange RBAC grants
   * Mail.ReadBasic and Calendars.ReadBasic for these mailboxes only (403 outside them).
   */
  scope?: { mailboxes: readonly string[] };
  faults?: Partial<FaultSettings>;
  /** The simulated clock: token lifetimes and the per-mailbox budget windows. */
  now?: () => number;
  /** Decides the rate-based faults; Math.random by default. */
  random?: () => number;
  /** Default: a random GUID. */
  clientId?: string;
  /** Default: a random secret. */
  clientSecret?: string;
  /** Graph's per-mailbox limits, lowered by tests that must not send 10,000 requests. */
  mailboxLimits?: Partial<MailboxLimits>;
  /** Mailbox folders and calendars kept as Graph JSON at once; 0 keeps none (rebuilt per request). */
  viewCacheSize?: number;
}

const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

interface ServerParts {
  url: string;
  app: AppRegistration;
  consent: ConsentState;
  tokenContext: TokenEndpointContext;
  graphContext: GraphApiContext;
  identityContext: ManagedIdentityContext;
}

/** Routes a request to the Graph API or to one of the authority's endpoints. */
async function answer(request: IncomingMessage, response: ServerResponse, parts: ServerParts): Promise<void> {
  const url = new URL(request.url ?? '/', parts.url);
  const [first = '', ...rest] = pathSegments(url.pathname) ?? [];
  const path = rest.join('/').toLowerCase();
  const now = parts.tokenContext.now();
  if (first === GRAPH_VERSION_SEGMENT) return sendJson(response, await answerGraphRequest(request, url, parts.graphContext));
  if (`${first}/${path}` === MANAGED_IDENTITY_PATH && request.method === 'GET') {
    return sendJson(response, managedIdentityReply(url.searchParams, headerValue(request, IDENTITY_HEADER_NAME), parts.identityContext));
  }
  if (path === 'oauth2/v2.0/token' && request.method === 'POST') {
    const body = await readBody(request);
    if (body === null) return sendJson(response, { status: 413, body: { error: 'invalid_request', error_description: 'The request body is too large.' } });
    return sendJson(response, tokenReply(new URLSearchParams(body), first, parts.tokenContext, headerValue(request, 'client-request-id')));
  }
  if (path === 'v2.0/.well-known/openid-configuration') return sendJson(response, openIdConfigurationReply(parts.url, first, parts.app, now));
  if (path === 'discovery/v2.0/keys') return sendJson(response, signingKeysReply());
  if (path === 'v2.0/adminconsent' && request.method === 'GET') {
    const outcome = adminConsent(url.searchParams, first, parts.app, parts.consent, parts.url, now);
    return 'redirect' in outcome ? sendRedirect(response, outcome.redirect) : sendJson(response, outcome.reply);
  }
  sendJson(response, notFound(url.pathname));
}

function notFound(pathname: string): Reply {
  return { status: 404, body: { error: 'not_found', error_description: `The simulator serves no ${pathname}.` } };
}

function internalError(error: unknown): Reply {
  return { status: 500, body: { error: { code: 'InternalServerError', message: error instanceof Error ? error.message : String(error) } } };
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export async function startSimulator(options: SimulatorOptions): Promise<RunningSimulator> {
  const { tenant } = options;
  const now = options.now ?? Date.now;
  const [tls, clientCertificate] = await Promise.all([makeTlsCertificate(), makeClientCertificate()]);
  const app: AppRegistration = {
    tenantId: tenant.tenantId,
    clientId: options.clientId ?? randomUUID(),
    clientSecret: options.clientSecret ?? `sim~${randomBytes(24).toString('base64url')}`,
    certificate: clientCertificate,
  };

  let parts: ServerParts | null = null;
  const server = createServer({ key: tls.keyPem, cert: tls.certificatePem }, (request, response) => {
    if (parts === null) return void response.destroy();
    answer(request, response, parts).catch((error: unknown) => {
      if (response.headersSent) response.destroy();
      else sendJson(response, internalError(error));
    });
  });
  const url = `https://localhost:${await listen(server, options.port ?? 0, options.host ?? '127.0.0.1')}`;

  const faults = faultSettings(options.faults);
  const consent = new ConsentState(options.consented ?? true, options.requestedRoles ?? (options.scope ? DIRECTORY_ROLES : REQUIRED_ROLES));
  const rbac = new ExchangeRbac();
  if (options.scope) rbac.assign(SCOPED_PERMISSIONS, options.scope.mailboxes);
  const identityHeader = randomBytes(16).toString('hex');
  const record = emptyRecord();
  const tokens = new AccessTokens(app.tenantId, app.clientId, now);
  const directory = new DirectoryIndex(tenant.users, tenant.groups);
  const limits: MailboxLimits = { ...GRAPH_MAILBOX_LIMITS, ...options.mailboxLimits };
  parts = {
    url,
    app,
    consent,
    tokenContext: { app, consent, tokens, faults, now, baseUrl: url },
    graphContext: {
      directory,
      views: new MailboxViews(tenant, directory.displayName, options.viewCacheSize ?? DEFAULT_VIEW_CACHE_SIZE),
      faults,
      tokens,
      rbac,
      record,
      traffic: new TrafficMeter(record),
      budget: new MailboxBudget(limits, now),
      limits,
      defaultOrigin: url,
      now,
      random: options.random ?? Math.random,
    },
    identityContext: { app, consent, tokens, identityHeader, now },
  };

  return {
    url,
    graphBaseUrl: `${url}/${GRAPH_VERSION_SEGMENT}`,
    authorityUrl: `${url}/${app.tenantId}`,
    caPem: tls.certificatePem,
    tenantId: app.tenantId,
    clientId: app.clientId,
    clientSecret: app.clientSecret,
    certificate: {
      thumbprint: clientCertificate.thumbprint,
      thumbprintSha1: clientCertificate.thumbprintSha1,
      privateKeyPem: clientCertificate.privateKeyPem,
      certificatePem: clientCertificate.certificatePem,
    },
    faults,
    record,
    resetRecord: () => clearRecord(record),
    consent: {
      grant: (roles) => consent.grant(roles),
      revoke: () => consent.revoke(),
      granted: () => consent.granted(),
    },
    exchangeRbac: {
      assign: (permissions, mailboxes) => rbac.assign(permissions, mailboxes),
      clear: () => rbac.clear(),
    },
    managedIdentity: { endpoint: `${url}/${MANAGED_IDENTITY_PATH}`, header: identityHeader },
    adminConsentUrl(redirectUri, state) {
      const query = new URLSearchParams({ client_id: app.clientId, scope: GRAPH_SCOPE, redirect_uri: redirectUri, state });
      return `${url}/${app.tenantId}/v2.0/adminconsent?${query.toString()}`;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
