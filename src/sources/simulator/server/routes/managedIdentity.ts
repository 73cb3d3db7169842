/**
 * The managed identity endpoint of Azure App Service and Container Apps (`IDENTITY_ENDPOINT`,
 * API version 2019-08-01): `GET ?resource=...&client_id=...` with the `X-IDENTITY-HEADER`
 * secret (`IDENTITY_HEADER`). The simulated app's client id is the user-assigned identity's.
 */
import { randomUUID } from 'node:crypto';
import { BOT_FRAMEWORK_AUDIENCE, GRAPH_AUDIENCE, type AccessTokens } from '../accessTokens.js';
import type { AppRegistration } from '../appRegistration.js';
import type { ConsentState } from '../consent.js';
import type { Reply } from '../http.js';

export const MANAGED_IDENTITY_PATH = 'msi/token';
export const IDENTITY_HEADER_NAME = 'x-identity-header';

export interface ManagedIdentityContext {
  app: AppRegistration;
  consent: ConsentState;
  tokens: AccessTokens;
  identityHeader: string;
  now: () => number;
}

const AUDIENCES = [GRAPH_AUDIENCE, BOT_FRAMEWORK_AUDIENCE];

const failure = (status: number, message: string): Reply => ({ status, body: { statusCode: status, message, correlationId: randomUUID() } });

export function managedIdentityReply(query: URLSearchParams, identityHeader: string | undefined, context: ManagedIdentityContext): Reply {
  if (identityHeader !== context.identityHeader) return failure(401, 'The X-IDENTITY-HEADER header is missing or wrong.');
  if (query.get('api-version') !== '2019-08-01') return failure(400, `API version '${query.get('api-version') ?? ''}' is not supported.`);
  const clientId = query.get('client_id') ?? '';
  if (clientId.toLowerCase() !== context.app.clientId.toLowerCase()) {
    return failure(400, 'No User Assigned or Delegated Managed Identity found for specified ClientId/ResourceId/PrincipalId.');
  }
  const audience = AUDIENCES.find((known) => (query.get('resource') ?? '').replace(/\/\.default$/, '').replace(/\/$/, '') === known);
  if (!audience) return failure(400, `The resource '${query.get('resource') ?? ''}' is not known to the simulator.`);
  const issued = context.tokens.issue(context.consent.granted(), false, audience);
  return {
    status: 200,
    body: {
      access_token: issued.accessToken,
      expires_on: String(Math.floor(context.now() / 1000) + issued.expiresIn),
      resource: audience,
      token_type: 'Bearer',
      client_id: context.app.clientId,
    },
  };
}
