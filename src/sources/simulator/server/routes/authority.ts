/**
 * The authority's other endpoints: OpenID discovery (msal-node is configured not to need
 * it, but a client may read it) and the admin consent page, which grants at once.
 */
import { aadErrorBody, applicationNotFound, tenantNotFound } from '../aadErrors.js';
import type { AppRegistration } from '../appRegistration.js';
import type { ConsentState } from '../consent.js';
import type { Reply } from '../http.js';
import { tokenEndpointPath } from './token.js';

/** Tenant aliases Entra ID accepts in an admin consent URL, besides the tenant id itself. */
const TENANT_ALIASES = new Set(['common', 'organizations']);

export interface OpenIdConfiguration {
  token_endpoint: string;
  authorization_endpoint: string;
  end_session_endpoint: string;
  issuer: string;
  jwks_uri: string;
}

/** The endpoints of the simulator's authority: what msal-node's `authorityMetadata` holds. */
export function openIdConfiguration(baseUrl: string, tenantId: string): OpenIdConfiguration {
  return {
    token_endpoint: `${baseUrl}${tokenEndpointPath(tenantId)}`,
    authorization_endpoint: `${baseUrl}/${tenantId}/oauth2/v2.0/authorize`,
    end_session_endpoint: `${baseUrl}/${tenantId}/oauth2/v2.0/logout`,
    issuer: `${baseUrl}/${tenantId}/v2.0`,
    jwks_uri: `${baseUrl}/${tenantId}/discovery/v2.0/keys`,
  };
}

export function openIdConfigurationReply(baseUrl: string, tenantInPath: string, app: AppRegistration, now: number): Reply {
  if (tenantInPath.toLowerCase() !== app.tenantId.toLowerCase()) {
    return { status: 400, body: aadErrorBody(tenantNotFound(tenantInPath), now, undefined, baseUrl) };
  }
  return {
    status: 200,
    body: {
      ...openIdConfiguration(baseUrl, app.tenantId),
      response_modes_supported: ['query', 'fragment', 'form_post'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      tenant_region_scope: 'EU',
      cloud_instance_name: 'microsoftonline.com',
    },
  };
}

/** Access tokens are signed with a server secret, so there are no public keys to publish. */
export function signingKeysReply(): Reply {
  return { status: 200, body: { keys: [] } };
}

export type AdminConsentOutcome = { redirect: string } | { reply: Reply };

/**
 * `GET /{tenant}/v2.0/adminconsent`: grants the required roles and redirects back with
 * `admin_consent=True`, or with `error` when the client is unknown.
 */
export function adminConsent(query: URLSearchParams, tenantInPath: string, app: AppRegistration, consent: ConsentState, baseUrl: string, now: number): AdminConsentOutcome {
  const tenantKnown = tenantInPath.toLowerCase() === app.tenantId.toLowerCase() || TENANT_ALIASES.has(tenantInPath.toLowerCase());
  if (!tenantKnown) return { reply: { status: 400, body: aadErrorBody(tenantNotFound(tenantInPath), now, undefined, baseUrl) } };
  const redirect = parseRedirectUri(query.get('redirect_uri'));
  if (redirect === null) {
    return { reply: { status: 400, body: { error: 'invalid_request', error_description: 'AADSTS900144: The request body must contain the following parameter: \'redirect_uri\'.' } } };
  }
  const state = query.get('state');
  const clientId = query.get('client_id') ?? '';
  if (clientId.toLowerCase() !== app.clientId.toLowerCase()) {
    const failure = applicationNotFound(clientId, app.tenantId);
    redirect.searchParams.set('error', 'invalid_client');
    redirect.searchParams.set('error_description', `AADSTS${failure.code}: ${failure.description}`);
  } else {
    consent.grant();
    redirect.searchParams.set('admin_consent', 'True');
    redirect.searchParams.set('tenant', app.tenantId);
  }
  if (state !== null) redirect.searchParams.set('state', state);
  return { redirect: redirect.href };
}

function parseRedirectUri(value: string | null): URL | null {
  if (value === null) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}
