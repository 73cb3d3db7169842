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
import { BOT_FRAMEWORK_AUDIENCE, GRAPH_AUDIENCE, type AccessTokens } from '../accessTokens.js';
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

/** The `.default` scopes the simulator issues tokens for, and the audience of each. */
const AUDIENCE_OF_SCOPE = new Map([
  ['https://graph.microsoft.com/.default', GRAPH_AUDIENCE],
  ['00000003-0000-0000-c000-000000000000/.default', GRAPH_AUDIENCE],
  ['https://api.botframework.com/.default', BOT_FRAMEWORK_AUDIENCE],
]);
/** OpenID scopes a library may add; Entra ID ignores them in the client credentials grant. */
const IGNORED_SCOPES = new Set(['openid', 'profile', 'offline_access']);

export function tokenEndpointPath(tenantId: string): string {
  return `/${tenantId}/oauth2/v2.0/token`;
}

/** The audience the requested scope names; null for anything but one known `.default` scope. */
function audienceOf(scope: string): string | null {
  const scopes = scope.split(/\s+/).filter((part) => part.length > 0 && !IGNORED_SCOPES.has(part));
  return scopes.length === 1 ? AUDIENCE_OF_SCOPE.get(scopes[0]!) ?? null : null;
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
  return audienceOf(form.get('scope') ?? '') === null ? invalidScope(form.get('scope') ?? '') : credentialFailure(form, context);
}

export function tokenReply(form: URLSearchParams, tenantInPath: string, context: TokenEndpointContext, correlationId: string | undefined): Reply {
  const failure = requestFailure(form, tenantInPath, context);
  if (failure !== null) return { status: failure.status, body: aadErrorBody(failure, context.now(), correlationId, context.baseUrl) };
  const issued = context.tokens.issue(context.consent.granted(), context.faults.expiredTokens, audienceOf(form.get('scope') ?? '') ?? GRAPH_AUDIENCE);
  return {
    status: 200,
    body: { token_type: 'Bearer', expires_in: issued.expiresIn, ext_expires_in: issued.expiresIn, access_token: issued.accessToken },
  };
}
