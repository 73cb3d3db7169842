/** `POST /{tenant}/oauth2/v2.0/token`: the client credentials grant, with a secret or a certificate. */
import {
  aadErrorBody,
  applicationNotFound,
  expiredClientSecret,
  invalidClientSecret,
  invalidScope,
  missingClientCredential,
  tenantNotFound,
  unsupportedGrantType,
  type AadFailure,
} from '../aadErrors.js';
import type { AccessTokens } from '../accessTokens.js';
import type { AppRegistration } from '../appRegistration.js';
import { checkClientAssertion, JWT_BEARER_ASSERTION_TYPE } from '../clientAssertion.js';
import type { ConsentState } from '../consent.js';
import type { FaultSettings } from '../faults.js';
import type { Reply } from '../http.js';

export interface TokenEndpointContext {
  app: AppRegistration;
  consent: ConsentState;
  tokens: AccessTokens;
  faults: FaultSettings;
  now: () => number;
  baseUrl: string;
}

const GRAPH_DEFAULT_SCOPES = new Set(['https://graph.microsoft.com/.default', '00000003-0000-0000-c000-000000000000/.default']);
/** OpenID scopes a library may add; Entra ID ignores them in the client credentials grant. */
const IGNORED_SCOPES = new Set(['openid', 'profile', 'offline_access']);

export function tokenEndpointPath(tenantId: string): string {
  return `/${tenantId}/oauth2/v2.0/token`;
}

function scopeFailure(scope: string): AadFailure | null {
  const scopes = scope.split(/\s+/).filter((part) => part.length > 0);
  const graphScopes = scopes.filter((part) => !IGNORED_SCOPES.has(part));
  return graphScopes.length === 1 && GRAPH_DEFAULT_SCOPES.has(graphScopes[0]!) ? null : invalidScope(scope);
}

function credentialFailure(form: URLSearchParams, context: TokenEndpointContext): AadFailure | null {
  const { app } = context;
  const secret = form.get('client_secret') ?? '';
  const assertion = form.get('client_assertion');
  if (secret !== '') {
    if (secret !== app.clientSecret) return invalidClientSecret(app.clientId);
    return context.faults.expiredSecret ? expiredClientSecret(app.clientId) : null;
  }
  if (assertion !== null && form.get('client_assertion_type') === JWT_BEARER_ASSERTION_TYPE) {
    // msal-node stamps its assertion with the wall clock, so it is checked against the wall clock.
    return checkClientAssertion(assertion, app, tokenEndpointPath(app.tenantId), Date.now());
  }
  return missingClientCredential();
}

function requestFailure(form: URLSearchParams, tenantInPath: string, context: TokenEndpointContext): AadFailure | null {
  const { app } = context;
  if (tenantInPath.toLowerCase() !== app.tenantId.toLowerCase()) return tenantNotFound(tenantInPath);
  const grantType = form.get('grant_type') ?? '';
  if (grantType !== 'client_credentials') return unsupportedGrantType(grantType);
  const clientId = form.get('client_id') ?? '';
  if (clientId.toLowerCase() !== app.clientId.toLowerCase()) return applicationNotFound(clientId, app.tenantId);
  return scopeFailure(form.get('scope') ?? '') ?? credentialFailure(form, context);
}

export function tokenReply(form: URLSearchParams, tenantInPath: string, context: TokenEndpointContext, correlationId: string | undefined): Reply {
  const failure = requestFailure(form, tenantInPath, context);
  if (failure !== null) return { status: failure.status, body: aadErrorBody(failure, context.now(), correlationId, context.baseUrl) };
  const issued = context.tokens.issue(context.consent.granted(), context.faults.expiredTokens);
  return {
    status: 200,
    body: { token_type: 'Bearer', expires_in: issued.expiresIn, ext_expires_in: issued.expiresIn, access_token: issued.accessToken },
  };
}
