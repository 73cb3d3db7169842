/**
 * Admin consent as the app sees it: sign in (a fresh token) and read its roles, without
 * resolving any mailbox; and the admin-consent URL a tenant admin opens.
 */
import type { ConsentCheck } from './consent.js';
import { DEFAULT_AUTHORITY_HOST, GRAPH_SCOPE, type GraphConfig } from './graphConfig.js';
import { withGraphSession } from './graphSession.js';

/** Throws GraphAuthError when the app cannot sign in at all (bad secret, unknown tenant, ...). */
export function checkAppConsent(config: GraphConfig): Promise<ConsentCheck> {
  return withGraphSession(config, (session) => session.auth.checkConsent());
}

/** platform-notes.md, "Admin consent URL": success redirects with `admin_consent=True&tenant=...`. */
export function adminConsentUrl(config: Pick<GraphConfig, 'tenantId' | 'clientId' | 'authorityHost'>, redirectUri: string, state: string): string {
  const host = (config.authorityHost ?? DEFAULT_AUTHORITY_HOST).replace(/\/+$/, '');
  const query = new URLSearchParams({ client_id: config.clientId, scope: GRAPH_SCOPE, redirect_uri: redirectUri, state });
  return `${host}/${encodeURIComponent(config.tenantId)}/v2.0/adminconsent?${query.toString()}`;
}
